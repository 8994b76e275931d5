import type { Html, Parent, PhrasingContent, RootContent } from "mdast";
import { parseMarkdown } from "./markdown";

/**
 * `<details><summary>…</summary>…</details>` becomes one `details` node, wherever it stands (at the
 * top, inside a list item, spanning blank lines and code fences). Its summary and body are markdown
 * again (banks put headings, code and lists in both), so they are parsed like the rest of the file.
 */
declare module "mdast" {
  interface Details extends Parent {
    type: "details";
    summary: PhrasingContent[]; // the summary's first paragraph
    summaryBlocks: RootContent[]; // what the summary holds after its first paragraph (a quiz's code)
    summaryText: string; // plain text of the summary's first paragraph
    children: RootContent[]; // the body: the answer
  }
  interface RootContentMap {
    details: Details;
  }
  interface BlockContentMap {
    details: Details;
  }
}

const OPEN = /<details\b/gi;
const CLOSE = /<\/details\s*>/gi;
const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

/** Strips leading whitespace outside code fences, so indented HTML does not become a code block. */
function trimOutsideFences(text: string): string {
  let fence: string | null = null;
  return text
    .split("\n")
    .map((line) => {
      const m = /^\s*(`{3,}|~{3,})/.exec(line);
      if (m) {
        const marker = m[1]!;
        if (fence === null) fence = marker[0]!.repeat(marker.length);
        else if (marker.startsWith(fence)) fence = null;
        return line.trimStart();
      }
      return fence === null ? line.trimStart() : line;
    })
    .join("\n");
}

/** Removes the indentation all non-blank lines share (details nested in a list item). */
function dedent(text: string): string {
  const lines = text.split("\n");
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(min, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join("\n");
}

/** Decorations inside a summary: styled spans (level tags, badges) and images. */
function dropDecorations(html: string): string {
  let out = html;
  const styled = /<(span|sup|sub|small|mark|kbd)\b[^>]*\b(class|style)\s*=[^>]*>(?:(?!<\/?\1\b)[\s\S])*<\/\1\s*>/gi;
  for (let previous = ""; previous !== out; ) {
    previous = out;
    out = out.replace(styled, "");
  }
  return out.replace(/<img\b[^>]*>/gi, "");
}

/**
 * Bare HTML wrappers around markdown in a details body (`<p>` … `</p>`, `<br><b>` … `</b>`): lines
 * of only such tags, which would hide the markdown or leave empty bold paragraphs in the answer.
 */
const WRAPPER_LINE = /^\s*(?:<\/?(?:p|div|br|blockquote|b|strong|i|em)(?:\s[^>]*)?\s*\/?>\s*)+$/gim;

export function detailsFromSource(raw: string, position: Html["position"]): RootContent {
  // The body starts after the opening tag (wherever it stands: `<div><details>`) and its summary:
  // never at the tag itself, which would be read as details again without end.
  const open = /<details\b[^>]*>/i.exec(raw);
  const openEnd = open ? open.index + open[0].length : Math.max(0, raw.search(/<details\b/i)) + "<details".length;
  const summaryMatch = /<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/i.exec(raw.slice(openEnd));
  const bodyStart = openEnd + (summaryMatch ? summaryMatch.index + summaryMatch[0].length : 0);
  const lastClose = raw.toLowerCase().lastIndexOf("</details");
  const body = raw.slice(bodyStart, lastClose >= bodyStart ? lastClose : raw.length).replace(WRAPPER_LINE, "");
  // Tags out, and a leading "5." that would otherwise make the summary a numbered list.
  const summarySource = trimOutsideFences(dropDecorations(summaryMatch?.[1] ?? "").replace(/<\/?[a-z][^>]*>/gi, " ")).replace(/^\s*\d+[.)]\s+/, "");
  const summaryTree = parseMarkdown(summarySource).children;
  const [first, ...rest] = summaryTree;
  const summary: PhrasingContent[] =
    first?.type === "paragraph" || first?.type === "heading" ? first.children : first ? [{ type: "text", value: summarySource.trim() }] : [];
  const summaryText = summary.length ? toPlain(summary) : "";
  const bodyText = dedent(body);
  return {
    type: "details",
    summary,
    summaryBlocks: first?.type === "paragraph" || first?.type === "heading" ? rest : [],
    summaryText,
    children: foldDetailsIn(parseMarkdown(bodyText).children, bodyText),
    position,
  };
}

function toPlain(children: PhrasingContent[]): string {
  return children
    .map((c) => ("value" in c ? c.value : "children" in c ? toPlain(c.children as PhrasingContent[]) : ""))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

function pointAt(source: string, offset: number) {
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n"), offset };
}

/** `</details>\n<details>` with no blank line between is one HTML block: split it at each close. */
function splitAfterClose(node: Html, source: string): Html[] {
  const start = node.position?.start.offset;
  const parts = node.value.split(/(?<=<\/details\s*>)/i).filter((p) => p.trim() !== "");
  if (parts.length < 2 || start === undefined) return [node];
  const out: Html[] = [];
  let at = start;
  for (const part of parts) {
    const from = source.indexOf(part, at);
    const begin = from >= 0 ? from : at;
    out.push({ type: "html", value: part.trim(), position: { start: pointAt(source, begin), end: pointAt(source, begin + part.length) } });
    at = begin + part.length;
  }
  return out;
}

/**
 * How many `<details>` a block opens, less those it closes. A close written after other inline HTML
 * (`</b></details>`, as banks that bold their answers write it) starts no HTML block: the markdown
 * parser keeps it in a paragraph (or a list item's), as inline HTML, where it still ends the details.
 */
function detailsTags(n: RootContent | PhrasingContent): number {
  if (n.type === "html") return count(OPEN, n.value) - count(CLOSE, n.value);
  // Inside a list item too: a list's last line runs on lazily into `</b></details>`.
  if (n.type !== "paragraph" && n.type !== "list" && n.type !== "listItem" && n.type !== "blockquote") return 0;
  let depth = 0;
  for (const c of n.children) depth += detailsTags(c);
  return depth;
}

/**
 * Folds every `<details>` run in `nodes` (and in nested lists and quotes) into a details node.
 * `source` is the text the nodes' offsets point into.
 */
export function foldDetailsIn(input: RootContent[], source: string): RootContent[] {
  const nodes: RootContent[] = input.flatMap((n): RootContent[] => (n.type === "html" ? splitAfterClose(n, source) : [n]));
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === "html" && count(OPEN, node.value) > 0) {
      let depth = 0;
      let end = i;
      for (; end < nodes.length; end++) {
        const n = nodes[end]!;
        depth += detailsTags(n);
        if (depth <= 0) break;
      }
      end = Math.min(end, nodes.length - 1);
      const from = node.position?.start.offset;
      const to = nodes[end]?.position?.end.offset;
      if (from === undefined || to === undefined) {
        out.push(node);
        continue;
      }
      const position = { start: node.position!.start, end: nodes[end]!.position!.end };
      out.push(detailsFromSource(source.slice(from, to), position));
      i = end;
      continue;
    }
    if (node.type === "list") {
      out.push({ ...node, children: node.children.map((item) => ({ ...item, children: foldDetailsIn(item.children, source) as typeof item.children })) });
    } else if (node.type === "blockquote") {
      out.push({ ...node, children: foldDetailsIn(node.children, source) as typeof node.children });
    } else out.push(node);
  }
  return out;
}
