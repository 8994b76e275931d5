/**
 * A plausible four-month practice history over the real bank, as the stored `prepdeck:progress`
 * value, for README screenshots of /stats (scripts/screenshots.mjs). Seeded: the same every run,
 * relative to now. Prints the value on stdout.
 *
 *   npx tsx scripts/demo-history.ts
 */
import { readFileSync } from "node:fs";
import { type Rating, type ReviewEntry, emptyProgress, encodeProgress, newEntryId, normalizeProgress } from "@/lib/progress";
import { mulberry32 } from "@/lib/srs";

const DAY = 86_400_000;
const rand = mulberry32(2026);
const file = JSON.parse(readFileSync("content/ids.json", "utf8")) as { ids?: string[] } | string[];
const ids = (Array.isArray(file) ? file : (file.ids ?? [])).slice(0, 45); // the rest stay new
const now = Date.now();
const log: ReviewEntry[] = [];
for (let back = 120; back >= 0; back--) {
  // Most days, one evening session of 5–30 reviews; a gap now and then.
  if (back > 0 && rand() < 0.25) continue;
  const sessionStart = now - back * DAY - (back === 0 ? 2 : 6) * 3_600_000;
  const count = 5 + Math.floor(rand() * 26);
  for (let i = 0; i < count; i++) {
    const at = sessionStart + i * 40_000;
    if (at > now) break;
    const r = rand();
    const rating: Rating = r < 0.1 ? 1 : r < 0.22 ? 2 : r < 0.88 ? 3 : 4;
    const cardId = ids[Math.floor(rand() * ids.length)] ?? "django/x";
    log.push({ id: newEntryId(at, rand), cardId, rating, at, mode: "due", ms: 3000 + Math.floor(rand() * 25_000) });
  }
}
process.stdout.write(encodeProgress(normalizeProgress({ ...emptyProgress(), log })));
