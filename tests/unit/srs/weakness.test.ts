import { generatorParameters } from "ts-fsrs";
import { WEAK_REASONS, describeWeakReason, replayAll, weakCards } from "@/lib/srs";

import { DAY, MINUTE, T0, review } from "./helpers";
import { state } from "./states";

describe("weakCards", () => {
  const now = T0 + 30 * DAY;
  const log = [
    review("again", 3, T0),
    review("again", 1, T0 + MINUTE),
    review("hard", 2, T0),
    review("recovered", 1, T0),
    review("recovered", 3, T0 + 2 * MINUTE),
    review("good", 3, now - MINUTE),
  ];
  const states = new Map([
    ...replayAll(log, { fuzz: false }),
    ["lapsed", state("review", now + 10 * DAY, { lapses: 2, lastReview: now - DAY, stability: 30 })],
    ["forgotten", state("review", now - 20 * DAY, { stability: 2, lastReview: now - 25 * DAY })],
    ["good", state("review", now + 10 * DAY, { stability: 30, lastReview: now - MINUTE })],
    ["recovered", state("review", now + 10 * DAY, { stability: 30, lastReview: now - DAY })],
  ]);
  const flags = { flagged: { value: true, at: 1 }, unflagged: { value: false, at: 2 } };
  const bank = ["good", "flagged", "unflagged", "again", "hard", "lapsed", "forgotten", "recovered", "new"];

  it("lists each weak card with every reason, most reasons first", () => {
    const weak = weakCards(bank, states, flags, log, now);
    const byId = Object.fromEntries(weak.map((w) => [w.cardId, w.reasons]));
    expect(byId).toEqual({
      flagged: ["flagged"],
      again: ["last-again", "low-retrievability"],
      hard: ["last-hard", "low-retrievability"],
      lapsed: ["lapses"],
      forgotten: ["low-retrievability"],
    });
    expect(weak.map((w) => w.cardId)).toEqual(["again", "hard", "flagged", "lapsed", "forgotten"]);
  });

  it("uses only the last rating: a card graded Again then Good is not weak for it", () => {
    const weak = weakCards(["recovered"], states, {}, log, now);
    expect(weak).toEqual([]);
  });

  it("reports reasons in a fixed order", () => {
    const all = weakCards(
      ["x"],
      new Map([["x", state("review", now - 50 * DAY, { lapses: 3, stability: 1, lastReview: now - 60 * DAY })]]),
      { x: { value: true } },
      [review("x", 1, now - 60 * DAY)],
      now,
    );
    expect(all[0]?.reasons).toEqual(["flagged", "last-again", "lapses", "low-retrievability"]);
  });

  it("judges low recall with the applied fitted parameters, not the defaults", () => {
    // Twelve days after a review at stability 2: the defaults' flat curve still gives about 74% recall,
    // a learner whose curve falls steeply (w20 = 0.8) about 61%, below the weak line of 70%.
    const now = T0 + 30 * DAY;
    const steep = [...generatorParameters().w].map((w, i) => (i === 20 ? 0.8 : w));
    const late = new Map([["late", state("review", now - 10 * DAY, { stability: 2, lastReview: now - 12 * DAY })]]);
    expect(weakCards(["late"], late, {}, [], now)).toEqual([]);
    expect(weakCards(["late"], late, {}, [], now, steep)).toEqual([{ cardId: "late", reasons: ["low-retrievability"] }]);
  });
});

describe("describeWeakReason", () => {
  it("has a sentence for every reason", () => {
    expect(describeWeakReason("flagged")).toBe("You flagged it");
    expect(describeWeakReason("last-again")).toBe("Last graded Again");
    expect(describeWeakReason("last-hard")).toBe("Last graded Hard");
    for (const reason of WEAK_REASONS) expect(describeWeakReason(reason).length).toBeGreaterThan(5);
  });
});
