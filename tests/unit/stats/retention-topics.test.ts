import { type Progress, type ReviewEntry, emptyProgress, normalizeProgress, setSettings } from "@/lib/progress";
import { retrievability } from "@/lib/srs";
import { computeStats, dayKey, median, replayFacts, topicStats, weeklyRetention, studyDay } from "@/lib/stats";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 0, 15, 12);

let n = 0;
function r(cardId: string, rating: 1 | 2 | 3 | 4, at: number, ms?: number): ReviewEntry {
  n++;
  const e: ReviewEntry = { id: `e${String(n).padStart(3, "0")}`, cardId, rating, at, mode: "due" };
  return ms === undefined ? e : { ...e, ms };
}

/*
 * Card a: Easy when new (graduates to review), Again 10 days later (a review-phase failure), Good
 * in relearning 10 minutes after (not counted), Good on day 20 (a review-phase pass).
 * Card b: Good, Good 10 minutes later (learning steps, not counted), Good on day 15 (a pass).
 * Card c (another topic): one Again when new.
 */
function history(): Progress {
  const log = [
    r("d/one/a", 4, T0, 8000),
    r("d/one/b", 3, T0 + MINUTE, 4000),
    r("d/one/b", 3, T0 + 11 * MINUTE, 2000),
    r("d/two/c", 1, T0 + 12 * MINUTE, 30_000),
    r("d/one/a", 1, T0 + 10 * DAY),
    r("d/one/a", 3, T0 + 10 * DAY + 10 * MINUTE, 6000),
    r("d/one/b", 3, T0 + 15 * DAY, 3000),
    r("d/one/a", 3, T0 + 20 * DAY, 5000),
  ];
  return setSettings(normalizeProgress({ ...emptyProgress(), log }), { desiredRetention: 0.85, dailyGoal: 3 }, T0);
}

const topics = [
  { key: "d/one", title: "One", count: 3 },
  { key: "d/two", title: "Two", count: 2 },
];
const topicOf = (id: string) => id.split("/").slice(0, 2).join("/");

describe("true retention", () => {
  const p = history();
  const facts = replayFacts(p);

  it("counts only reviews of cards in review phase, a pass being anything but Again", () => {
    const counted = p.log.filter((e) => facts.inReview.has(e)).map((e) => [e.cardId, e.rating, (e.at - T0) / DAY]);
    expect(counted).toEqual([
      ["d/one/a", 1, 10],
      ["d/one/b", 3, 15],
      ["d/one/a", 3, 20],
    ]);
  });

  it("gives 12 weeks, newest first, each of seven study days", () => {
    const today = studyDay(T0 + 20 * DAY + 60 * MINUTE, 4);
    const weeks = weeklyRetention(p.log, facts.inReview, today, 4);
    expect(weeks).toHaveLength(12);
    expect(dayKey(weeks[0]!.from)).toBe("2026-01-29");
    expect(dayKey(weeks[0]!.to)).toBe("2026-02-04");
    expect(weeks[0]).toMatchObject({ reviews: 2, passed: 2, rate: 1 });
    expect(weeks[1]).toMatchObject({ reviews: 1, passed: 0, rate: 0 });
    expect(weeks.slice(2).every((w) => w.reviews === 0 && w.rate === null)).toBe(true);
  });
});

describe("per topic", () => {
  const p = history();
  const facts = replayFacts(p);
  const now = T0 + 20 * DAY + 60 * MINUTE;

  it("counts new, learning, review and mastered cards and the average recall now", () => {
    const [one, two] = topicStats(topics, topicOf, p.log, facts.states, facts.inReview, now, 4);
    expect(one).toMatchObject({ key: "d/one", total: 3, new: 1, learning: 0 });
    expect(one!.review + one!.mastered).toBe(2);
    const a = facts.states.get("d/one/a")!;
    const b = facts.states.get("d/one/b")!;
    expect(one!.recall).toBeCloseTo((retrievability(a, now) + retrievability(b, now)) / 2, 10);
    expect(two).toMatchObject({ key: "d/two", total: 2, new: 1, review: 0, mastered: 0 });
    expect(two!.learning).toBe(1);
  });

  it("gives each topic its true retention and its median answer time", () => {
    const [one, two] = topicStats(topics, topicOf, p.log, facts.states, facts.inReview, now, 4);
    expect(one!.retention).toEqual({ reviews: 3, passed: 2, rate: 2 / 3 });
    // a: 8, 6, 5 s; b: 4, 2, 3 s; the Again on day 10 has no time: median of 2,3,4,5,6,8 = 4.5 s.
    expect(one).toMatchObject({ answerSeconds: 4.5, timedReviews: 6 });
    expect(two).toMatchObject({ answerSeconds: 30, timedReviews: 1, retention: { reviews: 0, passed: 0, rate: null } });
  });

  it("leaves out cards of topics the bank no longer has", () => {
    const rows = topicStats([topics[1]!], topicOf, p.log, facts.states, facts.inReview, now, 4);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.timedReviews).toBe(1);
  });

  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("computeStats", () => {
  it("puts it all together with the user's goal and desired retention", () => {
    const p = history();
    const now = T0 + 20 * DAY + 60 * MINUTE;
    const stats = computeStats({ progress: p, facts: replayFacts(p), topics, topicOf, now });
    expect(stats.todayTotals).toEqual({ reviews: 1, ms: 5000 });
    expect(stats.dailyGoal).toBe(3);
    expect(stats.desiredRetention).toBe(0.85);
    expect(stats.streaks).toEqual({ current: 1, longest: 1 });
    expect(stats.calendar).toHaveLength(365);
    expect(stats.calendar.reduce((s, d) => s + d.reviews, 0)).toBe(8);
    expect(stats.forecast.days).toHaveLength(30);
    // Every reviewed card is overdue, due in the next 30 days, or later.
    const counted = stats.forecast.overdue + stats.forecast.days.reduce((s, d) => s + d.due, 0);
    const later = [...replayFacts(p).states.values()].filter((s) => s.due >= now + 31 * DAY).length;
    expect(counted + later).toBe(3);
    expect(stats.totalReviews).toBe(8);
  });
});
