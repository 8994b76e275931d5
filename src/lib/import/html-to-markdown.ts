import { fromHtml } from "hast-util-from-html";
import { toMdast } from "hast-util-to-mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";

/**
 * A card's sanitized HTML as GitHub-flavoured markdown, for the CSV export's markdown choice: code
 * blocks stay fenced (highlighting spans become plain text), tables stay tables. The importer's
 * markdown mapping reads it back. Runs in the import worker only.
 */
export function htmlToMarkdown(html: string): string {
  const mdast = toMdast(fromHtml(html, { fragment: true }));
  return toMarkdown(mdast, { extensions: [gfmToMarkdown()], fences: true, bullet: "-", emphasis: "_" }).trim();
}
