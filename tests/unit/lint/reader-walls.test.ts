import { ESLint } from "eslint";

/*
 * The reader/build wall in eslint.config.mjs: src/lib/content runs in the browser, so it may not
 * reach Node or the build's disk I/O; only server route and page files may import src/build.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").length;
}

describe("the reader/build wall", () => {
  it.each([
    ['import { readFileSync } from "node:fs";\nexport const x = readFileSync;'],
    ['import { readFileSync } from "fs";\nexport const x = readFileSync;'],
    ['import path from "path";\nexport const x = path;'],
    ['import "server-only";\nexport const x = 1;'],
    ['import { loadBank } from "@/build";\nexport const x = loadBank;'],
    ['import { deckFiles } from "@/build/files";\nexport const x = deckFiles;'],
  ])("refuses in src/lib/content: %s", async (code) => {
    expect(await importErrors(code, "src/lib/content/example.ts")).toBe(1);
  }, 30_000);

  it("keeps the domain layer's rules in src/lib/content", async () => {
    expect(await importErrors('import { create } from "zustand";\nexport const x = create;', "src/lib/content/example.ts")).toBe(1);
  }, 30_000);

  it.each(["src/components/decks/example.tsx", "src/stores/example.ts", "src/hooks/example.ts", "src/app/drill/example.tsx"])(
    "refuses @/build in %s",
    async (file) => {
      expect(await importErrors('import { loadBank } from "@/build";\nexport const x = loadBank;', file)).toBe(1);
    },
    30_000,
  );

  it.each(["src/app/drill/page.tsx", "src/app/data/[deck]/[file]/route.ts"])("allows @/build in the server file %s", async (file) => {
    expect(await importErrors('import { loadBank } from "@/build";\nexport const x = loadBank;', file)).toBe(0);
  }, 30_000);
});
