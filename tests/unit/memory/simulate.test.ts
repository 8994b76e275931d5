import { simulateRetentions } from "@/lib/memory";
import { type CardState, replayCard } from "@/lib/srs";

const NOW = Date.UTC(2026, 2, 1, 10);
const DAY = 86_400_000;

function deck(n: number): Map<string, CardState> {
  const states = new Map<string, CardState>();
  for (let i = 0; i < n; i++) {
    const s = replayCard([
      { id: "a", rating: 3, at: NOW - (20 + (i % 10)) * DAY },
      { id: "b", rating: i % 4 === 0 ? 1 : 3, at: NOW - (5 + (i % 5)) * DAY },
    ]);
    if (s) states.set(`c${i}`, s);
  }
  return states;
}

describe("retention simulator", () => {
  it("costs more reviews and gives higher recall at higher desired retention", () => {
    const costs = simulateRetentions(deck(60), { now: NOW, days: 90, secondsPerReview: 12, retentions: [0.7, 0.85, 0.97] });
    const [low, mid, high] = costs;
    expect(low && mid && high).toBeTruthy();
    if (!low || !mid || !high) return;
    expect(low.reviewsPerDay).toBeLessThan(mid.reviewsPerDay);
    expect(mid.reviewsPerDay).toBeLessThan(high.reviewsPerDay);
    expect(high.recallAtEnd).toBeGreaterThan(low.recallAtEnd);
    expect(high.minutesPerDay).toBeCloseTo((high.reviewsPerDay * 12) / 60, 9);
  });
});
