import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * zod must be configured jitless before any schema parses (its `new Function` fast path breaks the
 * CSP), whichever chunk happens to load zod first: every module takes `z` from src/lib/zod-jitless.ts.
 */
const SRC = path.resolve(import.meta.dirname, "../../../src");
const ALLOWED = path.join(SRC, "lib", "zod-jitless.ts");
const VALUE_IMPORT = /^\s*(import|export)\s+(?!type\b)[^;]*?from\s+["']zod(\/[^"']*)?["']/m;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(e.name) ? [full] : [];
  });
}

describe("zod imports", () => {
  it("the pattern catches a direct import and lets a type-only one through", () => {
    expect(VALUE_IMPORT.test('import { z } from "zod";')).toBe(true);
    expect(VALUE_IMPORT.test('import * as z from "zod/mini";')).toBe(true);
    expect(VALUE_IMPORT.test('import type { z } from "zod";')).toBe(false);
  });

  it("no module but zod-jitless.ts imports zod's values directly", () => {
    const offenders = sourceFiles(SRC)
      .filter((f) => f !== ALLOWED && VALUE_IMPORT.test(readFileSync(f, "utf8")))
      .map((f) => path.relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});
