import { readdirSync, readFileSync } from "node:fs";
import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import { loadBankFrom } from "@/build";
import { parseMarkdown } from "@/lib/content/markdown";

/** Sites whose pages count as official documentation for a Django answer. */
const OFFICIAL = [
  "docs.djangoproject.com",
  "www.django-rest-framework.org",
  "docs.celeryq.dev",
  "docs.gunicorn.org",
  "docs.python.org",
  "nginx.org",
  "channels.readthedocs.io",
  "www.postgresql.org",
];

/** Visible words of an answer: its text with tags removed (so link URLs do not count). */
function words(html: string): number {
  const text = html
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, "x")
    .trim();
  return text ? text.split(/\s+/).length : 0;
}

describe("the Django deck's answers", async () => {
  const bank = await loadBankFrom();
  const cards = bank.decks.find((d) => d.slug === "django")!.topics.flatMap((t) => t.cards);

  it.each(cards.map((c) => [c.prompt, c] as const))("%s: 120–350 words, with official docs", (_prompt, card) => {
    expect(card.answerHtml).not.toBeNull();
    const n = words(card.answerHtml!);
    expect(n).toBeGreaterThanOrEqual(120);
    expect(n).toBeLessThanOrEqual(350);
    expect(card.links.some((href) => OFFICIAL.includes(new URL(href).hostname))).toBe(true);
  });

  it("names the language of every code fence", () => {
    const unnamed: string[] = [];
    for (const name of readdirSync("content/django").filter((f) => f.endsWith(".md"))) {
      const tree = parseMarkdown(readFileSync(`content/django/${name}`, "utf8"));
      visit(tree, "code", (node: Code) => {
        if (!node.lang) unnamed.push(`content/django/${name}:${node.position?.start.line}`);
      });
    }
    expect(unnamed).toEqual([]);
  });

  it("renders code blocks highlighted, in both colour schemes", () => {
    const withCode = cards.filter((c) => c.answerHtml?.includes("<pre"));
    expect(withCode.length).toBeGreaterThan(40);
    for (const c of withCode) expect(c.answerHtml).toMatch(/<pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast"/);
  });

  it("opens external links safely", () => {
    for (const c of cards) {
      for (const a of c.answerHtml?.match(/<a href="https?:[^>]*>/g) ?? []) expect(a).toContain('rel="noopener noreferrer"');
    }
  });
});
