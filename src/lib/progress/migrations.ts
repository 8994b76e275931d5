import { emptyProgress } from "./log";
import type { Progress, Stamped } from "./models";
import { normalizeProgress } from "./merge";
import { guardStoredV0, guardStoredV2 } from "./stored-guard";
import { toStoredV2 } from "./stored-format";

/** Version of the stored format this build writes. */
export const CURRENT_VERSION = 2;

function stampedAtZero<T>(record: Record<string, T>): Record<string, Stamped<T>> {
  // Unknown write time: stamp 0 so that any real write, from any device, wins a merge.
  return Object.fromEntries(Object.entries(record).map(([id, value]) => [id, { value, at: 0 }]));
}

/** v0 (pre-release, plain JSON) -> v1 (compact). Throws a StoredShapeError for a malformed v0 document. */
function migrateV0ToV1(old: unknown): unknown {
  const v0 = guardStoredV0(old);
  const progress: Progress = normalizeProgress({
    ...emptyProgress(),
    log: v0.log,
    flags: stampedAtZero(v0.flags),
    notes: stampedAtZero(v0.notes),
  });
  return { ...toStoredV2(progress), v: 1 };
}

/**
 * v1 -> v2. A v1 log string is already a valid v2 log (its entries just have no answer time), and
 * the guard gives v1 settings the default daily goal, so every review is kept as it was.
 */
function migrateV1ToV2(old: unknown): unknown {
  return guardStoredV2(old);
}

/**
 * `migrations[n]` turns a version-n document into a version-(n + 1) document. They run in order
 * from the stored version up to CURRENT_VERSION; the result is then validated like fresh data.
 * A migration may throw on a malformed document; the codec reports that as "invalid".
 */
export const migrations: Record<number, (old: unknown) => unknown> = {
  0: migrateV0ToV1,
  1: migrateV1ToV2,
};

/** Runs the chain from `from` to CURRENT_VERSION. */
export function migrate(doc: unknown, from: number): unknown {
  let current = doc;
  for (let version = from; version < CURRENT_VERSION; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from version ${version}`);
    current = step(current);
  }
  return current;
}
