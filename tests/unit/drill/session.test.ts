import {
  buildQueue,
  currentCard,
  flip,
  gradeCurrent,
  isFinished,
  MAX_SHOWINGS,
  skip,
  startSession,
  summarize,
  timeOnCard,
  undoGrade,
  type Session,
} from "@/lib/drill";
import { dueQueue, type CardPhase, type CardState, type WeakCard } from "@/lib/srs";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 2026-01-15T12:00:00Z; with rollover 4 the study day ends 2026-01-16T04:00Z. */
const T0 = Date.UTC(2026, 0, 15, 12);

function state(phase: CardPhase, due: number, extra: Partial<CardState> = {}): CardState {
  return { phase, due, stability: 5, difficulty: 5, reps: 3, lapses: 0, lastReview: due - 5 * DAY, scheduledDays: 5, learningSteps: 0, ...extra };
}

const ids = Array.from({ length: 20 }, (_, i) => `deck/topic/q${i}`);
const noWeak: WeakCard[] = [];
const opts = (extra: Partial<Parameters<typeof buildQueue>[2]> = {}) => ({
  seed: "abc",
  states: new Map<string, CardState>(),
  weak: noWeak,
  now: T0,
  newLimit: 20,
  rolloverHour: 4,
  ...extra,
});

describe("buildQueue", () => {
  describe("shuffle", () => {
    it("holds every card exactly once", () => {
      const queue = buildQueue("shuffle", ids, opts());
      expect(queue).toHaveLength(ids.length);
      expect([...queue].sort()).toEqual([...ids].sort());
    });

    it("gives the same order for the same seed", () => {
      expect(buildQueue("shuffle", ids, opts({ seed: "abc" }))).toEqual(buildQueue("shuffle", ids, opts({ seed: "abc" })));
    });

    it("gives a different order for a different seed", () => {
      const a = buildQueue("shuffle", ids, opts({ seed: "abc" }));
      const b = buildQueue("shuffle", ids, opts({ seed: "abd" }));
      expect(b).not.toEqual(a);
      expect(a).not.toEqual(ids);
    });

    it("does not depend on the clock or the schedule", () => {
      const states = new Map([["deck/topic/q3", state("learning", T0)]]);
      expect(buildQueue("shuffle", ids, opts({ now: T0 + 7 * DAY, states }))).toEqual(buildQueue("shuffle", ids, opts()));
    });
  });

  describe("due", () => {
    const bank = ["new1", "review", "learning", "new2", "notYet", "new3"];
    const states = new Map<string, CardState>([
      ["review", state("review", T0 - DAY, { lastReview: T0 - 6 * DAY })],
      ["learning", state("learning", T0 + 10 * MINUTE)],
      ["notYet", state("review", T0 + 3 * DAY)],
    ]);

    it("puts learning cards first, then due reviews, then new cards up to the limit", () => {
      expect(buildQueue("due", bank, opts({ states, newLimit: 2 }))).toEqual(["learning", "review", "new1", "new2"]);
    });

    it("is the due queue for the same cards, time and options, whatever the seed", () => {
      const expected = dueQueue(bank, states, T0, { newLimit: 1, rolloverHour: 4 });
      expect(buildQueue("due", bank, opts({ states, newLimit: 1, seed: "one" }))).toEqual(expected);
      expect(buildQueue("due", bank, opts({ states, newLimit: 1, seed: "two" }))).toEqual(expected);
    });

    it("respects the rollover hour", () => {
      // Due at 05:00 tomorrow: outside today with rollover 4, inside it with rollover 6.
      const tomorrow = new Map([["r", state("review", Date.UTC(2026, 0, 16, 5))]]);
      expect(buildQueue("due", ["r"], opts({ states: tomorrow, rolloverHour: 4 }))).toEqual([]);
      expect(buildQueue("due", ["r"], opts({ states: tomorrow, rolloverHour: 6 }))).toEqual(["r"]);
    });
  });

  describe("weak", () => {
    const weak: WeakCard[] = [
      { cardId: "deck/topic/q7", reasons: ["flagged"] },
      { cardId: "deck/topic/q2", reasons: ["last-again"] },
      { cardId: "elsewhere/topic/q1", reasons: ["lapses"] },
    ];

    it("holds only the weak cards among the deck's cards", () => {
      expect([...buildQueue("weak", ids, opts({ weak }))].sort()).toEqual(["deck/topic/q2", "deck/topic/q7"]);
    });

    it("is empty when nothing is weak", () => {
      expect(buildQueue("weak", ids, opts())).toEqual([]);
    });

    it("shuffles the weak cards by seed", () => {
      const many: WeakCard[] = ids.slice(0, 10).map((cardId) => ({ cardId, reasons: ["flagged"] }));
      const a = buildQueue("weak", ids, opts({ weak: many, seed: "s1" }));
      expect(buildQueue("weak", ids, opts({ weak: many, seed: "s1" }))).toEqual(a);
      expect(buildQueue("weak", ids, opts({ weak: many, seed: "s2" }))).not.toEqual(a);
    });
  });
});

