/** Posix path helpers for the reader: bank paths are "docs/01-intro.md", in Node and in the browser alike. */
export const baseName = (p: string): string => p.slice(p.lastIndexOf("/") + 1);

export const dirName = (p: string): string => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");

export const extName = (p: string): string => {
  const base = baseName(p);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot) : "";
};

export const joinPath = (dir: string, name: string): string => (dir ? `${dir}/${name}` : name);

/**
 * Folder order, as a directory listing sorted at each level gives it: "a/b.md" before "a-c.md"
 * (a plain string sort would put "-" before "/"). Ids and topic order depend on it.
 */
export function comparePaths(a: string, b: string): number {
  const pa = a.split("/");
  const pb = b.split("/");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}
