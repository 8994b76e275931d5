import { toString } from "mdast-util-to-string";
import { foldDetailsIn } from "./details";
import type { ReaderHints } from "./hints";
import { parseMarkdown } from "./markdown";
import { mdxToMarkdown } from "./mdx";
import type { Ctx, RawCard, RawGroup } from "./raw";
import { readSections } from "./sections";

export type { RawCard, RawGroup } from "./raw";

export interface ParsedBody {
  root: RawGroup; // the file's groups and cards, its single top heading already stepped into
  title: string | null; // the file's own title: its single top heading, when it has one
  warnings: string[];
}

/** Plain text of a card's front blocks, part of its identity (two quiz questions, different code). */
export const frontText = (card: RawCard): string => card.front.map((b) => toString(b)).join("\n");

/** A question repeated in one file (a solutions section repeating the questions) is kept once. */
function dropRepeats(group: RawGroup, seen: Map<string, number>, ctx: Ctx): RawGroup {
  const cards = group.cards.filter((c) => {
    const key = `${c.prompt.toLowerCase()}\n${frontText(c)}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, c.line);
      return true;
    }
    ctx.warnings.push(`${ctx.file}:${c.line}: "${c.prompt.slice(0, 60)}" repeats the question at line ${first} and was skipped`);
    return false;
  });
  return { ...group, cards, children: group.children.map((g) => dropRepeats(g, seen, ctx)) };
}

/** Reads a file's markdown body (`.md` or `.mdx`) into groups of cards. */
export function parseBody(file: string, body: string, lineOffset: number, options: { mdx?: boolean; hints?: ReaderHints } = {}): ParsedBody {
  const ctx: Ctx = { file, lineOffset, warnings: [], hints: options.hints ?? {} };
  const source = options.mdx ? mdxToMarkdown(body) : body;
  const nodes = foldDetailsIn(parseMarkdown(source).children, source);
  let root = readSections(nodes, ctx);
  let title: string | null = null;
  // `# Bank title` over everything: step into it, it names the file rather than a topic.
  while (root.cards.length === 0 && root.children.length === 1) {
    title ??= root.children[0]!.title;
    root = root.children[0]!;
  }
  root = dropRepeats(root, new Map(), ctx);
  return { root, title, warnings: ctx.warnings };
}
