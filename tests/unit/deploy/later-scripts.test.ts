// @vitest-environment jsdom
import { LATER_LOADER, LATER_TYPE, withLaterScripts } from "../../../scripts/later-scripts.mjs";

const page = (head: string, body = "") => `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;
const chunk = (n: string) => `<script src="/_next/static/chunks/${n}.js" async=""></script>`;

describe("chunks start after the first paint", () => {
  it("each async chunk tag becomes one the browser neither fetches nor runs, in place; one loader is added to <head>", () => {
    const html = page(`${chunk("a")}${chunk("b")}<script src="/_next/static/chunks/poly.js" noModule=""></script><script>theme()</script>`, `<h1>Hi</h1><script>self.__next_f.push([1])</script>${chunk("c")}`);
    const out = withLaterScripts(html);
    expect([...out.matchAll(/<script type="text\/x-later" src="([^"]+)"><\/script>/g)].map((m) => m[1])).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/c.js"]);
    expect(out).not.toMatch(/async=""/);
    // The polyfill (never run by a modern browser) and the inline scripts stay as they were.
    expect(out).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script><script>theme()</script>');
    expect(out).toContain("<h1>Hi</h1><script>self.__next_f.push([1])</script>");
    expect(out.split(LATER_LOADER)).toHaveLength(2);
    expect(out.indexOf(LATER_LOADER)).toBeLessThan(out.indexOf("</head>"));
  });

  it("a page without chunks is left as it is, and a page done already is refused", () => {
    const plain = page("<title>x</title>");
    expect(withLaterScripts(plain)).toBe(plain);
    expect(() => withLaterScripts(withLaterScripts(page(chunk("a"))))).toThrow(/already/);
  });

  it("the loader starts each chunk as an async script once the document is parsed and a frame has passed", async () => {
    document.head.innerHTML = `<script type="${LATER_TYPE}" src="/_next/static/chunks/a.js"></script><script type="${LATER_TYPE}" src="/_next/static/chunks/b.js"></script>`;
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((cb) => frames.push(cb));
    const started = () => [...document.querySelectorAll("script:not([type])")].map((s) => (s as HTMLScriptElement).getAttribute("src"));
    // jsdom's document is parsed already: the loader waits for the next frame, then a task after it.
    new Function(LATER_LOADER)();
    expect(started()).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]!(0);
    expect(started()).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(started()).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
    expect([...document.querySelectorAll("script:not([type])")].every((s) => (s as HTMLScriptElement).async)).toBe(true);
  });

  it("a hidden page, which paints no frame, starts them at once", () => {
    document.head.innerHTML = `<script type="${LATER_TYPE}" src="/_next/static/chunks/a.js"></script>`;
    vi.spyOn(document, "hidden", "get").mockReturnValue(true);
    new Function(LATER_LOADER)();
    expect(document.querySelectorAll("script:not([type])")).toHaveLength(1);
  });
});
