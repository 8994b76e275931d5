import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Ctx, RawCard, RawGroup } from "./raw";

/** Plain text of a card's front blocks, part of its identity (two quiz questions, different code). */
export const frontText = (card: RawCard): string => card.front.map((b) => toString(b)).join("\n");

const textOf = (blocks: RootContent[]) => blocks.map((b) => toString(b)).join("\n").replace(/\s+/g, " ").trim();

/**
 * A question repeated in one file is kept once: a card is its prompt plus the code on its front, so
 * two "What is the output?" with different code are two cards. Of two repeats, the one with the
 * fuller answer is kept, where the first stood (a questions list, then the same questions answered).
 * Two repeats that both have answers, different ones (the same exercise in an R and a Python tab),
 * are different cards, unless the repeat stands in a section made of repeats (a solutions section).
 */
export function dropRepeats(root: RawGroup, ctx: Ctx): RawGroup {
  const seen = new Map<string, RawCard>();
  const keyOf = (c: RawCard) => `${c.prompt.toLowerCase()}\n${frontText(c)}`;
  const visit = (group: RawGroup): RawGroup => {
    // A section made of repeats (a solutions section) repeats the questions, whatever it answers.
    // Only repeats of questions from earlier sections count: two "What is the output?" side by side
    // with different code and answers are two questions.
    const keys = group.cards.map(keyOf);
    const repeats = keys.filter((k) => seen.has(k)).length;
    const solutions = repeats / Math.max(1, keys.length) >= 0.5;
    const cards = group.cards.filter((c) => {
      const key = keyOf(c);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, c);
        return true;
      }
      const [mine, theirs] = [textOf(c.answer), textOf(first.answer)];
      if (!solutions && mine && theirs && mine !== theirs && !mine.includes(theirs) && !theirs.includes(mine)) return true;
      const better = mine.length > theirs.length;
      if (better) Object.assign(first, { answer: c.answer, followUps: c.followUps.length ? c.followUps : first.followUps });
      ctx.warnings.push(`${ctx.file}:${c.line}: "${c.prompt.slice(0, 60)}" repeats the question at line ${first.line} and was skipped${better ? " (its fuller answer is kept there)" : ""}`);
      return false;
    });
    return { ...group, cards, children: group.children.map(visit) };
  };
  return visit(root);
}