describe("a drill session", () => {
  const queue = ["a", "b", "c"];

  it("starts on the first card, question side up", () => {
    const s = startSession(queue, T0);
    expect(currentCard(s)).toBe("a");
    expect(s.flipped).toBe(false);
    expect(s.startedAt).toBe(T0);
    expect(isFinished(s)).toBe(false);
  });

  it("copies the queue it is given", () => {
    const source = ["a", "b"];
    const s = startSession(source, T0);
    source.push("c");
    expect(s.queue).toEqual(["a", "b"]);
  });

  it("flips back and forth", () => {
    const s = flip(startSession(queue, T0));
    expect(s.flipped).toBe(true);
    expect(flip(s).flipped).toBe(false);
  });

  it("cannot grade a card before its answer was shown", () => {
    const s = startSession(queue, T0);
    expect(gradeCurrent(s, 3, "e1", T0 + 1000)).toBe(s);
  });

  it("records a grade with the time spent and moves to the next card, question side up", () => {
    const s = gradeCurrent(flip(startSession(queue, T0)), 4, "e1", T0 + 7000);
    expect(s.results).toEqual([{ cardId: "a", rating: 4, entryId: "e1", index: 0, ms: 7000, requeued: false }]);
    expect(currentCard(s)).toBe("b");
    expect(s.flipped).toBe(false);
    expect(s.cardStartedAt).toBe(T0 + 7000);
  });

  it("times a card from when it was shown, across an undo, for the answer time the review stores", () => {
    let s = gradeCurrent(flip(startSession(queue, T0)), 3, "e1", T0 + 4000);
    expect(timeOnCard(flip(s), T0 + 10_000)).toBe(6000);
    // Undone 1 s later: back on card a, its clock resumes where the grade stopped it.
    s = undoGrade(s, T0 + 5000).session;
    expect(timeOnCard(s, T0 + 5000)).toBe(4000);
    expect(timeOnCard(s, T0 - 99_000)).toBe(0);
  });

  it("never records negative time when the clock went backwards", () => {
    const s = gradeCurrent(flip(startSession(queue, T0)), 3, "e1", T0 - 5000);
    expect(s.results[0]?.ms).toBe(0);
  });

  it("skips a card without grading it", () => {
    const s = skip(flip(startSession(queue, T0)), T0 + 2000);
    expect(currentCard(s)).toBe("b");
    expect(s.skipped).toEqual([0]);
    expect(s.results).toEqual([]);
    expect(s.flipped).toBe(false);
    expect(s.cardStartedAt).toBe(T0 + 2000);
  });

  it("finishes after the last card and then ignores flips, grades and skips", () => {
    let s = startSession(["a"], T0);
    s = gradeCurrent(flip(s), 3, "e1", T0 + 1000);
    expect(isFinished(s)).toBe(true);
    expect(currentCard(s)).toBeNull();
    expect(flip(s)).toBe(s);
    expect(skip(s, T0 + 2000)).toBe(s);
    expect(gradeCurrent({ ...s, flipped: true }, 3, "e2", T0 + 2000).results).toHaveLength(1);
  });

  describe("undoGrade", () => {
    it("does nothing before anything was graded", () => {
      const s = skip(startSession(queue, T0), T0 + 1000);
      expect(undoGrade(s, T0 + 2000)).toEqual({ session: s, entryId: null });
    });

    it("returns to the graded card with its answer showing and gives back the entry to remove", () => {
      const graded = gradeCurrent(flip(startSession(queue, T0)), 2, "e1", T0 + 4000);
      const { session, entryId } = undoGrade(graded, T0 + 9000);
      expect(entryId).toBe("e1");
      expect(currentCard(session)).toBe("a");
      expect(session.flipped).toBe(true);
      expect(session.results).toEqual([]);
      // The card's clock resumes where it stood when it was graded.
      expect(session.cardStartedAt).toBe(T0 + 9000 - 4000);
    });

    it("forgets the skips made after the undone grade but keeps earlier ones", () => {
      let s: Session = startSession(["a", "b", "c", "d"], T0);
      s = skip(s, T0 + 1000); // a
      s = gradeCurrent(flip(s), 3, "e1", T0 + 2000); // b
      s = skip(s, T0 + 3000); // c
      expect(s.skipped).toEqual([0, 2]);
      const { session } = undoGrade(s, T0 + 4000);
      expect(currentCard(session)).toBe("b");
      expect(session.skipped).toEqual([0]);
    });

    it("takes grades back newest first", () => {
      let s: Session = startSession(queue, T0);
      s = gradeCurrent(flip(s), 1, "e1", T0 + 1000);
      s = gradeCurrent(flip(s), 4, "e2", T0 + 2000);
      const first = undoGrade(s, T0 + 3000);
      expect(first.entryId).toBe("e2");
      expect(currentCard(first.session)).toBe("b");
      const second = undoGrade(first.session, T0 + 3000);
      expect(second.entryId).toBe("e1");
      expect(currentCard(second.session)).toBe("a");
    });

    it("can take back the grade that finished the deck", () => {
      let s: Session = startSession(["a"], T0);
      s = gradeCurrent(flip(s), 3, "e1", T0 + 1000);
      const { session } = undoGrade(s, T0 + 2000);
      expect(isFinished(session)).toBe(false);
      expect(currentCard(session)).toBe("a");
    });
  });
});

