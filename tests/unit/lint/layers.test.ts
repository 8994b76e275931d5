import { ESLint } from "eslint";

/*
 * The layer rules in eslint.config.mjs, checked against snippets as if they were files in the
 * tree: src/lib may not import UI layers or read the clock; the same code elsewhere is fine.
 */

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => ["no-restricted-imports", "no-restricted-properties", "no-restricted-syntax"].includes(m.ruleId ?? "")).map((m) => m.ruleId!);
}

describe("layer rules", () => {
  it.each([
    ['import { useState } from "react";\nexport const x = useState;', "no-restricted-imports"],
    ['import { create } from "zustand";\nexport const x = create;', "no-restricted-imports"],
    ['import { useProgressStore } from "@/stores/progress-store";\nexport const x = useProgressStore;', "no-restricted-imports"],
    ['import { DataControls } from "@/components/settings/settings-data";\nexport const x = DataControls;', "no-restricted-imports"],
    ['import { x } from "../../stores/selectors";\nexport const y = x;', "no-restricted-imports"],
    ["export const now = () => Date.now();", "no-restricted-properties"],
    ["export const now = () => new Date();", "no-restricted-syntax"],
  ])("refuses in src/lib: %s", async (code, rule) => {
    expect(await layerErrors(code, "src/lib/progress/example.ts")).toEqual([rule]);
  }, 30_000);

  it("allows the time passed in, and a Date made from it", async () => {
    expect(await layerErrors("export const day = (now: number) => new Date(now).getUTCDate();", "src/lib/srs/example.ts")).toEqual([]);
  }, 30_000);

  it("allows the store to use zustand and the clock", async () => {
    expect(await layerErrors('import { create } from "zustand";\nexport const x = create;\nexport const now = () => Date.now();', "src/stores/example.ts")).toEqual([]);
  }, 30_000);
});
