import { type ReaderHints, selfSteeredNote } from "@/lib/content/hints";
import type { Deck } from "@/lib/content/models";
import { LIMITS } from "@/lib/deck/limits";
import { linkLocalImages } from "./local-images";
import type { ReadDone, ReadProblem } from "./protocol";

/*
 * The bank doctor's report for the preview: what the reader made of the files, shaped for display.
 * Warnings arrive as "file:line: message"; grouped per file, in line order, so a user fixing a bank
 * (or steering the reader) sees each file's story at once.
 */
export interface FileNotes {
  file: string;
  notes: { line: number | null; message: string }[];
}

export interface DeckReport {
  deck: Deck | null;
  questions: number;
  answered: number;
  topics: { slug: string; title: string; count: number }[];
  notes: FileNotes[];
  problems: ReadProblem[];
  /** For a bank with no questions: the steering hints that should read it (the doctor's suggestion), or null. */
  suggested: ReaderHints | null;
  /** How the reader read a bank in a shape it chose itself ("read as one question per paragraph…"), or null. */
  steered: string | null;
  /** Why this cannot be saved (0 questions, over the limit), or null when it can. */
  blocked: string | null;
  ms: number;
  /** The bank's own pictures the cards show, kept with the deck (bank path -> data: URL). */
  assets: Record<string, string>;
  /** Pictures the cards name that are not kept (missing from the files, too big, over the deck's total). */
  picturesDropped: string[];
}

export function groupNotes(warnings: string[]): FileNotes[] {
  const byFile = new Map<string, FileNotes["notes"]>();
  for (const w of warnings) {
    const m = /^(.+?):(\d+): ([\s\S]*)$/.exec(w) ?? /^(.+?\.(?:md|mdx|markdown|json)): ([\s\S]*)$/i.exec(w);
    const [file, line, message] = m ? (m.length === 4 ? [m[1], Number(m[2]), m[3]] : [m[1], null, m[2]]) : ["(deck)", null, w];
    const notes = byFile.get(file ?? "(deck)") ?? [];
    notes.push({ line: typeof line === "number" ? line : null, message: message ?? w });
    byFile.set(file ?? "(deck)", notes);
  }
  return [...byFile].map(([file, notes]) => ({ file, notes: notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) }));
}

/**
 * A reader's problem as a sentence after "The reader found no questions.", without saying that
 * again: a capital unless it opens with a file's name, a full stop at the end. "" when nothing is left.
 */
function reason(message: string): string {
  const why = message.replace(/^the deck has no questions:?\s*/i, "").replace(/\s+/g, " ").trim();
  if (!why) return "";
  const first = why.split(/[\s:]/, 1)[0] ?? "";
  const opened = /[./]/.test(first) ? why : `${why.charAt(0).toUpperCase()}${why.slice(1)}`;
  return /[.!?]$/.test(opened) ? opened : `${opened}.`;
}

export function deckReport(done: ReadDone, images: ReadonlyMap<string, Uint8Array> = new Map()): DeckReport {
  // Remote pictures are links already: the worker rewrote them (serve-read.ts).
  const linked = done.deck ? linkLocalImages(done.deck, images) : null;
  const deck = linked?.deck ?? null;
  const cards = deck ? deck.topics.flatMap((t) => t.cards) : [];
  const topics = deck ? deck.topics.map((t) => ({ slug: t.slug, title: t.title, count: t.cards.length })) : [];
  const steered = done.steered && cards.length ? selfSteeredNote(done.steered) : null;
  // As a sentence on the page: "Read as one question per paragraph, … (questions: paragraph, answers: below): …."
  const steeredSentence = steered ? `${steered.charAt(0).toUpperCase()}${steered.slice(1).replace(/`/g, "")}.` : null;
  let blocked: string | null = null;
  if (cards.length === 0) {
    blocked = `The reader found no questions.${done.problems.map((p) => reason(p.message)).filter(Boolean).map((r) => ` ${r}`).join("")} Steer the reader below (what a question looks like), or choose other files.`;
  } else if (cards.length > LIMITS.questions) {
    blocked = `This bank has ${cards.length} questions: the limit is ${LIMITS.questions.toLocaleString("en")} per deck. Skip some files or sections below, or add the bank in parts.`;
  }
  return {
    deck: cards.length ? deck : null,
    questions: cards.length,
    answered: cards.filter((c) => c.hasAnswer).length,
    topics,
    // The files' "read as…" notes are said once, in plain view (steered), not among what was skipped.
    notes: groupNotes(steered ? done.warnings.filter((w) => !w.endsWith(`: ${steered}`)) : done.warnings),
    problems: done.problems,
    suggested: cards.length === 0 ? done.suggested : null,
    steered: steeredSentence,
    blocked,
    ms: done.ms,
    assets: cards.length && linked ? linked.assets : {},
    picturesDropped: linked?.dropped ?? [],
  };
}
