import { ESLint } from "eslint";

/*
 * The rule in eslint.config.mjs that keeps Intl formatters out of module scope in the UI rooms: a
 * page's first formatter loads the locale's data, so one made when a chunk loads costs every visit.
 * Probes are linted as if they were files in the tree; nothing is written.
 */

const eslint = new ESLint({ cwd: process.cwd() });

async function errors(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").length;
}

describe("Intl formatters are made when used, not when a module loads", () => {
  it.each([
    ["src/app/stats/_components/probe.ts", 'const day = new Intl.DateTimeFormat("en-GB", { day: "numeric" });\nexport const f = (d: Date) => day.format(d);\n'],
    ["src/components/settings/probe.tsx", 'export const count = new Intl.NumberFormat("en");\n'],
    ["src/stores/probe.ts", 'let rtf = new Intl.RelativeTimeFormat("en");\nexport const f = (n: number) => rtf.format(n, "day");\nrtf = new Intl.RelativeTimeFormat("fr");\n'],
  ])("refuses one made at the top of %s", async (file, code) => {
    expect(await errors(code, file)).toBe(1);
  }, 30_000);

  it.each([
    ["src/app/stats/_components/probe.ts", 'export function f(d: Date) {\n  return new Intl.DateTimeFormat("en-GB", { day: "numeric" }).format(d);\n}\n'],
    ["src/components/ui/probe.ts", 'export const f = (n: number) => new Intl.NumberFormat("en").format(n);\n'],
  ])("allows one made where it is used in %s", async (file, code) => {
    expect(await errors(code, file)).toBe(0);
  }, 30_000);
});
