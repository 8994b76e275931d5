import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";

/**
 * Markdown text to mdast, as remark-parse with remark-gfm reads it (GitHub's dialect).
 *
 * Two GFM extensions cost far more than they find in prose, so a text that cannot hold what they
 * look for is parsed without them: the same tree, sooner (tests/unit/content/parser.test.ts).
 * - Literal autolinks (`www.example.com`, `https://…`, `someone@example.com`): micromark stops at every
 *   h, w, f and m to try one, and a tree walk looks for them again afterwards. None without `www.`,
 *   `://` or `@`.
 * - Tables: micromark scans every paragraph's first line for a header row. None without a delimiter
 *   row: a line of only pipes, hyphens, colons and blanks (and a quote's `>`), with a hyphen and a
 *   pipe or colon in it (`a` over `:-` is a one-column table).
 */
const MAY_AUTOLINK = /www\.|:\/\/|@/i;
const MAY_TABLE = /^(?=[^\n]*[|:])(?=[^\n]*-)[ \t>|:-]+$/m;

/** Parser options by [may autolink][may table], the extensions in remark-gfm's order. */
const OPTIONS = [false, true].map((autolinks) =>
  [false, true].map((tables) => ({
    extensions: [autolinks && gfmAutolinkLiteral(), gfmFootnote(), gfmStrikethrough(), tables && gfmTable(), gfmTaskListItem()].filter((e) => e !== false),
    mdastExtensions: [autolinks && gfmAutolinkLiteralFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), tables && gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()].filter((e) => e !== false),
  })),
);

export function parseGfm(text: string): Root {
  return fromMarkdown(text, OPTIONS[Number(MAY_AUTOLINK.test(text))]![Number(MAY_TABLE.test(text))]!);
}
