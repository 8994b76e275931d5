import type { Database, SqlValue } from "sql.js";
import { z } from "@/lib/zod-jitless";
import { ImportError } from "./errors";
import { MAX_NOTES } from "./limits";
import { firstNumber, readFields } from "./protobuf";

/** The parts of an Anki collection the importer uses, read from either schema. */
export interface NoteType {
  name: string;
  cloze: boolean;
  fields: string[]; // field names in order
  templates: number; // card templates (2 for Basic-and-reversed)
}
export interface AnkiNote {
  id: number;
  mid: number;
  tags: string[];
  fields: string[];
}
export interface AnkiCard {
  id: number;
  nid: number;
  deck: number; // the card's home deck (its original deck when it sits in a filtered deck)
  ord: number;
}
export interface AnkiReview {
  id: number; // ms since epoch: when it was given
  cid: number;
  ease: number; // 1..4, 0 = manual
  ivl: number; // days when > 0, seconds when < 0
  type: number; // 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled
}
export interface AnkiCollection {
  version: number;
  noteTypes: Map<number, NoteType>;
  decks: Map<number, string>; // id -> full name with "::" between levels
  notes: AnkiNote[];
  cards: AnkiCard[];
}

const MIN_VERSION = 11;
const MAX_VERSION = 18;

function rows(db: Database, sql: string): SqlValue[][] {
  return db.exec(sql)[0]?.values ?? [];
}
const num = (v: SqlValue | undefined): number => (typeof v === "number" ? v : Number(v ?? 0));
const str = (v: SqlValue | undefined): string => (typeof v === "string" ? v : v instanceof Uint8Array ? new TextDecoder().decode(v) : String(v ?? ""));

function hasTable(db: Database, name: string): boolean {
  return rows(db, `SELECT 1 FROM sqlite_master WHERE type='table' AND name='${name}'`).length > 0;
}

const legacyModelsSchema = z.record(
  z.string(),
  z.looseObject({
    name: z.string().catch("Note"),
    type: z.number().catch(0),
    flds: z.array(z.looseObject({ name: z.string() })).catch([]),
    tmpls: z.array(z.unknown()).catch([]),
  }),
);
const legacyDecksSchema = z.record(z.string(), z.looseObject({ name: z.string() }));

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text || "{}");
  } catch {
    return {};
  }
}

/** Schema 11: note types and decks are JSON in the col row. */
function legacyModels(json: string): Map<number, NoteType> {
  const parsed = legacyModelsSchema.safeParse(parseJson(json));
  const out = new Map<number, NoteType>();
  if (!parsed.success) return out;
  for (const [id, m] of Object.entries(parsed.data)) {
    out.set(Number(id), { name: m.name, cloze: m.type === 1, fields: m.flds.map((f) => f.name), templates: m.tmpls.length || 1 });
  }
  return out;
}

function legacyDecks(json: string): Map<number, string> {
  const parsed = legacyDecksSchema.safeParse(parseJson(json));
  return new Map(parsed.success ? Object.entries(parsed.data).map(([id, d]) => [Number(id), d.name] as const) : []);
}

/** Schema 15+: notetypes, fields, templates and decks are tables; a notetype's kind is in its protobuf config. */
function tableModels(db: Database): Map<number, NoteType> {
  const out = new Map<number, NoteType>();
  for (const [id, name, config] of rows(db, "SELECT id, name, config FROM notetypes")) {
    const kind = config instanceof Uint8Array ? firstNumber(readFields(config), 1) : undefined;
    out.set(num(id), { name: str(name), cloze: kind === 1, fields: [], templates: 0 });
  }
  // No ORDER BY or GROUP BY here: these WITHOUT ROWID tables declare Anki's "unicase" collation,
  // which sql.js doesn't have, and SQLite then finds no plan for a sorted scan.
  const fields = rows(db, "SELECT ntid, ord, name FROM fields").map(([ntid, ord, name]) => ({ ntid: num(ntid), ord: num(ord), name: str(name) }));
  fields.sort((a, b) => a.ntid - b.ntid || a.ord - b.ord);
  for (const f of fields) out.get(f.ntid)?.fields.push(f.name);
  for (const [ntid] of rows(db, "SELECT ntid FROM templates")) {
    const m = out.get(num(ntid));
    if (m) m.templates++;
  }
  return out;
}

/** Reads what the importer needs. Throws ImportError for versions and sizes it can't take. */
export function readCollection(db: Database): AnkiCollection {
  let version: number;
  let modelsJson = "";
  let decksJson = "";
  try {
    const [col] = rows(db, "SELECT ver, models, decks FROM col");
    version = num(col?.[0]);
    modelsJson = str(col?.[1]);
    decksJson = str(col?.[2]);
  } catch {
    throw new ImportError("corrupt", "This package's collection can't be read (it is not an Anki database, or it is damaged). Export it from Anki again.");
  }
  if (version < MIN_VERSION || version > MAX_VERSION) {
    throw new ImportError("unknown-version", `This collection is version ${version}; PrepDeck reads versions ${MIN_VERSION} to ${MAX_VERSION}. In Anki's export dialog tick “Support older Anki versions”, then import the new file.`);
  }
  const noteCount = num(rows(db, "SELECT count(*) FROM notes")[0]?.[0]);
  if (noteCount > MAX_NOTES) {
    throw new ImportError("too-many-notes", `This collection has ${noteCount.toLocaleString("en")} notes; the limit is ${MAX_NOTES.toLocaleString("en")}. Export one deck at a time from Anki.`);
  }
  const tables = hasTable(db, "notetypes");
  const noteTypes = tables ? tableModels(db) : legacyModels(modelsJson);
  const decks = tables
    ? new Map(rows(db, "SELECT id, name FROM decks").map(([id, name]) => [num(id), str(name).replace(/\x1f/g, "::")] as const))
    : legacyDecks(decksJson);
  const notes = rows(db, "SELECT id, mid, tags, flds FROM notes ORDER BY id").map(([id, mid, tags, flds]) => ({
    id: num(id),
    mid: num(mid),
    tags: str(tags).split(/\s+/).filter(Boolean),
    fields: str(flds).split("\x1f"),
  }));
  const cards = rows(db, "SELECT id, nid, did, ord, odid FROM cards ORDER BY nid, ord").map(([id, nid, did, ord, odid]) => ({
    id: num(id),
    nid: num(nid),
    deck: num(odid) || num(did),
    ord: num(ord),
  }));
  return { version, noteTypes, decks, notes, cards };
}

/** The review log, oldest first. */
export function readRevlog(db: Database): AnkiReview[] {
  return rows(db, "SELECT id, cid, ease, ivl, type FROM revlog ORDER BY id").map(([id, cid, ease, ivl, type]) => ({
    id: num(id),
    cid: num(cid),
    ease: num(ease),
    ivl: num(ivl),
    type: num(type),
  }));
}
