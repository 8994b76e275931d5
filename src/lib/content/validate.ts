import type { ContentProblem } from "./errors";

export interface LocatedId {
  id: string;
  file: string;
  line: number;
  pinned: boolean;
}

/** Two cards with one id: only pins can do that (derived ids are unique by construction). */
export function checkDuplicates(ids: LocatedId[], problems: ContentProblem[]): void {
  const seen = new Map<string, LocatedId>();
  for (const c of ids) {
    const first = seen.get(c.id);
    if (!first) {
      seen.set(c.id, c);
      continue;
    }
    const pinned = c.pinned ? c : first;
    problems.push({
      file: c.file,
      line: c.line,
      message: `card id "${c.id}" is also used at ${first.file}:${first.line}`,
      fix: `change the {#…} pin at ${pinned.file}:${pinned.line} to an id no other question has`,
    });
  }
}