describe("summarize", () => {
  function play(): Session {
    let s: Session = startSession(["a", "b", "c", "d", "e"], T0);
    s = gradeCurrent(flip(s), 1, "e1", T0 + 10_000); // a Again
    s = gradeCurrent(flip(s), 3, "e2", T0 + 20_000); // b Good
    s = skip(s, T0 + 25_000); // c skipped
    s = gradeCurrent(flip(s), 2, "e3", T0 + 30_000); // d Hard
    s = gradeCurrent(flip(s), 4, "e4", T0 + 40_000); // e Easy
    return s;
  }

  const states = new Map<string, CardState>([
    ["a", state("learning", T0 + 11 * MINUTE)],
    ["b", state("review", T0 + 3 * DAY)],
    ["c", state("learning", T0 + MINUTE)], // skipped: not part of "next due"
    ["d", state("learning", T0 + 6 * MINUTE)],
    ["e", state("review", T0 + 8 * DAY)],
  ]);

  it("counts cards by grade, graded and skipped, and the time spent", () => {
    const summary = summarize(play(), [], [], states, T0 + 60_000);
    expect(summary.byRating).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1 });
    expect(summary.graded).toBe(4);
    expect(summary.skipped).toBe(1);
    expect(summary.timeMs).toBe(60_000);
  });

  it("lists the cards graded Again or Hard as missed, in order", () => {
    expect(summarize(play(), [], [], states, T0).missed).toEqual(["a", "d"]);
  });

  it("lists a card missed twice once", () => {
    let s: Session = startSession(["a", "a"], T0);
    s = gradeCurrent(flip(s), 1, "e1", T0 + 1000);
    s = gradeCurrent(flip(s), 2, "e2", T0 + 2000);
    expect(summarize(s, [], [], states, T0).missed).toEqual(["a"]);
  });

  it("lists as newly weak only graded cards that were not weak before", () => {
    const before: WeakCard[] = [{ cardId: "a", reasons: ["flagged"] }];
    const after: WeakCard[] = [
      { cardId: "a", reasons: ["flagged", "last-again"] }, // already weak
      { cardId: "d", reasons: ["last-hard"] }, // newly weak
      { cardId: "c", reasons: ["low-retrievability"] }, // skipped, not graded
      { cardId: "z", reasons: ["flagged"] }, // not in the session
    ];
    expect(summarize(play(), before, after, states, T0).becameWeak).toEqual(["d"]);
  });

  it("gives the earliest due time among the graded cards", () => {
    expect(summarize(play(), [], [], states, T0).nextDue).toBe(T0 + 6 * MINUTE);
  });

  it("has no next due time when nothing was graded", () => {
    const summary = summarize(skip(startSession(["c"], T0), T0), [], [], states, T0);
    expect(summary.nextDue).toBeNull();
    expect(summary.graded).toBe(0);
    expect(summary.byRating).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0 });
  });
});

describe("re-showing cards graded Again (the due deck)", () => {
  const queue = ["d/t/a", "d/t/b"];

  it("puts a card graded Again back at the end of the queue, and counts it once", () => {
    let s = gradeCurrent(flip(startSession(queue, T0)), 1, "e1", T0 + 1000, { requeueAgain: true });
    expect(s.queue).toEqual(["d/t/a", "d/t/b", "d/t/a"]);
    s = gradeCurrent(flip(s), 3, "e2", T0 + 2000, { requeueAgain: true });
    s = gradeCurrent(flip(s), 3, "e3", T0 + 3000, { requeueAgain: true });
    expect(s.index).toBe(3);
    const summary = summarize(s, [], [], new Map(), T0 + 3000);
    expect(summary.graded).toBe(2);
    expect(summary.byRating).toEqual({ 1: 1, 2: 0, 3: 2, 4: 0 });
  });

  it("does not re-queue without the option, nor more than MAX_SHOWINGS times", () => {
    expect(gradeCurrent(flip(startSession(queue, T0)), 1, "e1", T0 + 1000).queue).toEqual(queue);
    let s = startSession(["d/t/a"], T0);
    for (let i = 0; i < MAX_SHOWINGS + 2; i++) s = gradeCurrent(flip(s), 1, `e${i}`, T0 + i, { requeueAgain: true });
    expect(s.queue).toEqual(Array(MAX_SHOWINGS).fill("d/t/a"));
    expect(isFinished(s)).toBe(true);
  });

  it("takes the extra showing back when that Again is undone", () => {
    const s = gradeCurrent(flip(startSession(queue, T0)), 1, "e1", T0 + 1000, { requeueAgain: true });
    const { session, entryId } = undoGrade(s, T0 + 1500);
    expect(entryId).toBe("e1");
    expect(session.queue).toEqual(queue);
    expect(session.index).toBe(0);
  });
});

