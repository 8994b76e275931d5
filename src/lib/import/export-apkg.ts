import { zipSync } from "fflate";
import type { SqlJsStatic } from "sql.js";
import type { Deck } from "@/lib/content/models";
import { ankiField, fieldChecksum, stripHtmlMedia } from "./anki-checksum";
import { ankiTag, deckNames, packageMediaNames } from "./anki-names";
import { mapImageSources } from "@/lib/deck/user-deck-assets";
import { questionHtml } from "./question-html";
import { basicModel, BASIC_MODEL_ID, COL_CONF, DECK_CONF, deckJson, SCHEMA_11 } from "./anki-schema";

/**
 * A deck as an Anki package: Basic notes (front = the question, back = the answer's HTML, code
 * kept), one subdeck per topic under the deck's title, pictures from `assets` as media. `now` stamps
 * the ids Anki wants to be times.
 */
export async function deckToApkg(deck: Deck, SQL: SqlJsStatic, now: number, assets: Record<string, string> = {}): Promise<Uint8Array> {
  // Anki's media folder is flat: a bank path ("img/a.png") becomes "img_a.png", in the fields too,
  // under a name Anki keeps as it is (anki-names.ts).
  const mediaNames = packageMediaNames(Object.keys(assets));
  const flat = (html: string) => ankiField(mapImageSources(html, (src) => mediaNames.get(src) ?? null));
  // Fronts, sort fields and checksums first: SHA-1 is async in the browser (crypto.subtle).
  const notes = await Promise.all(
    deck.topics.flatMap((t, ti) =>
      t.cards.map(async (c) => {
        const front = flat(questionHtml(c));
        const sfld = stripHtmlMedia(front);
        return { card: c, ti, front, back: c.answerHtml === null ? "" : flat(c.answerHtml), sfld, csum: await fieldChecksum(sfld) };
      }),
    ),
  );
  const db = new SQL.Database();
  try {
    db.exec(SCHEMA_11);
    const secs = Math.floor(now / 1000);
    const rootId = now;
    const names = deckNames(deck.title, deck.topics.map((t) => t.title));
    const decks: Record<string, unknown> = {
      "1": deckJson(1, "Default", secs),
      [String(rootId)]: deckJson(rootId, names.root, secs),
    };
    const topicIds = names.topics.map((name, i) => {
      const id = now + 1 + i;
      decks[String(id)] = deckJson(id, name, secs);
      return id;
    });
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      secs, now, now, JSON.stringify(COL_CONF), JSON.stringify({ [BASIC_MODEL_ID]: basicModel(rootId, secs) }), JSON.stringify(decks), JSON.stringify(DECK_CONF),
    ]);
    const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const card = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    notes.forEach(({ card: c, ti, front, back, sfld, csum }, i) => {
      const n = i + 1;
      const id = now + 1000 + n; // unique, increasing, time-like as Anki expects
      const tags = c.tags.map(ankiTag).filter(Boolean).join(" ");
      // The guid is the card's PrepDeck id, so re-exporting updates notes in Anki instead of duplicating them.
      note.run([id, c.id, BASIC_MODEL_ID, secs, tags ? ` ${tags} ` : "", `${front}\x1f${back}`, sfld, csum]);
      card.run([id, id, topicIds[ti]!, secs, n]);
    });
    note.free();
    card.free();
    const media: Record<string, string> = {};
    const files: Record<string, Uint8Array> = {};
    Object.entries(assets).forEach(([name, url], i) => {
      const m = /^data:[^;,]+;base64,(.*)$/.exec(url);
      if (!m?.[1]) return;
      media[String(i)] = mediaNames.get(name) ?? name;
      files[String(i)] = Uint8Array.from(atob(m[1]), (ch) => ch.charCodeAt(0));
    });
    return zipSync({ "collection.anki2": db.export(), media: new TextEncoder().encode(JSON.stringify(media)), ...files });
  } finally {
    db.close();
  }
}
