/**
 * Anki import at scale (issue 24): a generated 10,000-note .apkg with 100,000 revlog rows, read
 * with the worker's own code (src/lib/import) in Node, timed to the preview and through the save;
 * what the page's main thread does with the two answers; the libraries' gzip sizes. Prints JSON.
 * The same package in a real browser, main-thread long tasks included: bench-import-browser.mjs.
 *
 *   npx tsx scripts/bench-import.ts
 *   npx tsx scripts/bench-import.ts --write=bench/tmp/import/bench.apkg   (only writes the package)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import { IDBFactory } from "fake-indexeddb";
import { createStore } from "idb-keyval";
import initSqlJs from "sql.js";
import { importAnki } from "@/lib/import/anki";
import { basicModel, BASIC_MODEL_ID, COL_CONF, DECK_CONF, deckJson, SCHEMA_11 } from "@/lib/import/anki-schema";
import { createImportSession } from "@/lib/import/handle";
import { unpackReviews } from "@/lib/import/packed-reviews";
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
const write = process.argv.find((a) => a.startsWith("--write="))?.slice("--write=".length);
if (write) {
  // The browser half (scripts/bench-import-browser.mjs) gives this file to /import.
  writeFileSync(write, pkg);
  console.log(JSON.stringify({ file: write, packageBytes: pkg.length }));
  process.exit(0);
}

const runs: number[] = [];
let result: ReturnType<typeof importAnki> | null = null;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  result = importAnki(pkg, SQL, { slug: "u-bench", fileName: "bench.apkg", topicsFrom: "deck", withReviews: true });
  runs.push(performance.now() - t);
}
if (!result) throw new Error("no result");

// The worker's whole answer (import, packing, preview) and its save to IndexedDB (fake-indexeddb
// here, so the time is the worker's own work: re-keying, the record's check, its size, the clone).
globalThis.indexedDB = new IDBFactory();
const handle = createImportSession({ loadSql: async () => SQL, decksStore: createStore("prepdeck-decks", "decks") });
const t2 = performance.now();
const previewMessage = await handle({ type: "anki", id: 1, bytes: pkg, fileName: "bench.apkg", slug: "u-import", topicsFrom: "deck", withReviews: true });
const answerMs = performance.now() - t2;
const t3 = performance.now();
const savedMessage = await handle({ type: "save", id: 2, key: 1, source: { kind: "anki", label: "bench.apkg" }, now: T0 });
const saveMs = performance.now() - t3;
if (!savedMessage.ok || savedMessage.result.kind !== "saved" || !savedMessage.result.reviews) throw new Error(`no save: ${JSON.stringify(savedMessage).slice(0, 300)}`);

// What the page's main thread does with the answers: receive each (a structured clone, the
// history's column buffers moved as the worker does) and check it; unpack the history to merge it.
const onMain = (message: unknown, transfer: Transferable[]) => {
  const t = performance.now();
  const received: unknown = structuredClone(message, { transfer });
  const receiveMs = performance.now() - t;
  const t1 = performance.now();
  const checked = responseSchema.parse(received);
  return { checked, receiveMs: Math.round(receiveMs), checkMs: Math.round(performance.now() - t1) };
};
const previewOnMain = onMain(previewMessage, []);
const packed = savedMessage.result.reviews;
const savedOnMain = onMain(savedMessage, [packed.card.buffer, packed.at.buffer, packed.rating.buffer]);
const t4 = performance.now();
const unpacked = savedOnMain.checked.ok && savedOnMain.checked.result.kind === "saved" && savedOnMain.checked.result.reviews ? unpackReviews(savedOnMain.checked.result.reviews).length : 0;
const unpackMs = performance.now() - t4;

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
    workerAnswerMs: Math.round(answerMs),
    workerSaveMs: Math.round(saveMs),
    previewMessageBytes: JSON.stringify(previewMessage).length,
    mainThreadPreview: { receiveMs: previewOnMain.receiveMs, checkMs: previewOnMain.checkMs },
    mainThreadSaved: { receiveMs: savedOnMain.receiveMs, checkMs: savedOnMain.checkMs, unpackMs: Math.round(unpackMs), reviews: unpacked },
    libsGzipBytes: libs,
  }),
);
