/**
 * `.mdx` banks load as markdown: `import`/`export` lines and JSX elements (capitalised tags such as
 * `<Callout>` or `<Tabs>`) are blanked. Lines are kept, so positions still point at the source.
 * Lowercase HTML (`<details>`) stays: it is markdown's HTML, not JSX.
 */
export function mdxToMarkdown(source: string): string {
  let fence: string | null = null;
  let inExport = false;
  return source
    .split("\n")
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker) {
        if (fence === null) fence = marker;
        else if (marker.startsWith(fence)) fence = null;
        return line;
      }
      if (fence !== null) return line;
      if (inExport) {
        if (/^\s*$/.test(line)) inExport = false;
        return "";
      }
      if (/^(import|export)\s/.test(line)) {
        inExport = !/;\s*$|\bfrom\s+["'][^"']+["']\s*;?\s*$/.test(line) && /^export\s/.test(line);
        return "";
      }
      // JSX elements: whole-line tags, and inline self-closing or paired capitalised tags.
      if (/^\s*<\/?[A-Z][\w.]*(\s[^>]*)?\/?>\s*$/.test(line)) return "";
      return line.replace(/<([A-Z][\w.]*)(\s[^>]*)?\/>/g, "").replace(/<\/?[A-Z][\w.]*(\s[^>]*)?>/g, "").replace(/\{\/\*[\s\S]*?\*\/\}/g, "");
    })
    .join("\n");
}
