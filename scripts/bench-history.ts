/**
 * Scale of history: how storage size and the derived work (replay, due queue, merge) grow with the
 * review log. Runs the real domain code (src/lib/progress, src/lib/srs) under tsx and prints JSON.
 *
 *   npx tsx scripts/bench-history.ts                      → JSON figures on stdout
 *   npx tsx scripts/bench-history.ts --emit FILE --ids IDS.json --reviews 100000
 *       → writes the encoded `prepdeck:progress` value for those card ids to FILE (used by the
 *         interaction bench to pre-store a long history in the browser)
 *
 * Histories are deterministic (seeded), shaped like a real user's: one review every ~4 minutes
 * across many days, ratings 12% Again, 15% Hard, 60% Good, 13% Easy, mostly in due mode.
 */
import { readFileSync, writeFileSync } from "node:fs";
import {
  type Progress,
  type ReviewEntry,
  cardStates,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  mergeProgress,
  normalizeProgress,
} from "@/lib/progress";
import { dueQueue } from "@/lib/srs";

import { START, bankIds, generateLog, generateLogEndingAt } from "./bench-logs";
import { arg, round, time } from "./bench-measure";

function progressOf(log: ReviewEntry[]): Progress {
  return normalizeProgress({ ...emptyProgress(), log });
}

function measure(sizes: number[]) {
  const ids = bankIds();
  const rows = sizes.map((n) => {
    const runs = n >= 100_000 ? 5 : 15;
    const progress = progressOf(generateLog(ids, n, 42));
    const encoded = encodeProgress(progress);
    const bytes = Buffer.byteLength(encoded, "utf8");
    // The interned id table is paid once per reviewed card, the rest once per review.
    const idTableBytes = Buffer.byteLength(JSON.stringify((JSON.parse(encoded) as { cards: string[] }).cards), "utf8");
    const lastAt = progress.log[progress.log.length - 1]?.at ?? START;
    const now = lastAt + 3_600_000;

    const decode = time(() => decodeProgress(encoded), runs);
    const decoded = decode.result;
    if (!decoded.ok) throw new Error(`decode failed: ${decoded.message}`);
    const replay = time(() => cardStates(decoded.progress), runs);
    const decodeReplay = time(() => {
      const d = decodeProgress(encoded);
      if (!d.ok) throw new Error(d.message);
      return cardStates(d.progress);
    }, runs);
    const states = replay.result;
    const queue = time(() => dueQueue(ids, states, now, { newLimit: 20 }), runs);
    const encode = time(() => encodeProgress(decoded.progress), runs);

    // Two devices with n/2 reviews each over the same period, merged.
    const a = progressOf(generateLog(ids, n / 2, 7));
    const b = progressOf(generateLog(ids, n / 2, 8));
    const merge = time(() => mergeProgress(a, b), runs);
    if (merge.result.log.length !== n) throw new Error(`merge kept ${merge.result.log.length} of ${n} reviews`);

    return {
      reviews: n,
      cards: ids.length,
      reviewedCards: states.size,
      storageBytes: bytes,
      bytesPerReview: round(bytes / n, 1),
      idTableBytes,
      logBytesPerReview: round((bytes - idTableBytes) / n, 1),
      decodeMs: decode.ms,
      replayMs: replay.ms,
      decodeReplayMs: decodeReplay.ms,
      dueQueueMs: queue.ms,
      dueQueueLength: queue.result.length,
      encodeMs: encode.ms,
      mergeTwoHalvesMs: merge.ms,
      runs,
    };
  });
  const base = rows[0];
  const growth = rows.map((r) => ({
    reviews: r.reviews,
    // time per review relative to the smallest history: 1.0 = perfectly linear
    decodeReplayPerReview: base ? round(r.decodeReplayMs / r.reviews / (base.decodeReplayMs / base.reviews)) : null,
    mergePerReview: base ? round(r.mergeTwoHalvesMs / r.reviews / (base.mergeTwoHalvesMs / base.reviews)) : null,
    bytesPerReview: base ? round(r.bytesPerReview / base.bytesPerReview) : null,
  }));
  return { rows, growth };
}

const emit = arg("--emit");
if (emit) {
  const ids = JSON.parse(readFileSync(arg("--ids") ?? "content/ids.json", "utf8")) as string[] | { ids: string[] };
  const list = Array.isArray(ids) ? ids : ids.ids;
  const count = Number(arg("--reviews") ?? 100_000);
  // End the history an hour before "now" of the browser run, so many cards are due.
  const encoded = encodeProgress(progressOf(generateLogEndingAt(list, count, 1234, Date.now() - 3_600_000)));
  writeFileSync(emit, encoded);
  console.log(JSON.stringify({ file: emit, reviews: count, cards: list.length, bytes: Buffer.byteLength(encoded) }));
} else {
  const sizes = (arg("--sizes") ?? "1000,10000,100000").split(",").map(Number);
  console.log(JSON.stringify(measure(sizes)));
}
