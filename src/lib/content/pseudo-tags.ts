import type { ElementContent, Root, RootContent } from "hast";

/*
 * Words in angle brackets that are not HTML: `<Readable> to read a stream`, `List<String>`, a
 * placeholder `<Name>` in prose. A browser (and GitHub's page) takes them for unknown elements and
 * the word vanishes; on a card it is shown as written. Only a bare opening tag whose name starts
 * with a capital (HTML's own elements are written in lower case) and that no closing tag of the
 * same name answers in the answer; anything else is left to the HTML parser and the sanitizer.
 */
const PSEUDO = /^<([A-Z][A-Za-z0-9]*)>$/;

type Node = Root | RootContent | ElementContent;

function raws(node: Node, out: { value: string }[] = []): { value: string }[] {
  if (node.type === "raw") out.push(node);
  else if ("children" in node) for (const c of node.children) raws(c, out);
  return out;
}

/** The tree with each pseudo-tag's raw node made text; the same tree (changed in place) otherwise. */
export function literalPseudoTags(tree: Root): Root {
  const all = raws(tree);
  const closed = new Set(all.flatMap((r) => [...r.value.matchAll(/<\/([A-Za-z][A-Za-z0-9]*)\s*>/g)].map((m) => m[1]!.toLowerCase())));
  for (const r of all) {
    const m = PSEUDO.exec(r.value.trim());
    if (m && !closed.has(m[1]!.toLowerCase())) Object.assign(r, { type: "text" });
  }
  return tree;
}
