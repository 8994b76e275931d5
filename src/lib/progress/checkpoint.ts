import { type CardPhase, type CardState, SCHEDULER_ID, replayAll, replayOnto, weightsKey } from "@/lib/srs";

import { logColumns, logLength } from "./lazy-log";
import { describePrefix, prefixOf } from "./log-fingerprint";
import type { Progress } from "./models";
import { schedulerOptions } from "./replay";
import { isPlainObject, parseJsonSafely } from "./safe-json";

/*
 * A checkpoint of derived card states, stored next to the log so a load replays only the reviews
 * logged after it. The log stays the only truth: a checkpoint is used only when it describes
 * exactly the first `length` entries of the current log (their last id and a fingerprint of every
 * (time, grade, card) among them), under the same desired retention, scheduler and format; else
 * it is ignored and the whole log is replayed. Stored as JSON under `${key}:checkpoint`:
 *   {"f":2,"s":"<scheduler id>","r":0.9,"n":<length>,"last":"<id of entry n-1>","h":"<fingerprint>",
 *    "st":[phase, due, stability, difficulty, reps, lapses, lastReview, scheduledDays, learningSteps, …]}
 * with one group of STATE_FIELDS numbers per card, in order of the card's first review in the log.
 */

/** Format of the stored checkpoint; a checkpoint of another format is ignored. */
export const CHECKPOINT_FORMAT = 2; // 2: the fingerprint of fewer multiplications (a format-1 checkpoint is replayed once)
/** Write a new checkpoint once this many reviews were logged after the stored one. */
export const CHECKPOINT_EVERY = 100;
const STATE_FIELDS = 9;
const PHASES: readonly CardPhase[] = ["learning", "review", "relearning"];

export function checkpointKey(key: string): string {
  return `${key}:checkpoint`;
}

/** What a checkpoint describes: the first `length` entries of a log and how they were replayed. */
export interface CheckpointMeta {
  length: number; // entries of the log it covers
  lastId: string; // id of entry length - 1 ("" when length is 0)
  fingerprint: string; // of every covered entry's time, grade and card (by first appearance)
  retention: number; // the desired retention the states were derived with
  scheduler: string; // SCHEDULER_ID they were derived with
}

export interface Checkpoint extends CheckpointMeta {
  states: number[]; // STATE_FIELDS numbers per card, in order of first appearance in the covered entries
}

/** The scheduler a state was derived with: fitted parameters make other states than the defaults. */
function schedulerIdOf(p: Progress): string {
  const w = weightsKey(p.settings.value.memory?.w);
  return w === "" ? SCHEDULER_ID : `${SCHEDULER_ID}|w:${w}`;
}

function retentionOf(p: Progress): number {
  return schedulerOptions(p.settings.value).desiredRetention ?? 0;
}

/** The meta a checkpoint of all of `p`'s log would have. */
function metaOf(p: Progress, length: number): CheckpointMeta & { cards: string[]; reviews: number[] } {
  const { cards, reviews, fingerprint } = describePrefix(p.log, length);
  return { length, lastId: length > 0 ? (p.log[length - 1]?.id ?? "") : "", fingerprint, retention: retentionOf(p), scheduler: schedulerIdOf(p), cards, reviews };
}

/** Whether `meta` describes the first `meta.length` entries of `p`'s log, as `p` would replay them. */
export function checkpointMatches(meta: CheckpointMeta, p: Progress): boolean {
  if (meta.scheduler !== schedulerIdOf(p) || meta.retention !== retentionOf(p)) return false;
  if (meta.length > logLength(p)) return false;
  const prefix = prefixOf(p, meta.length);
  return prefix.lastId === meta.lastId && prefix.fingerprint === meta.fingerprint;
}

/**
 * Whether a new checkpoint should be written for `p`: none is known, the known one no longer
 * matches (an undo, another tab's older reviews merged in, a new retention), or it is `every`
 * (CHECKPOINT_EVERY) or more reviews behind.
 */
export function checkpointDue(known: CheckpointMeta | null, p: Progress, every = CHECKPOINT_EVERY): boolean {
  const length = logLength(p);
  if (length === 0) return false;
  if (!known || !checkpointMatches(known, p)) return true;
  return length - known.length >= Math.max(1, every);
}

function phaseCode(phase: CardPhase): number {
  return PHASES.indexOf(phase);
}

/**
 * A checkpoint of `p`'s whole log from `states`, its replayed card states (every reviewed card must
 * be in it). Returns the stored text and its meta.
 */
