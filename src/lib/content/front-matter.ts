import jsYaml from "js-yaml";
import type { ContentProblem } from "./errors";

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number; // lines before the body, to report body positions as file lines
}

/**
 * YAML front matter between `---` lines, split as gray-matter split it (the build used it before the
 * reader had to run in the browser; its `fs` import has no place there), parsed with js-yaml's safe
 * schema: no JavaScript engines, no custom tags.
 */
function split(text: string): { matter: string; body: string } | null {
  if (!text.startsWith("---") || text.charAt(3) === "-") return null;
  let rest = text.slice(3);
  // A language word after the opening dashes ("---yaml") is not part of the YAML.
  const newline = rest.search(/\r?\n/);
  const word = newline < 0 ? rest : rest.slice(0, newline);
  if (word.trim()) rest = rest.slice(word.length);
  const close = rest.indexOf("\n---");
  if (close === -1) return { matter: rest, body: "" };
  let body = rest.slice(close + 4);
  if (body[0] === "\r") body = body.slice(1);
  if (body[0] === "\n") body = body.slice(1);
  return { matter: rest.slice(0, close), body };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function readFrontMatter(file: string, source: string): FrontMatter | ContentProblem {
  const text = source.replace(/^\uFEFF/, "");
  const lang = /^---[ \t]*([A-Za-z]+)[ \t]*\r?\n/.exec(text)?.[1];
  if (lang && lang.toLowerCase() !== "yaml") {
    return {
      file,
      line: 1,
      message: `front matter in "${lang}" is not allowed (it would run code or bypass validation)`,
      fix: 'write the front matter as YAML: a plain "---" line, "title: ...", "---"',
    };
  }
  const parts = split(text);
  if (!parts) return { data: {}, body: text, bodyLine: 0 };
  try {
    const block = parts.matter.replace(/^\s*#[^\n]+/gm, "").trim();
    const data: unknown = block === "" ? {} : jsYaml.safeLoad(parts.matter);
    const head = text.slice(0, text.length - parts.body.length);
    return { data: isRecord(data) ? { ...data } : {}, body: parts.body, bodyLine: parts.matter ? head.split("\n").length - 1 : 0 };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return {
      file,
      line: typeof mark?.line === "number" ? mark.line + 2 : 1,
      message: `invalid front matter: ${reason}`,
      fix: 'check the YAML between the "---" lines (quote titles that contain ":" or "#")',
    };
  }
}

/** The line of `key:` inside the front matter, for errors about one field. */
export function frontMatterLine(source: string, key: string): number {
  const lines = source.split("\n");
  const i = lines.findIndex((l, n) => n > 0 && new RegExp(`^${key}\\s*:`).test(l));
  return i >= 0 ? i + 1 : 1;
}
