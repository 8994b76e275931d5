import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { loadBankFrom } from "@/build";
import type { Card } from "@/lib/content";

/**
 * Real public banks (tests/fixtures/banks, each with its SOURCE.md and licence), loaded as they are.
 * Their expected.json was counted by hand: questions, answers, topic titles, and verbatim lines that
 * must never become cards. The loader has no rule keyed to any of them.
 */
const ROOT = "tests/fixtures/banks";
const expectedSchema = z.object({
  topics: z.array(z.object({ title: z.string(), questions: z.number() })),
  questions: z.number(),
  withAnswers: z.number(),
  notQuestions: z.array(z.string()),
});

const banks = readdirSync(ROOT).filter((n) => statSync(path.join(ROOT, n)).isDirectory());

function bankFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? bankFiles(full) : /\.mdx?$/.test(n) && n !== "SOURCE.md" ? [full] : [];
  });
}

/** Where each verbatim non-question line stands: `file:line` as the loader reports cards. */
function notQuestionPlaces(bank: string, lines: string[]): Set<string> {
  const places = new Set<string>();
  for (const full of bankFiles(path.join(ROOT, bank))) {
    const shown = `content/${path.relative(ROOT, full).split(path.sep).join("/")}`;
    readFileSync(full, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (lines.includes(line.replace(/\r$/, ""))) places.add(`${shown}:${i + 1}`);
      });
  }
  return places;
}

const within = (got: number, want: number) => Math.abs(got - want) <= Math.max(1, Math.ceil(want * 0.03));

describe("real public banks load as clean decks", () => {
  it.each(banks)("%s", async (bank) => {
    const expected = expectedSchema.parse(JSON.parse(readFileSync(path.join(ROOT, bank, "expected.json"), "utf8")));
    const loaded = await loadBankFrom({ dir: ROOT, deckDirs: [bank] });
    const topics = loaded.decks.flatMap((d) => d.topics);
    const cards: Card[] = topics.flatMap((t) => t.cards);

    expect(topics.map((t) => t.title)).toEqual(expected.topics.map((t) => t.title));
    expect(within(cards.length, expected.questions), `${cards.length} cards, ${expected.questions} expected`).toBe(true);
    const answered = cards.filter((c) => c.hasAnswer).length;
    expect(within(answered, expected.withAnswers), `${answered} answered, ${expected.withAnswers} expected`).toBe(true);

    const junk = notQuestionPlaces(bank, expected.notQuestions);
    expect(cards.filter((c) => junk.has(`${c.file}:${c.line}`)).map((c) => `${c.file}:${c.line} ${c.prompt}`)).toEqual([]);
    for (const c of cards) {
      expect(c.prompt).not.toMatch(/back to top|^\s*(\(?[A-Ha-h][.)]|[☐☒◉○])\s|^https?:\/\/\S+$|^(show|answer|solution)$/i);
      expect(c.promptHtml).not.toMatch(/<img|shields\.io|<a href="#/);
    }
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  }, 120_000);
});
