import fc from "fast-check";
import { parseJsonSafely } from "@/lib/progress/safe-json";

const KEYS = ["__proto__", "constructor", "prototype", "a", "v", "log"];

describe("parseJsonSafely", () => {
  it.each([
    ['{"__proto__": {"polluted": true}, "v": 1}'],
    ['{"a": {"constructor": {"prototype": 1}}, "v": 1}'],
    ['{"\\u005f_proto__": {"polluted": true}, "v": 1}'], // the key spelled with an escape
    ['{"\\u0063onstructor": 1, "v": 1}'],
  ])("drops prototype-affecting keys, however spelled: %s", (text) => {
    const parsed = parseJsonSafely(text);
    expect(parsed.ok && JSON.stringify(parsed.value)).not.toMatch(/__proto__|constructor|prototype|polluted/);
    expect(parsed.ok && (parsed.value as { v: number }).v).toBe(1);
  });

  it("gives what JSON.parse with the key-dropping reviver gives, for any JSON (the plain parse is only a shortcut)", () => {
    const drop = (key: string, value: unknown) => (["__proto__", "constructor", "prototype"].includes(key) ? undefined : value);
    const json = fc.jsonValue().map((v) => JSON.stringify(v));
    const keyed = fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue()).map((v) => JSON.stringify(v).replace(/"a"/g, '"\\u005f_proto__"'));
    fc.assert(
      fc.property(fc.oneof(json, keyed), (text) => {
        expect(parseJsonSafely(text)).toEqual({ ok: true, value: JSON.parse(text, drop) });
      }),
      { numRuns: 2000 },
    );
  });
});
