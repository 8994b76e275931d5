import type { Database, SqlJsStatic } from "sql.js";
import type { Deck } from "@/lib/content/models";
import { readCollection, readRevlog } from "./anki-collection";
import { notesToDrafts, rootDeck, type TopicsFrom } from "./anki-notes";
import { openPackage } from "./anki-package";
import { type ReviewsResult, revlogToReviews } from "./anki-revlog";
import { toAssets } from "./assets";
import { buildDeck } from "./build-deck";
import { ImportError } from "./errors";

export interface AnkiOptions {
  slug: string; // the deck's slug (user decks: "u-…")
  fileName: string; // shown in messages and used as the title when the cards have no common deck
  topicsFrom: TopicsFrom;
  withReviews: boolean; // false: cards only
}

export interface AnkiImport {
  deck: Deck;
  title: string;
  assets: Record<string, string>;
  reviews: ReviewsResult | null; // null when cards only
  layout: "anki2" | "anki21" | "anki21b";
  notes: number;
  duplicates: number;
  skippedCards: number;
  soundsDropped: number;
  imagesDropped: string[];
  otherNoteTypes: string[];
}

/**
 * Anki 2.1.50+ declares its own "unicase" collation on name columns; sql.js can't register
 * collations, and SQLite then finds no plan for reading those tables. The copy in memory is ours,
 * so the collation is dropped from its schema (binary order is fine for full scans) and reopened.
 */
function openCollection(SQL: SqlJsStatic, bytes: Uint8Array): Database {
  const db = new SQL.Database(bytes);
  const uses = db.exec("SELECT 1 FROM sqlite_master WHERE sql LIKE '%unicase%' LIMIT 1");
  if (uses.length === 0) return db;
  db.exec("PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = replace(replace(sql, 'COLLATE unicase', ''), 'collate unicase', '') WHERE sql LIKE '%unicase%'; PRAGMA writable_schema=OFF;");
  const fixed = db.export();
  db.close();
  return new SQL.Database(fixed);
}

/** An .apkg / .colpkg as a deck, its pictures and (optionally) its review history. Throws ImportError. */
export function importAnki(bytes: Uint8Array, SQL: SqlJsStatic, options: AnkiOptions): AnkiImport {
  const pkg = openPackage(bytes);
  let db: Database;
  try {
    db = openCollection(SQL, pkg.collection);
  } catch {
    throw new ImportError("corrupt", "This package's collection is damaged. Export it from Anki again.");
  }
  try {
    const col = readCollection(db);
    const notes = notesToDrafts(col, options.topicsFrom, options.fileName);
    if (notes.drafts.length === 0) throw new ImportError("empty", "This package has no cards. Check that you exported the right deck in Anki.");
    const title = rootDeck(col) || options.fileName.replace(/\.(apkg|colpkg)$/i, "") || "Anki deck";
    const built = buildDeck(options.slug, title, notes.drafts, "Cards");
    const media = toAssets(notes.images, pkg.readMedia([...notes.images]));
    const reviews = options.withReviews ? revlogToReviews(readRevlog(db), built.idsByKey) : null;
    return {
      deck: built.deck,
      title,
      assets: media.assets,
      reviews,
      layout: pkg.layout,
      notes: col.notes.length,
      duplicates: built.duplicates,
      skippedCards: notes.skippedCards,
      soundsDropped: notes.soundsDropped,
      imagesDropped: media.dropped,
      otherNoteTypes: notes.otherNoteTypes,
    };
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError("corrupt", "This package's collection can't be read (it is damaged or not from Anki). Export it from Anki again.");
  } finally {
    db.close();
  }
}
