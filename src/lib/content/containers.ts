import type { Rewritten } from "./mkdocs";

/**
 * Docusaurus, VuePress and VitePress containers, rewritten as the markdown the reader knows before
 * parsing, as MkDocs admonitions are (mkdocs.ts):
 * - a container that holds an answer (`::: details Answer`, `:::tip Solution`, `::: details 答案`,
 *   "Click to see the answer") becomes `<details><summary>…</summary>…</details>`: the hidden answer of
 *   the question above it;
 * - any other (`:::tip`, `::: warning Careful`) becomes a block quote led by its bold title (an aside).
 * - GitHub's alerts (`> [!TIP]` over a quote) keep their quote, led by the alert's bold title
 *   ("**Tip**") rather than the marker GitHub hides.
 * A container opens with three colons or more, a type and maybe a title, and closes with a line of as
 * many colons; containers nest. Fenced code is left alone. Lines move (a details block needs blank
 * lines around its content), so the rewrite returns, for each line it writes, the line it came from.
 */
const OPEN = /^( {0,3})(:{3,})[ \t]*([\w-]+)(?:[ \t]+(.*?))?[ \t]*$/;
const CLOSE = /^ {0,3}(:{3,})[ \t]*$/;
const FENCE = /^ *(`{3,}|~{3,})/;
const ANSWER = /\b(?:answers?|solutions?)\b|答案|解答|答え|정답|해답|respuesta|réponse|lösung/i;

const ALERT = /^([ \t]*(?:>[ \t]*)+)\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*$/i;

/** Does the text hold a container or an alert at all? (Cheap test: most banks skip the rewrite.) */
const hasContainers = (text: string) => /^ {0,3}:{3,}[ \t]*[\w-]|^[ \t]*>[ \t]*\[!/m.test(text);

export function containersToMarkdown(text: string): Rewritten | null {
  if (!hasContainers(text)) return null;
  const src = text.split("\n");
  const out: string[] = [];
  const lines: number[] = [];
  const emit = (line: string, from: number) => {
    out.push(line);
    lines.push(from);
  };
  // Open containers, innermost last: how many colons close each, and what it became.
  const open: { colons: number; answer: boolean }[] = [];
  let fence: string | null = null;
  const quote = () => "> ".repeat(open.filter((c) => !c.answer).length);
  src.forEach((line, i) => {
    const n = i + 1;
    const f = FENCE.exec(line);
    if (f) fence = fence === null ? f[1]![0]!.repeat(f[1]!.length) : f[1]!.startsWith(fence) ? null : fence;
    const opened = fence === null && !f ? OPEN.exec(line) : null;
    const closed = fence === null && !f && open.length > 0 ? CLOSE.exec(line) : null;
    if (closed && closed[1]!.length >= open[open.length - 1]!.colons) {
      const c = open.pop()!;
      if (c.answer) {
        emit(quote().trimEnd(), n);
        emit(`${quote()}</details>`, n);
      }
      emit(quote().trimEnd(), n);
      return;
    }
    if (opened) {
      const [, , colons, type, title = ""] = opened;
      const label = title.trim();
      const answer = type!.toLowerCase() === "details" || ANSWER.test(label) || /^(?:answer|solution)$/i.test(type!);
      if (answer) {
        emit(`${quote()}<details><summary>${label || "Answer"}</summary>`, n);
        emit(quote().trimEnd(), n);
      } else {
        emit(`${quote()}> **${label || type!.charAt(0).toUpperCase() + type!.slice(1)}**`, n);
        emit(`${quote()}>`, n);
      }
      open.push({ colons: colons!.length, answer });
      return;
    }
    const alert = fence === null ? ALERT.exec(line) : null;
    if (alert) {
      // The title its own paragraph, as an admonition's is.
      emit(`${quote()}${alert[1]}**${alert[2]!.charAt(0).toUpperCase()}${alert[2]!.slice(1).toLowerCase()}**`, n);
      emit(`${quote()}${alert[1]!.trimEnd()}`, n);
      return;
    }
    emit(open.length && line.trim() === "" ? quote().trimEnd() : `${quote()}${line}`, n);
  });
  // A container left open runs to the end of the file.
  while (open.length > 0) {
    if (open.pop()!.answer) {
      emit(quote().trimEnd(), src.length);
      emit(`${quote()}</details>`, src.length);
    }
  }
  return { text: out.join("\n"), lines };
}
