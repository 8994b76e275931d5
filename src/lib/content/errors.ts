/** A problem in a content file, always with where it is and what to try. */
export interface ContentProblem {
  file: string; // path relative to the repository, e.g. content/django/01-architecture.md
  line: number; // 1-based
  message: string; // what is wrong
  fix: string; // what the author can do about it
}

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED = 20;

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}: ${p.message}\n  Fix: ${p.fix}`;
}

export function formatProblems(problems: ContentProblem[]): string {
  const listed = problems.slice(0, MAX_LISTED).map(formatProblem);
  const more = problems.length - listed.length;
  return [...listed, ...(more > 0 ? [`…and ${more} more`] : [])].join("\n");
}

/** Fails the build with the problems found, so an author fixes them in one pass. */
export class ContentError extends Error {
  declare readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(`The question bank has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${formatProblems(problems)}`);
    this.name = "ContentError";
    // Not enumerable: Node and Next print an error's own properties, which would dump every problem again.
    Object.defineProperty(this, "problems", { value: problems, enumerable: false });
  }
}

/** Warnings grouped per file, each file with its count: what the build prints, once. */
export function formatWarnings(warnings: string[]): string {
  const byFile = new Map<string, { line: number; text: string }[]>();
  for (const w of warnings) {
    const atLine = /^(.*?):(\d+): /.exec(w);
    const file = atLine?.[1] ?? /^([^:]+):/.exec(w)?.[1] ?? "";
    // Notes are made rule by rule; a file's are listed in line order (notes without a line first).
    byFile.set(file, [...(byFile.get(file) ?? []), { line: atLine ? Number(atLine[2]) : 0, text: atLine ? w.slice(file.length).replace(/^:/, "line ") : w.slice(file.length).replace(/^:\s*/, "") }]);
  }
  return [...byFile]
    .map(([file, list]) => {
      const lines = [...list].sort((a, b) => a.line - b.line).map((n) => `  ${n.text}`);
      return `${file} (${list.length} note${list.length === 1 ? "" : "s"}):\n${lines.join("\n")}`;
    })
    .join("\n");
}
