import fc from "fast-check";
import { encodeProgress } from "@/lib/progress";
import { parseJsonSafely } from "@/lib/progress/safe-json";
import { parseStoredText } from "@/lib/progress/stored-text";

// Text a log string may hold, odd characters included: quotes, backslashes, control characters, surrogates.
const logText = fc.string({ unit: fc.constantFrom("a", "0", "A", "-", "~", ",", ".", "%", '"', "\\", "\n", "\u0001", "é", "\ud83d", "\ude00", "]", "}") });
const extraKey = fc.constantFrom("tomb", "flags", "notes", "settings", "log", "__proto__", "constructor", "v");

/** Texts shaped like a stored document: the encoder's head, any card table and log, any keys after. */
const storedLike = fc
  .tuple(fc.array(fc.string()), logText, fc.dictionary(extraKey, fc.jsonValue(), { maxKeys: 3 }), fc.nat(40))
  .map(([cards, log, extra, cut]) => {
    const tail = JSON.stringify(extra).slice(1);
    const text = `{"v":2,"cards":${JSON.stringify(cards)},"log":${JSON.stringify(log)}${tail === "}" ? "}" : `,${tail}`}`;
    return cut === 0 ? text.slice(0, -1) : text; // some are cut short: not JSON at all
  });

describe("parseStoredText", () => {
  it("gives what parseJsonSafely gives for the whole text, for any document shaped like a stored one", () => {
    fc.assert(
      fc.property(storedLike, (text) => {
        expect(parseStoredText(text)).toEqual(parseJsonSafely(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([['{"v":2,"cards":[],"log":"a","log":""}'], ['{"v":2,"cards":[],"log":"a","flags":{},"log":"b"}'], ['{"v":2,"cards":["x"],"log":"0A1-a","notes":{"log":["log",1]}}']])(
    "reads a document with another \"log\" after the log as JSON.parse does (the last key wins): %s",
    (text) => {
      expect(parseStoredText(text)).toEqual(parseJsonSafely(text));
    },
  );

  it("gives what parseJsonSafely gives for any other text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string().map((s) => `{"v":2,"cards":[${s}`)), (text) => {
        expect(parseStoredText(text)).toEqual(parseJsonSafely(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads back what the encoder wrote, its log string whole", () => {
    const text = encodeProgress({
      log: [
        { id: "lq2x7k-ab12", cardId: "django/models/what-is-a-model", rating: 3, at: Date.UTC(2026, 0, 2), mode: "due" },
        { id: "an id, with 100% odd \"characters\"", cardId: 'a "quoted" card', rating: 1, at: Date.UTC(2026, 0, 3), mode: "interview", ms: 5000 },
      ],
      tombstones: [],
      flags: {},
      notes: {},
      settings: { value: {}, at: 0 },
    } as unknown as Parameters<typeof encodeProgress>[0]);
    const parsed = parseStoredText(text);
    expect(parsed).toEqual({ ok: true, value: JSON.parse(text) });
    expect(parsed.ok && (parsed.value as { log: string }).log).toContain("~an id%2C with 100%25 odd \"characters\"");
  });
});
