import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

import { addReview, decodeProgress, loadProgress, saveProgress } from "@/lib/progress";

import { FakeStorage, KEY, T0 } from "./support";

/*
 * The stored-format decoder under random damage: whatever the stored string, loading never throws;
 * a value that does not decode gives a notice in plain words (the engine's text only in `details`)
 * and a verified backup holding it byte for byte, which the next save leaves alone.
 */

const reference = readFileSync(fileURLToPath(new URL("../../fixtures/progress/reference-v1.txt", import.meta.url)), "utf8");

const edit = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function mutate(raw: string, edits: readonly Edit[]): string {
  let out = raw;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    if (e.kind === "replace") out = out.slice(0, at) + e.text + out.slice(at + e.text.length);
    else if (e.kind === "insert") out = out.slice(0, at) + e.text + out.slice(at);
    else out = out.slice(0, at) + out.slice(at + e.length);
  }
  return out;
}

function expectNoticeAndBackup(raw: string): void {
  const storage = new FakeStorage({ [KEY]: raw });
  const loaded = loadProgress(storage, KEY, T0);
  if (decodeProgress(raw).ok) {
    expect(loaded.notice).toBeNull();
    return;
  }
  expect(loaded.notice).not.toBeNull();
  expect(loaded.notice!.message).not.toMatch(/JSON|token|position|Error|zod/i);
  expect(loaded.notice!.details).toBeTruthy();
  const backupKey = loaded.notice!.backupKey!;
  expect(storage.data.get(backupKey)).toBe(raw);
  saveProgress(storage, KEY, addReview(loaded.progress, { id: "x", cardId: "c", rating: 3, at: T0, mode: "due" }), T0 + 1);
  expect(storage.data.get(backupKey)).toBe(raw);
}

describe("the stored-format decoder, fuzzed", () => {
  it("gives a notice and a backup, never an exception, for every truncation of a real snapshot", () => {
    for (let length = 1; length < reference.length; length++) expectNoticeAndBackup(reference.slice(0, length));
  });

  it("gives a notice and a backup, never an exception, for random mutations of a real snapshot", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        expectNoticeAndBackup(mutate(reference, edits));
      }),
      { numRuns: 400 },
    );
  });
});
