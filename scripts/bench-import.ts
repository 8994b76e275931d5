/**
 * Anki import at scale (issue 24): a generated 10,000-note .apkg with 100,000 revlog rows, read
 * with the worker's own code (src/lib/import) in Node, timed to the preview; plus the response
 * check the page runs on the main thread, and the libraries' gzip sizes. Prints JSON.
 *
 *   npx tsx scripts/bench-import.ts
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import initSqlJs from "sql.js";
import { importAnki } from "@/lib/import/anki";
import { basicModel, BASIC_MODEL_ID, COL_CONF, DECK_CONF, deckJson, SCHEMA_11 } from "@/lib/import/anki-schema";
import { packReviews } from "@/lib/import/packed-reviews";
import { responseSchema } from "@/lib/import/protocol";

const NOTES = 10_000;
const REVIEWS = 100_000;
const T0 = Date.UTC(2022, 0, 1);

const SQL = await initSqlJs();

function makePackage(): Uint8Array {
  const db = new SQL.Database();
  db.exec(SCHEMA_11);
  const decks: Record<string, unknown> = { "1": deckJson(1, "Default", 0) };
  for (let t = 0; t < 100; t++) decks[String(1000 + t)] = deckJson(1000 + t, `Bench::Topic ${t}`, 0);
  db.run("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [JSON.stringify(COL_CONF), JSON.stringify({ [BASIC_MODEL_ID]: basicModel(1, 0) }), JSON.stringify(decks), JSON.stringify(DECK_CONF)]);
  db.exec("BEGIN");
  const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, 0, -1, ' bench ', ?, ?, 0, 0, '')");
  const card = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, 0, -1, 2, 2, 0, 1, 2500, 1, 0, 0, 0, 0, 0, '')");
  for (let i = 0; i < NOTES; i++) {
    const id = T0 + i;
    const q = `Question ${i}: what does <code>f${i}()</code> return when called twice?`;
    const a = `<p>It returns <b>${i}</b> both times, because it is pure.</p><pre><code>f${i}() == f${i}()</code></pre>`;
    note.run([id, `g${i}`, BASIC_MODEL_ID, `${q}\x1f${a}`, q]);
    card.run([id, id, 1000 + (i % 100)]);
  }
  const rev = db.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, 0, 2500, 6000, ?)");
  for (let r = 0; r < REVIEWS; r++) {
    const cardId = T0 + (r % NOTES);
    rev.run([T0 + 86_400_000 + r * 60_000, cardId, 1 + ((r * 7) % 4), 1 + (r % 30), r % 50 === 0 ? 4 : 1]);
  }
  db.exec("COMMIT");
  [note, card, rev].forEach((s) => s.free());
  const bytes = zipSync({ "collection.anki2": db.export(), media: new TextEncoder().encode("{}") });
  db.close();
  return bytes;
}

const pkg = makePackage();
const runs: number[] = [];
let result: ReturnType<typeof importAnki> | null = null;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  result = importAnki(pkg, SQL, { slug: "u-bench", fileName: "bench.apkg", topicsFrom: "deck", withReviews: true });
  runs.push(performance.now() - t);
}
if (!result) throw new Error("no result");
// What the page's main thread does with the answer: receive it (a structured clone, with the
// reviews' column buffers moved as the worker does) and check it.
const { reviews: history, ...rest } = result;
const packed = history ? { packed: packReviews(history.reviews), skipped: history.skipped, first: history.first, last: history.last } : null;
const message = { ok: true, id: 1, result: { kind: "anki", ...rest, reviews: packed } };
const t0 = performance.now();
const received = structuredClone(message, { transfer: packed ? [packed.packed.card.buffer, packed.packed.at.buffer, packed.packed.rating.buffer] : [] });
const receiveMs = performance.now() - t0;
const t1 = performance.now();
responseSchema.parse(received);
const checkMs = performance.now() - t1;

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const libs = {
  "sql.js (sql-wasm-browser.js)": gz("node_modules/sql.js/dist/sql-wasm-browser.js"),
  "sql.js wasm": gz("node_modules/sql.js/dist/sql-wasm-browser.wasm"),
  "papaparse (papaparse.min.js)": gz("node_modules/papaparse/papaparse.min.js"),
  "fflate (browser.js, whole)": gz("node_modules/fflate/esm/browser.js"),
  "fzstd (esm/index.mjs)": gz("node_modules/fzstd/esm/index.mjs"),
};

runs.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    notes: NOTES,
    revlogRows: REVIEWS,
    packageBytes: pkg.length,
    cards: result.deck.topics.reduce((n, t) => n + t.cards.length, 0),
    reviews: result.reviews?.reviews.length ?? 0,
    skipped: result.reviews?.skipped,
    previewMs: Math.round(runs[1]!),
    goalMs: 10_000,
    mainThreadReceiveMs: Math.round(receiveMs),
    mainThreadCheckMs: Math.round(checkMs),
    libsGzipBytes: libs,
  }),
);
