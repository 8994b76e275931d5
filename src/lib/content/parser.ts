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
 * - Literal autolinks (`www.example.com`, `https://…`, `someone@example.com`): micromark tries one at
 *   the start of every word, and a tree walk looks for them again afterwards. None without `www.`,
 *   `://` or `@` in the text (nor an escape or character reference that could make them). Most banks write their URLs as links (`[docs](https://…)`), where
 *   no literal autolink can be: such a text is parsed without the extension, and kept when no
 *   text node of the tree holds `www.`, `://` or `@` (a literal autolink is made of text the
 *   extension would have found there); otherwise it is parsed again with it.
 * - Tables: micromark scans every paragraph's first line for a header row. None without a delimiter
 *   row: a line of only pipes, hyphens, colons and blanks (and a quote's `>`), with a hyphen and a
 *   pipe or colon in it (`a` over `:-` is a one-column table).
 */
const MAY_AUTOLINK = /www\.|:\/\/|@/i;
const MAY_TABLE = /^(?=[^\n]*[|:])(?=[^\n]*-)[ \t>|:-]+$/m;
/** Where a URL is not literal text, to guess which texts are worth the check: link destinations, `<…>`, code. */
const NOT_LITERAL = /\]\([^()\s]*\)|<[^<>\s]*>|`[^`\n]*`|^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1/gm;

const Autolinks = { none: 0, maybe: 1, likely: 2 } as const;

/** An escape (`http:/\\/`) or a character reference (`&#64;`) can make text of `www.`, `://` or `@` the raw text lacks. */
const MAY_HIDE = /\\[./:@]|&(?:#|[a-z])/i;

function autolinksIn(text: string): number {
  if (!MAY_AUTOLINK.test(text)) return MAY_HIDE.test(text) ? Autolinks.maybe : Autolinks.none;
  return MAY_AUTOLINK.test(text.replace(NOT_LITERAL, " ")) ? Autolinks.likely : Autolinks.maybe;
}

/** Parser options by [with autolinks][with tables], the extensions in remark-gfm's order. */
const OPTIONS = [false, true].map((autolinks) =>
  [false, true].map((tables) => ({
    extensions: [autolinks && gfmAutolinkLiteral(), gfmFootnote(), gfmStrikethrough(), tables && gfmTable(), gfmTaskListItem()].filter((e) => e !== false),
    mdastExtensions: [autolinks && gfmAutolinkLiteralFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), tables && gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()].filter((e) => e !== false),
  })),
);

/** Does any text node (at any depth) hold what a literal autolink starts from? */
function textMayAutolink(node: { type: string; value?: unknown; children?: unknown }): boolean {
  if (node.type === "text" && typeof node.value === "string") return MAY_AUTOLINK.test(node.value);
  return Array.isArray(node.children) && node.children.some(textMayAutolink);
}

/** What a text needs, as a number (0 to 5): texts of one kind are parsed together (chunks.ts). */
export function gfmKind(text: string): number {
  return autolinksIn(text) * 2 + Number(MAY_TABLE.test(text));
}

export function parseGfm(text: string): Root {
  const autolinks = autolinksIn(text);
  const tables = Number(MAY_TABLE.test(text));
  if (autolinks === Autolinks.maybe) {
    const tree = fromMarkdown(text, OPTIONS[0]![tables]!);
    if (!textMayAutolink(tree)) return tree;
  }
  return fromMarkdown(text, OPTIONS[Number(autolinks !== Autolinks.none)]![tables]!);
}
