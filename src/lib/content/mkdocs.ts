/**
 * MkDocs / Material markup, rewritten as the markdown the reader knows, before parsing:
 * - an admonition that holds an answer (`??? success "Answer"`, `!!! tip "Solution"`) becomes
 *   `<details><summary>Answer</summary>…</details>`: the hidden answer of the question above it;
 * - any other admonition (`!!! note "Title"`) becomes a block quote led by its bold title (an aside);
 * - a content tab (`=== "Python"`) becomes its label in italics, its body moved to the margin.
 * Bodies are indented four spaces under their marker (and nest). In plain CommonMark they would be
 * code blocks or run into the paragraph above. Lines move (a details block needs its closing tag),
 * so the rewrite returns, for each line it writes, the source line it came from.
 */
const BLOCK = /^( *)(!!!|\?\?\?\+?|===)(?:[ \t]+([\w-]+))?(?:[ \t]+"([^"]*)")?[ \t]*$/;
const ANSWER_TITLE = /^(answers?|solutions?|show( (the )?(answer|solution))?|respuesta|réponse|lösung|答案|解答|정답|해답)\b/i;
const ANSWER_TYPES = new Set(["success", "answer", "solution", "check", "done"]);
const FENCE = /^ *(`{3,}|~{3,})/;

export interface Rewritten {
  text: string;
  /** Source line (1-based) of each written line (index 0 = line 1). */
  lines: number[];
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** Does the text use MkDocs blocks at all? (Cheap test: most banks skip the rewrite.) */
export const hasMkdocsBlocks = (text: string) => /^ *(!!!|\?\?\?|===) /m.test(text);

function rewrite(src: string[], from: number[]): { out: string[]; lines: number[] } {
  const out: string[] = [];
  const lines: number[] = [];
  const emit = (text: string, line: number) => {
    out.push(text);
    lines.push(line);
  };
  let fence: string | null = null;
  for (let i = 0; i < src.length; i++) {
    const line = src[i]!;
    const f = FENCE.exec(line);
    if (f) fence = fence === null ? f[1]![0]!.repeat(f[1]!.length) : f[1]!.startsWith(fence) ? null : fence;
    const m = fence !== null || f ? null : BLOCK.exec(line);
    // `===` alone under a line is a setext heading, not a tab: a block has a type or a title.
    if (!m || (m[3] === undefined && m[4] === undefined)) {
      emit(line, from[i]!);
      continue;
    }
    const pad = m[1]!;
    const [kind, type = "", title] = [m[2]!, m[3], m[4]];
    // The body: the lines after it that are blank or indented deeper; trailing blank lines are not its.
    let end = i + 1;
    while (end < src.length && (src[end]!.trim() === "" || indentOf(src[end]!) >= pad.length + 4)) end++;
    while (end > i + 1 && src[end - 1]!.trim() === "") end--;
    const inner = rewrite(
      src.slice(i + 1, end).map((l) => (l.trim() === "" ? "" : pad + l.slice(pad.length + 4))),
      from.slice(i + 1, end),
    );
    const here = from[i]!;
    if (kind === "===") {
      emit(`${pad}*${(type || title || "").trim()}*`, here);
      emit("", here);
      inner.out.forEach((l, j) => emit(l, inner.lines[j]!));
    } else if (title !== undefined ? ANSWER_TITLE.test(title.trim()) : ANSWER_TYPES.has(type.toLowerCase())) {
      emit(`${pad}<details><summary>${title?.trim() || "Answer"}</summary>`, here);
      emit("", here);
      inner.out.forEach((l, j) => emit(l, inner.lines[j]!));
      const last = inner.lines[inner.lines.length - 1] ?? here;
      emit("", last);
      emit(`${pad}</details>`, last);
      emit("", last);
    } else {
      const label = title?.trim() || type.charAt(0).toUpperCase() + type.slice(1) || "Note";
      emit(`${pad}> **${label}**`, here);
      emit(`${pad}>`, here);
      inner.out.forEach((l, j) => emit(`${pad}>${l.length > pad.length ? ` ${l.slice(pad.length)}` : ""}`, inner.lines[j]!));
    }
    i = end - 1;
  }
  return { out, lines };
}

/** The text with its MkDocs blocks rewritten, or null when it has none. */
export function mkdocsToMarkdown(text: string): Rewritten | null {
  if (!hasMkdocsBlocks(text)) return null;
  const src = text.split("\n");
  const { out, lines } = rewrite(src, src.map((_, i) => i + 1));
  return { text: out.join("\n"), lines };
}

interface Positioned {
  position?: { start: { line: number }; end: { line: number } };
  children?: unknown;
}

/** Puts the source's line numbers back on a tree parsed from the rewritten text. */
export function restoreLines(nodes: readonly unknown[], lines: number[]): void {
  const at = (line: number) => lines[line - 1] ?? lines[lines.length - 1] ?? line;
  for (const n of nodes as Positioned[]) {
    if (n.position) n.position = { ...n.position, start: { ...n.position.start, line: at(n.position.start.line) }, end: { ...n.position.end, line: at(n.position.end.line) } };
    if (Array.isArray(n.children)) restoreLines(n.children, lines);
  }
}
