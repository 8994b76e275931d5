import { ESLint } from "eslint";

/*
 * The walls in eslint.config.mjs, checked with the real config against probes linted as if they
 * were files in the tree (virtual paths: nothing is written). Each wall gets a probe that breaks it
 * and must fail, and an import it allows that must pass, so a wall that silently stops applying
 * (a glob typo, a later config overriding an earlier one) fails here.
 */

const eslint = new ESLint({ cwd: process.cwd() });
const LAYER_RULES = ["@typescript-eslint/no-restricted-imports", "no-restricted-properties", "no-restricted-syntax"];
const IMPORTS = "@typescript-eslint/no-restricted-imports";

async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => LAYER_RULES.includes(m.ruleId ?? "")).map((m) => m.ruleId!);
}

/** A one-line module using the import, so no other rule has anything to say about it. */
const probe = (importLine: string) => `${importLine}\nexport const used = [x];\n`;

/** [wall, file the probe pretends to be, an import the wall refuses, an import it allows] */
const WALLS: [string, string, string, string][] = [
  ["the domain knows no React", "src/lib/progress/probe.ts", 'import { useState as x } from "react";', 'import { replay as x } from "@/lib/progress/replay";'],
  ["the domain knows no store", "src/lib/srs/probe.ts", 'import { useProgressStore as x } from "@/stores/progress-store";', 'import { z as x } from "@/lib/zod-jitless";'],
  ["the domain does not run up to routes", "src/lib/stats/probe.ts", 'import x from "@/app/page";', 'import { due as x } from "@/lib/srs";'],
  ["the domain does not read build I/O", "src/lib/drill/probe.ts", 'import { readBank as x } from "@/build/bank";', 'import { topicIndex as x } from "@/lib/deck/payload";'],
  ["the domain takes the reader's types only", "src/lib/interview/probe.ts", 'import { loadBank as x } from "@/lib/content";', 'import type { Card as x } from "@/lib/content";'],
  ["the reader uses no Node API", "src/lib/content/probe.ts", 'import { readFileSync as x } from "node:fs";', 'import { unified as x } from "unified";'],
  ["the reader uses no bare Node module", "src/lib/content/probe.ts", 'import x from "path";', 'import { deckSchema as x } from "@/lib/content/models";'],
  ["the reader is not server-only", "src/lib/content/probe.ts", 'import x from "server-only";', 'import { deckSchema as x } from "./models";'],
  ["the reader does not read build I/O", "src/lib/content/probe.ts", 'import { readBank as x } from "@/build/bank";', 'import { z as x } from "@/lib/zod-jitless";'],
  ["the reader stands alone in src/lib", "src/lib/content/probe.ts", 'import { cardAnchor as x } from "@/lib/deck/payload";', 'import { z as x } from "@/lib/zod-jitless";'],
  ["the reader stands alone, relatively too", "src/lib/content/probe.ts", 'import { due as x } from "../srs";', 'import { deckSchema as x } from "./models";'],
  ["the deck layer takes the reader's types only", "src/lib/deck/probe.ts", 'import { readDeck as x } from "@/lib/content";', 'import type { Card as x } from "@/lib/content/models";'],
  ["the deck layer validates with the reader's schemas and reaches nothing else of it", "src/lib/deck/probe.ts", 'import { readDeck as x } from "@/lib/content/read";', 'import { deckSchema as x } from "@/lib/content/models";'],
  ["the importers share the reader's id rule but never the UI", "src/lib/import/probe.ts", 'import { useState as x } from "react";', 'import { slugWithHash as x } from "@/lib/content/ids";'],
  ["the deck layer does not read build I/O", "src/lib/deck/probe.ts", 'import { readBank as x } from "@/build/bank";', 'import { z as x } from "@/lib/zod-jitless";'],
  ["hooks do not import components", "src/hooks/probe.ts", 'import type { DrillAction as x } from "@/components/drill/drill-keys";', 'import { useProgressStore as x } from "@/stores/progress-store";'],
  ["hooks do not import routes", "src/hooks/probe.ts", 'import x from "@/app/page";', 'import { useEffect as x } from "react";'],
  ["stores do not import hooks", "src/stores/probe.ts", 'import { useNow as x } from "@/hooks/use-now";', 'import { create as x } from "zustand";'],
  ["stores do not import components", "src/stores/probe.ts", 'import { DeckPlayer as x } from "../components/drill/deck-player";', 'import { replay as x } from "@/lib/progress/replay";'],
  ["components do not import routes", "src/components/drill/probe.tsx", 'import x from "@/app/drill/page";', 'import { useNow as x } from "@/hooks/use-now";'],
  ["components do not read build I/O", "src/components/decks/probe.tsx", 'import { readBank as x } from "@/build/bank";', 'import { useProgressStore as x } from "@/stores/progress-store";'],
  ["components take the reader's types only", "src/components/decks/probe.tsx", 'import { loadBank as x } from "@/lib/content";', 'import type { Topic as x } from "@/lib/content";'],
  ["a route's private components take the reader's types only", "src/app/stats/_components/probe.tsx", 'import { loadBank as x } from "@/lib/content";', 'import type { Card as x } from "@/lib/content";'],
  ["only route files read build I/O", "src/app/stats/_components/probe.tsx", 'import { readBank as x } from "@/build/bank";', 'import { useNow as x } from "@/hooks/use-now";'],
  ["nothing else in src reads build I/O", "src/sw/probe.ts", 'import { readBank as x } from "@/build/bank";', 'import { z as x } from "@/lib/zod-jitless";'],
  ["workers have no React", "src/workers/probe.ts", 'import { useState as x } from "react";', 'import { readDeck as x } from "@/lib/content";'],
  ["workers have no store", "src/workers/probe.ts", 'import { useProgressStore as x } from "@/stores/progress-store";', 'import { z as x } from "@/lib/zod-jitless";'],
  ["workers have no components", "src/workers/probe.ts", 'import { DeckPlayer as x } from "@/components/drill/deck-player";', 'import { deckSchema as x } from "@/lib/content/models";'],
  ["a page reads no store", "src/app/drill/page.tsx", 'import { useProgressStore as x } from "@/stores/progress-store";', 'import { readBank as x } from "@/build/bank";'],
  ["a page calls no hook", "src/app/[deck]/[topic]/page.tsx", 'import { useNow as x } from "@/hooks/use-now";', 'import { DeckPlayer as x } from "@/components/drill/deck-player";'],
];

describe("the walls between layers", () => {
  it.each(WALLS)("%s: refuses the probe in %s", async (_wall, file, refused) => {
    expect(await layerErrors(probe(refused), file)).toEqual([IMPORTS]);
  }, 30_000);

  it.each(WALLS)("%s: allows what the layer may use in %s", async (_wall, file, _refused, allowed) => {
    expect(await layerErrors(probe(allowed), file)).toEqual([]);
  }, 30_000);

  it("lets route files and the build layer read build I/O", async () => {
    for (const file of ["src/app/data/[deck]/[file]/route.ts", "src/app/layout.tsx", "src/build/pages.ts"]) {
      expect(await layerErrors(probe('import { readBank as x } from "@/build/bank";'), file)).toEqual([]);
    }
  }, 30_000);
});

describe("the domain's clock", () => {
  it.each([
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
