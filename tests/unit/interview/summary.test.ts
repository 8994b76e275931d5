import { type InterviewAttempt, parseInterviewSettings, serializeInterviewSettings, summarizeInterview, DEFAULT_INTERVIEW_SETTINGS } from "@/lib/interview";

const attempt = (cardId: string, chosen: 1 | 2 | 3 | 4, ticked: number, total: number, elapsedMs = 60_000): InterviewAttempt => ({
  cardId,
  medium: "recording",
  elapsedMs,
  budgetMs: 120_000,
  pointsTotal: total,
  pointsTicked: ticked,
  suggested: null,
  chosen,
});

describe("summarizeInterview", () => {
  it("adds up the time and counts answers over budget", () => {
    const s = summarizeInterview([attempt("a", 3, 5, 5, 100_000), attempt("b", 3, 5, 5, 130_000)]);
    expect(s.totalMs).toBe(230_000);
    expect(s.overBudget).toBe(1);
  });

  it("names the three weakest: lowest grade, then fewest points, then most over budget", () => {
    const s = summarizeInterview([
      attempt("good-all", 4, 5, 5),
      attempt("hard-half", 2, 2, 4),
      attempt("good-few", 3, 1, 5),
      attempt("again", 1, 3, 5),
      attempt("hard-most", 2, 3, 4),
      attempt("good-slow", 3, 5, 5, 200_000),
    ]);
    expect(s.weakest).toEqual(["again", "hard-half", "hard-most"]);
  });

  it("does not name an answer that was full, graded well and in time", () => {
    expect(summarizeInterview([attempt("a", 3, 5, 5), attempt("b", 4, 4, 4)]).weakest).toEqual([]);
  });
});

describe("interview settings", () => {
  it("round-trip", () => {
    const s = { minutes: 4, keepRecordings: true };
    expect(parseInterviewSettings(serializeInterviewSettings(s))).toEqual(s);
  });

  it("take the default for a bad field and keep the good one", () => {
    expect(parseInterviewSettings('{"minutes":9,"keepRecordings":true}')).toEqual({ minutes: 2, keepRecordings: true });
    expect(parseInterviewSettings('{"minutes":3,"keepRecordings":"yes"}')).toEqual({ minutes: 3, keepRecordings: false });
  });

  it("fall back to the defaults for nothing stored or unreadable text", () => {
    expect(parseInterviewSettings(null)).toEqual(DEFAULT_INTERVIEW_SETTINGS);
    expect(parseInterviewSettings("{oops")).toEqual(DEFAULT_INTERVIEW_SETTINGS);
    expect(parseInterviewSettings("[1,2]")).toEqual(DEFAULT_INTERVIEW_SETTINGS);
  });
});

describe("interview settings as stored", () => {
  it("refuses to store minutes out of range or not whole, and a keep flag that is not a boolean", () => {
    expect(() => serializeInterviewSettings({ minutes: 6, keepRecordings: false })).toThrow(RangeError);
    expect(() => serializeInterviewSettings({ minutes: 1.5, keepRecordings: false })).toThrow(RangeError);
    expect(() => serializeInterviewSettings({ minutes: 2, keepRecordings: "yes" as unknown as boolean })).toThrow(RangeError);
  });

  it("keeps a whole number of minutes at either end of the range and drops a fraction or NaN", () => {
    expect(parseInterviewSettings('{"minutes":1,"keepRecordings":false}').minutes).toBe(1);
    expect(parseInterviewSettings('{"minutes":5,"keepRecordings":false}').minutes).toBe(5);
    expect(parseInterviewSettings('{"minutes":2.5,"keepRecordings":false}').minutes).toBe(2);
    expect(parseInterviewSettings('{"minutes":"3","keepRecordings":false}').minutes).toBe(2);
  });
});
