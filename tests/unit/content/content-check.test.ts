import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";

/** The bank doctor, run as a person runs it: `npm run content:check -- <path> --json`. */
const run = (target: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/content-check.ts", target, "--json"], { encoding: "utf8" });

const documented = z.strictObject({
  decks: z.array(
    z.strictObject({
      slug: z.string(),
      title: z.string(),
      topics: z.array(z.strictObject({ slug: z.string(), title: z.string(), cards: z.array(z.strictObject({ id: z.string(), prompt: z.string(), hasAnswer: z.boolean() })) })),
    }),
  ),
  warnings: z.array(z.string()),
  errors: z.array(z.string()),
});

describe("npm run content:check -- <bank> --json", { timeout: 60_000 }, () => {
  it("prints the documented shape and exits 0 for a bank that loads", () => {
    const result = run("tests/fixtures/banks/react-errores-es/04-errores-tipicos.md");
    expect(result.status).toBe(0);
    const report = documented.parse(JSON.parse(result.stdout));
    expect(report.errors).toEqual([]);
    const cards = report.decks[0]!.topics.flatMap((t) => t.cards);
    expect(cards).toHaveLength(6);
    expect(cards.every((c) => c.hasAnswer)).toBe(true);
    expect(report.warnings.some((w) => w.includes("repeats the question"))).toBe(true);
  });

  it("exits 1, with the problems in errors, for a bank that fails", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "prepdeck-check-"));
    mkdirSync(path.join(dir, "broken"));
    writeFileSync(path.join(dir, "broken", "a.md"), "---\ntitle: [unclosed\n---\n\n## What is A?\n");
    const result = run(path.join(dir, "broken"));
    expect(result.status).toBe(1);
    const report = documented.parse(JSON.parse(result.stdout));
    expect(report.decks).toEqual([]);
    expect(report.errors[0]).toMatch(/a\.md:\d+: invalid front matter[\s\S]*Fix: /);
  });
});