export function createCheckpoint(p: Progress, states: ReadonlyMap<string, CardState>): { text: string; meta: CheckpointMeta } | null {
  const { cards, reviews, ...meta } = metaOf(p, p.log.length);
  if (states.size !== cards.length) return null;
  const out: number[] = [];
  for (const [i, cardId] of cards.entries()) {
    const s = states.get(cardId);
    if (!s || s.reps !== reviews[i]) return null; // not the states of this log
    out.push(phaseCode(s.phase), s.due, s.stability, s.difficulty, s.reps, s.lapses, s.lastReview, s.scheduledDays, s.learningSteps);
  }
  const doc = { f: CHECKPOINT_FORMAT, s: meta.scheduler, r: meta.retention, n: meta.length, last: meta.lastId, h: meta.fingerprint, st: out };
  return { text: JSON.stringify(doc), meta };
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** A stored checkpoint, or null for anything that is not a well-formed one of this format. Never throws. */
export function readCheckpoint(raw: string | null): Checkpoint | null {
  if (raw === null || raw === "") return null;
  const json = parseJsonSafely(raw);
  if (!json.ok || !isPlainObject(json.value)) return null;
  const { f, s, r, n, last, h, st } = json.value;
  if (f !== CHECKPOINT_FORMAT || typeof s !== "string" || !isFiniteNumber(r) || typeof last !== "string" || typeof h !== "string") return null;
  if (!isFiniteNumber(n) || !Number.isInteger(n) || n < 0 || !Array.isArray(st) || st.length % STATE_FIELDS !== 0) return null;
  for (let i = 0; i < st.length; i++) {
    const v: unknown = st[i];
    if (!isFiniteNumber(v)) return null;
    if (i % STATE_FIELDS === 0 && PHASES[v] === undefined) return null;
  }
  return { length: n, lastId: last, fingerprint: h, retention: r, scheduler: s, states: st as number[] };
}

/** Just the meta of a checkpoint (what `checkpointDue` needs). */
export function checkpointMeta(c: Checkpoint): CheckpointMeta {
  return { length: c.length, lastId: c.lastId, fingerprint: c.fingerprint, retention: c.retention, scheduler: c.scheduler };
}

function stateAt(states: readonly number[], i: number): CardState {
  // Indexed directly, no helper per field: a load makes one state per reviewed card (10,000 and more).
  const o = i * STATE_FIELDS;
  return {
    phase: PHASES[states[o] as number] as CardPhase,
    due: states[o + 1] as number,
    stability: states[o + 2] as number,
    difficulty: states[o + 3] as number,
    reps: states[o + 4] as number,
    lapses: states[o + 5] as number,
    lastReview: states[o + 6] as number,
    scheduledDays: states[o + 7] as number,
    learningSteps: states[o + 8] as number,
  };
}

/** How card states were derived: from a checkpoint (`hit`) and how many reviews were replayed. */
export interface DerivedStates {
  states: Map<string, CardState>;
  hit: boolean; // the checkpoint matched and only the reviews after it were replayed
  replayed: number; // reviews replayed
}

/**
 * Every reviewed card's state for `p`: from `checkpoint` plus the reviews after it when it matches
 * `p`'s log, else by replaying the whole log. Either way the same states as `cardStates(p)`.
 */
export function statesFromCheckpoint(p: Progress, checkpoint: Checkpoint | null, fuzz = true): DerivedStates {
  const opts = schedulerOptions(p.settings.value, fuzz);
  if (checkpoint && fuzz && checkpoint.scheduler === schedulerIdOf(p) && checkpoint.retention === retentionOf(p) && checkpoint.length <= logLength(p)) {
    // A lazily decoded log is matched on its columns: a page load makes no entry (lazy-log.ts).
    const columns = logColumns(p);
    const prefix = prefixOf(p, checkpoint.length);
    if (prefix.lastId === checkpoint.lastId && prefix.fingerprint === checkpoint.fingerprint && prefix.cards.length * STATE_FIELDS === checkpoint.states.length) {
      const base = new Map<string, CardState>();
      prefix.cards.forEach((cardId, i) => base.set(cardId, stateAt(checkpoint.states, i)));
      const rest = columns ? columns.entries(checkpoint.length) : p.log.slice(checkpoint.length);
      // Nothing after the checkpoint (a load after a page hide wrote it): its states as they are, not copied.
      return { states: rest.length === 0 ? base : replayOnto(base, rest, opts), hit: true, replayed: rest.length };
    }
  }
  return { states: replayAll(p.log, opts), hit: false, replayed: p.log.length };
}
