import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Nodes } from "mdast";
import { parseMarkdown } from "@/lib/content/markdown";
import { linksIn, linkUrls } from "@/lib/content/noise";

/** The noise and promo checks that need only the URLs take them from linkUrls: the same URLs, in the same order, as linksIn. */
describe("linkUrls", () => {
  it("finds linksIn's URLs for every node of the fixture banks", () => {
    const root = path.join(process.cwd(), "tests/fixtures/banks");
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(".md"));
    let withLinks = 0;
    const check = (n: Nodes) => {
      const urls = linkUrls(n);
      expect(urls).toEqual(linksIn(n).map((l) => l.url));
      if (urls.length > 0) withLinks++;
      if ("children" in n) for (const c of n.children) check(c as Nodes);
    };
    for (const f of files) check(parseMarkdown(readFileSync(path.join(root, f), "utf8")));
    expect(withLinks).toBeGreaterThan(500);
  });

  it("looks inside emphasis, lists and tables, and not into a link's own children", () => {
    const tree = parseMarkdown("*[a](#a)* and [**b** [c]](https://b.example)\n\n- [d](d.md)\n\n| x |\n| - |\n| [e](#e) |\n");
    expect(linkUrls(tree)).toEqual(["#a", "https://b.example", "d.md", "#e"]);
  });
});
