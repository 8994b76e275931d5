import { ESLint } from "eslint";

/*
 * The link rule in eslint.config.mjs: a <Link> prefetches on intent (PREFETCH_ON_INTENT) or says
 * `prefetch` on purpose. Probes are linted as if they were files in the tree; nothing is written.
 */

const eslint = new ESLint({ cwd: process.cwd() });

async function linkErrors(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").length;
}

const page = (link: string) =>
  `import Link from "next/link";\nimport { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";\nexport function P() {\n  return <nav>${link}</nav>;\n}\n`;

describe("links prefetch on intent, not on sight", () => {
  it.each([
    ["src/components/decks/probe.tsx", '<Link href="/settings">Settings</Link>'],
    ["src/app/stats/_components/probe.tsx", '<Link href="/settings" className="underline">Settings</Link>'],
    ["src/app/probe/page.tsx", '<Link {...{ href: "/" }}>Home</Link>'],
  ])("refuses a plain <Link> in %s", async (file, link) => {
    expect(await linkErrors(page(link), file)).toBe(1);
  }, 30_000);

  it.each([
    ["src/components/decks/probe.tsx", '<Link {...PREFETCH_ON_INTENT} href="/settings">Settings</Link>'],
    ["src/app/probe/page.tsx", '<Link href="/drill" prefetch={false}>Drill</Link>'],
  ])("allows an intent or a deliberate prefetch in %s", async (file, link) => {
    expect(await linkErrors(page(link), file)).toBe(0);
  }, 30_000);
});
