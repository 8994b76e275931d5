// @vitest-environment jsdom
import { LATER_LOADER, LATER_REL, LATER_TYPE, withLaterScripts } from "../../../scripts/later-scripts.mjs";
import { AFTER_PAINT_PRELOAD } from "@/lib/drill/preload-script";

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

  it("Next's preload of a chunk and the manifest wait too: not fetched before the first paint; other preloads left alone", () => {
    const preload = (href: string, as = "script") => `<link rel="preload" as="${as}" fetchPriority="low" href="${href}"/>`;
    const out = withLaterScripts(page(`${preload("/_next/static/chunks/err.js")}${preload("/questions/x.json", "fetch")}<link rel="manifest" href="/manifest.webmanifest"/>${chunk("a")}`));
    expect(out).toContain(`<link rel="${LATER_REL}preload" as="script" fetchPriority="low" href="/_next/static/chunks/err.js"/>`);
    expect(out).toContain(`<link rel="${LATER_REL}manifest" href="/manifest.webmanifest"/>`);
    expect(out).not.toContain('<link rel="manifest"');
    expect(out).toContain(preload("/questions/x.json", "fetch"));
    expect(out).not.toContain('<link rel="preload" as="script"');
  });

  it("the drill's preloads that wait for the paint are links this loader gives their rel back", () => {
    expect(AFTER_PAINT_PRELOAD).toBe(`${LATER_REL}preload`);
  });

  it("a page without chunks is left as it is, and a page done already is refused", () => {
    const plain = page("<title>x</title>");
    expect(withLaterScripts(plain)).toBe(plain);
    expect(() => withLaterScripts(withLaterScripts(page(chunk("a"))))).toThrow(/already/);
  });

  const named = (...names: string[]) => (document.head.innerHTML = names.map((n) => `<script type="${LATER_TYPE}" src="/_next/static/chunks/${n}.js"></script>`).join(""));
  const started = () => [...document.querySelectorAll("script:not([type])")].map((s) => (s as HTMLScriptElement).getAttribute("src"));
  const frames = () => {
    const queue: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((cb) => queue.push(cb));
    return queue;
  };
  afterEach(() => vi.unstubAllGlobals());

  it("without paint timing, the loader starts each chunk as an async script two frames after parsing, in a task of its own", async () => {
    named("a", "b");
    const queue = frames();
    new Function(LATER_LOADER)();
    expect(started()).toEqual([]);
    queue.shift()!(0);
    expect(queue).toHaveLength(1);
    queue.shift()!(0);
    expect(started()).toEqual([]);
    document.head.insertAdjacentHTML("beforeend", `<link rel="${LATER_REL}preload" as="script" href="/_next/static/chunks/err.js"><link rel="${LATER_REL}manifest" href="/m.webmanifest">`);
    await new Promise((r) => setTimeout(r, 0));
    expect(started()).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
    // The chunk Next preloaded is preloaded now, with the others, and not run; the manifest is the page's again.
    expect(document.querySelector('link[href="/_next/static/chunks/err.js"]')?.getAttribute("rel")).toBe("preload");
    expect(document.querySelector('link[href="/m.webmanifest"]')?.getAttribute("rel")).toBe("manifest");
    expect([...document.querySelectorAll("script:not([type])")].every((s) => (s as HTMLScriptElement).async)).toBe(true);
  });

  it("with paint timing, nothing starts before the first contentful paint is reported, however many frames pass", async () => {
    named("a");
    const observers: ((list: { getEntriesByName: (n: string) => unknown[] }) => void)[] = [];
    class FakeObserver {
      static supportedEntryTypes = ["paint"];
      constructor(cb: (list: { getEntriesByName: (n: string) => unknown[] }) => void) {
        observers.push(cb);
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal("PerformanceObserver", FakeObserver);
    const queue = frames();
    new Function(LATER_LOADER)();
    expect(queue).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 0));
    expect(started()).toEqual([]);
    observers[0]!({ getEntriesByName: (n) => (n === "first-contentful-paint" ? [{}] : []) });
    queue.shift()!(0);
    queue.shift()!(0);
    await new Promise((r) => setTimeout(r, 0));
    expect(started()).toEqual(["/_next/static/chunks/a.js"]);
  });

  it("a hidden page, which paints no frame, starts them at once", () => {
    named("a");
    vi.spyOn(document, "hidden", "get").mockReturnValue(true);
    new Function(LATER_LOADER)();
    expect(document.querySelectorAll("script:not([type])")).toHaveLength(1);
  });
});
