import { clockAnnouncement, clockPhase, describeDuration, suggestGrade } from "@/lib/interview";

const MIN = 60_000;
const at = (ticked: number, total: number, elapsedMs = MIN, budgetMs = 2 * MIN) => suggestGrade({ ticked, total, elapsedMs, budgetMs });

describe("suggestGrade", () => {
  it("suggests Again under 40 % of the key points", () => {
    expect(at(0, 5)).toBe(1);
    expect(at(1, 5)).toBe(1); // 20 %
    expect(at(3, 8)).toBe(1); // 37.5 %
  });

  it("suggests Hard from 40 % to under 70 %", () => {
    expect(at(2, 5)).toBe(2); // 40 %
    expect(at(3, 5)).toBe(2); // 60 %
  });

  it("suggests Good from 70 %, and with every point once over budget", () => {
    expect(at(7, 10)).toBe(3);
    expect(at(4, 5)).toBe(3);
    expect(at(5, 5, 2 * MIN + 1)).toBe(3);
  });

  it("suggests Easy for every point within the budget, the budget itself included", () => {
    expect(at(5, 5, 2 * MIN)).toBe(4);
    expect(at(3, 3, 10_000)).toBe(4);
  });

  it("suggests nothing when the answer has no key points", () => {
    expect(at(0, 0)).toBeNull();
  });
});

describe("the answering clock", () => {
  const budget = 2 * MIN;
  it("is within the budget under 80 %, near it from 80 %, over it past the budget", () => {
    expect(clockPhase(0, budget)).toBe("within");
    expect(clockPhase(0.8 * budget - 1, budget)).toBe("within");
    expect(clockPhase(0.8 * budget, budget)).toBe("near");
    expect(clockPhase(budget, budget)).toBe("near");
    expect(clockPhase(budget + 1, budget)).toBe("over");
  });

  it("is announced at the start, at 80 % and at the budget, and not in between", () => {
    expect(clockAnnouncement(null, "within", budget)).toBe("Clock started: 2 minutes to answer.");
    expect(clockAnnouncement("within", "within", budget)).toBeNull();
    expect(clockAnnouncement("within", "near", budget)).toBe("24 seconds left.");
    expect(clockAnnouncement("near", "near", budget)).toBeNull();
    expect(clockAnnouncement("near", "over", budget)).toBe("Time budget of 2 minutes reached. Take the time you need.");
    expect(clockAnnouncement("over", "over", budget)).toBeNull();
  });

  it("words durations for people", () => {
    expect(describeDuration(MIN)).toBe("1 minute");
    expect(describeDuration(90_000)).toBe("1 minute 30 seconds");
    expect(describeDuration(1000)).toBe("1 second");
    expect(describeDuration(0)).toBe("0 seconds");
  });
});
