/**
 * The `skip` hint: each entry is a section title (exact, case-insensitive) or a file path or glob
 * (`*` within a folder, `**` across folders). An entry with a `/`, a `*` or a markdown extension is
 * a path; any other entry matches a section title, and a file by its name as well.
 */
const isPathLike = (entry: string) => /[/*]|\.(mdx?|markdown)$/i.test(entry);

function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === "*" && glob[i + 1] === "*") {
      // `**/` matches any folders (none included); a bare `**` anything.
      if (glob[i + 2] === "/") {
        re += "(?:.*/)?";
        i += 2;
      } else {
        re += ".*";
        i += 1;
      }
    } else if (ch === "*") re += "[^/]*";
    else re += ch.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

export function skipsFile(path: string, skip: readonly string[] | undefined): boolean {
  if (!skip?.length) return false;
  const name = path.slice(path.lastIndexOf("/") + 1);
  return skip.some((entry) => (isPathLike(entry) ? globToRegExp(entry.replace(/^\.?\//, "")).test(path) || (!entry.includes("/") && globToRegExp(entry).test(name)) : false));
}

export function skipsSection(title: string, skip: readonly string[] | undefined): boolean {
  if (!skip?.length) return false;
  const t = title.trim().toLowerCase();
  return skip.some((entry) => !isPathLike(entry) && entry.trim().toLowerCase() === t);
}
