import type { CardDraft } from "./build-deck";
import type { AnkiCard, AnkiCollection, AnkiNote, NoteType } from "./anki-collection";
import { sanitizeMany } from "./sanitize";

export type TopicsFrom = "deck" | "tags";

export interface NotesResult {
  drafts: CardDraft[];
  images: Set<string>; // media names referenced by <img src>
  soundsDropped: number; // [sound:…] tags removed
  otherNoteTypes: string[]; // note types read as "first field = question" (the preview says so)
  skippedCards: number; // cards with nothing to ask
}

const SOUND = /\[sound:[^\]]*\]/g;
const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([^}]*?))?\}\}/g;

function safeDecode(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}

function clozeSide(text: string, active: number, side: "front" | "back"): string {
  return text.replace(CLOZE, (_m, n: string, body: string, hint: string | undefined) => {
    if (Number(n) !== active) return body;
    return side === "front" ? `<b>[${hint ?? "…"}]</b>` : `<b>${body}</b>`;
  });
}

function joinNonEmpty(parts: string[]): string {
  return parts.filter((p) => p.replace(/<[^>]*>|&nbsp;|\s/g, "") !== "" || /<img\b/i.test(p)).join("<hr>");
}

/** Question and answer HTML (unsanitized) of one card of a note. */
function sides(type: NoteType | undefined, note: AnkiNote, ord: number): [string, string] {
  const f = note.fields;
  if (type?.cloze) return [clozeSide(f[0] ?? "", ord + 1, "front"), joinNonEmpty([clozeSide(f[0] ?? "", ord + 1, "back"), ...f.slice(1)])];
  // Basic-and-reversed: the second template asks the back and answers with the front.
  if (ord === 1 && (type?.templates ?? 1) >= 2 && f.length >= 2) return [f[1] ?? "", f[0] ?? ""];
  return [f[0] ?? "", joinNonEmpty(f.slice(1))];
}

function isBasicLike(type: NoteType | undefined): boolean {
  return Boolean(type && !type.cloze && /^basic\b/i.test(type.name));
}

function topicFor(note: AnkiNote, deckName: string, from: TopicsFrom, root: string): string {
  if (from === "tags") return note.tags.find((t) => t.toLowerCase() !== "leech")?.replace(/::/g, " › ").replace(/_/g, " ") ?? "Untagged";
  const rest = root && deckName.startsWith(`${root}::`) ? deckName.slice(root.length + 2) : deckName === root ? "" : deckName;
  return rest.split("::").join(" › ");
}

/** The common top-level deck of all cards, if there is one (it becomes the deck's title). */
export function rootDeck(col: AnkiCollection): string {
  const roots = new Set(col.cards.map((c) => (col.decks.get(c.deck) ?? "Default").split("::")[0]));
  return roots.size === 1 ? [...roots][0]! : "";
}

/** Every card of every note, as drafts keyed by the Anki card id. */
export function notesToDrafts(col: AnkiCollection, from: TopicsFrom, source: string): NotesResult {
  const notes = new Map(col.notes.map((n, i) => [n.id, { note: n, index: i }] as const));
  const root = rootDeck(col);
  const images = new Set<string>();
  const other = new Set<string>();
  let soundsDropped = 0;
  let skippedCards = 0;
  const drafts: CardDraft[] = [];
  const clean = (html: string) => {
    const sounds = html.match(SOUND);
    if (sounds) soundsDropped += sounds.length;
    const noSound = html.replace(SOUND, "");
    for (const m of noSound.matchAll(IMG_SRC)) {
      const src = m[1] ?? m[2] ?? m[3] ?? "";
      if (src && !/^[a-z]+:/i.test(src)) images.add(safeDecode(src));
    }
    return noSound;
  };
  const raw: { card: AnkiCard; note: AnkiNote; index: number }[] = [];
  const fields: string[] = [];
  for (const card of col.cards) {
    const found = notes.get(card.nid);
    if (!found) continue;
    const type = col.noteTypes.get(found.note.mid);
    if (type && !type.cloze && !isBasicLike(type)) other.add(type.name);
    const [q, a] = sides(type, found.note, card.ord);
    raw.push({ card, note: found.note, index: found.index });
    fields.push(clean(q), clean(a));
  }
  const safe = sanitizeMany(fields);
  raw.forEach(({ card, note, index }, i) => {
    const question = safe[2 * i]!;
    const answer = safe[2 * i + 1]!;
    if (!question.text && !/<img\b/i.test(question.html)) {
      skippedCards++;
      return;
    }
    drafts.push({
      topic: topicFor(note, col.decks.get(card.deck) ?? "Default", from, root),
      question,
      answer: answer.text || answer.html ? answer : null,
      tags: note.tags,
      source,
      line: index + 1,
      key: String(card.id),
    });
  });
  return { drafts, images, soundsDropped, otherNoteTypes: [...other].sort(), skippedCards };
}
