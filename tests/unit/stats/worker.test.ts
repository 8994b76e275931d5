import { describe, expect, it } from "vitest";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { type ReviewEntry, decodeProgress, decodeStoredDocument, emptyProgress, encodeProgress, normalizeProgress, progressForTransfer, setSettings } from "@/lib/progress";
import { logColumns } from "@/lib/progress/lazy-log";
import { mulberry32 } from "@/lib/srs";
import { statsForTopics } from "@/lib/stats";
import { statsAnswerer } from "@/lib/stats/worker-answer";
import { readStatsAnswer, readStatsRequest } from "@/lib/stats/worker-protocol";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 12);
const TOPICS: TopicIndexEntry[] = [
  { deckSlug: "d", slug: "one", title: "One", count: 20, otherIds: ["elsewhere/pinned"] },
  { deckSlug: "d", slug: "two", title: "Two", count: 20, otherIds: [] },
];

/** A stored-and-read progress (so its log is decoded lazily, as a page load reads it) of `count` reviews over 60 days. */
function storedProgress(count: number) {
  const random = mulberry32(7);
  const ids = [...Array.from({ length: 20 }, (_, i) => `d/one/q${i}`), ...Array.from({ length: 20 }, (_, i) => `d/two/q${i}`), "elsewhere/pinned"];
  const log: ReviewEntry[] = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    cardId: ids[Math.floor(random() * ids.length)]!,
    rating: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4,
    at: NOW - 60 * DAY + Math.floor((i * 60 * DAY) / count),
    mode: "due" as const,
    ms: 2000 + Math.floor(random() * 20_000),
  }));
  const decoded = decodeProgress(encodeProgress(setSettings(normalizeProgress({ ...emptyProgress(), log }), { dailyGoal: 30 }, NOW)));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.progress;
}

describe("the stats worker's answers", () => {
  it("are what the page computes, for a lazily read log handed over as its stored text", () => {
    const progress = storedProgress(600);
    const columns = logColumns(progress);
    expect(columns).not.toBeNull();
    const doc = progressForTransfer(progress);
    expect(doc.log).toBe(columns!.text); // the stored text itself: no entry made, nothing encoded
    // What postMessage delivers: a copy of the document.
    const answer = statsAnswerer()({ id: 3, progress: structuredClone(doc), topics: TOPICS, now: NOW });
    expect(answer).toEqual({ type: "stats", id: 3, stats: statsForTopics(progress, TOPICS, NOW) });
    // The page shows it: the answer passes the page's check as it is.
    expect(readStatsAnswer(answer)).toEqual(answer);
  });

  it("count the same progress again at a later minute from the kept replay, and a changed progress anew", () => {
    const answer = statsAnswerer();
    const progress = storedProgress(300);
    const doc = progressForTransfer(progress);
    answer({ id: 1, progress: structuredClone(doc), topics: TOPICS, now: NOW });
    const later = answer({ id: 2, progress: structuredClone(doc), topics: TOPICS, now: NOW + 2 * DAY });
    expect(later).toEqual({ type: "stats", id: 2, stats: statsForTopics(progress, TOPICS, NOW + 2 * DAY) });
    const more = storedProgress(400);
    expect(answer({ id: 3, progress: structuredClone(progressForTransfer(more)), topics: TOPICS, now: NOW })).toEqual({ type: "stats", id: 3, stats: statsForTopics(more, TOPICS, NOW) });
  });

  it("say what is wrong with a request or a progress they cannot read, and count nothing", () => {
    const answer = statsAnswerer();
    expect(answer({ id: 1, progress: 42, topics: TOPICS, now: NOW })).toEqual({ type: "error", id: -1, message: "not a statistics request" });
    expect(answer({ id: 2, progress: "{not json", topics: TOPICS, now: NOW })).toEqual({ type: "error", id: -1, message: "not a statistics request" });
    expect(answer({ id: 3, progress: { v: 2, cards: [], log: "0Zbad" }, topics: TOPICS, now: NOW })).toMatchObject({ type: "error", id: 3, message: expect.stringMatching(/malformed/) });
    // An eagerly held progress (not decoded lazily) goes as its encoded document, read back the same.
    const eager = normalizeProgress({ ...emptyProgress(), log: [{ id: "e1", cardId: "bench/topic-001/q1", rating: 3, at: NOW - DAY, mode: "due" }] });
    expect(answer({ id: 4, progress: structuredClone(progressForTransfer(eager)), topics: TOPICS, now: NOW })).toEqual({ type: "stats", id: 4, stats: statsForTopics(eager, TOPICS, NOW) });
  });
});

describe("the transfer document", () => {
  it("reads back to the same progress, lazily read or not, after postMessage's copy", () => {
    const lazy = storedProgress(200);
    const spread = { ...lazy, log: [...lazy.log] }; // an ordinary progress: encoded in full
    expect(logColumns(spread)).toBeNull();
    for (const p of [lazy, spread]) {
      const back = decodeStoredDocument(structuredClone(progressForTransfer(p)));
      expect(back.ok && back.progress.log).toEqual(p.log);
      expect(back.ok && back.progress.settings).toEqual(p.settings);
    }
  });
});

describe("the page's check of an answer", () => {
  const good = statsForTopics(storedProgress(100), TOPICS, NOW);
  it.each([
    ["a negative count", { ...good, totalReviews: -1 }],
    ["a count that is not a whole number", { ...good, dailyGoal: 2.5 }],
    ["a missing field", { ...good, forecast: { days: good.forecast.days } }],
    ["a rate above 1", { ...good, weeks: [{ ...good.weeks[0]!, rate: 1.5 }] }],
    ["NaN", { ...good, topics: [{ ...good.topics[0]!, recall: Number.NaN }] }],
    ["a calendar that is not a list", { ...good, calendar: {} }],
  ])("refuses %s", (_, stats) => {
    expect(readStatsAnswer({ type: "stats", id: 1, stats })).toEqual({ type: "error", id: -1, message: "the statistics worker answered something unexpected" });
  });

  it("refuses a request without topics", () => {
    expect(readStatsRequest({ id: 1, progress: "", now: NOW })).toBeNull();
  });
});
