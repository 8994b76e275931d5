import type { Element, Root } from "hast";
import rehypeExternalLinks from "rehype-external-links";
import { describe, expect, it } from "vitest";
import { markExternalLinks } from "@/lib/content/external-links";

const HREFS = [
  "https://a.b/c", "http://a.b", "HTTP://a.b", "Https://a.b", "ftp://a.b", "mailto:x@y.z", "javascript:x", "//a.b/c", "/a/b", "#top", "a.md",
  "c:\\dir", "C:/dir", "https:", "https", "", "?q=1", "www.a.b", "tel:+1", "h+t.t-p://x", " https://a.b",
];

/** A tree with a link per href at several depths, and attributes already set on some. */
function tree(): Root {
  const link = (href: string, i: number): Element => ({
    type: "element",
    tagName: "a",
    properties: i % 3 === 0 ? { href, rel: ["me"], target: "_self", title: "t" } : { href },
    children: [{ type: "text", value: href }, { type: "element", tagName: "a", properties: { href: "https://in.side" }, children: [] }],
  });
  return {
    type: "root",
    children: [
      ...HREFS.map(link),
      { type: "element", tagName: "p", properties: {}, children: [{ type: "element", tagName: "em", properties: {}, children: HREFS.map(link) }] },
      { type: "element", tagName: "area", properties: { href: "https://a.b" }, children: [] },
      { type: "element", tagName: "a", properties: {}, children: [] },
      { type: "comment", value: "x" },
    ],
  };
}

describe("markExternalLinks", () => {
  it("marks the links rehype-external-links marks, with the same attributes in the same order", () => {
    const expected = tree();
    rehypeExternalLinks({ rel: ["noopener", "noreferrer"], target: "_blank" })(expected);
    const got = tree();
    markExternalLinks(got);
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
    expect(JSON.stringify(got)).toContain("noopener");
  });
});
