import { describe, expect, it } from "vitest";
import { loaderScript, paintFirst } from "../../../scripts/paint-first.mjs";

// The shape Next 16 exports: async chunks in <head> after the stylesheet, a polyfill for old
// browsers, inline payload scripts in <body>, and the page's own chunk with a low-priority preload.
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/page.js"/>' +
  '<script src="/_next/static/chunks/one.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-two.js" async=""></script>' +
  "<script>document.documentElement.dataset.theme='x'</script>" +
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>' +
  "</head><body><main><h1>Topics</h1></main>" +
  '<script src="/_next/static/chunks/page.js" async=""></script>' +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>";

interface FakeScript {
  src: string;
  async: boolean;
}

/** Runs the page's loader against a fake document; returns what it added and the callbacks it left. */
function runLoader(html: string, visibility: "visible" | "hidden") {
  const code = /<script data-paint-first="">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!code) throw new Error("no loader in the page");
  const added: string[] = [];
  const frames: (() => void)[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const document = {
    visibilityState: visibility,
    createElement: (): FakeScript => ({ src: "", async: false }),
    head: { appendChild: (e: FakeScript) => added.push(`${e.src}${e.async ? " async" : ""}`) },
  };
  const requestAnimationFrame = (run: () => void) => frames.push(run);
  const setTimeout = (run: () => void, ms: number) => timers.push({ run, ms });
  new Function("document", "requestAnimationFrame", "setTimeout", code)(document, requestAnimationFrame, setTimeout);
  return { added, frames, timers };
}

describe("paintFirst: the framework's scripts run after the first paint", () => {
  const out = paintFirst(PAGE);

  it("takes every async chunk out of the HTML, keeping the download early with a preload", () => {
    expect(out).not.toMatch(/<script src="[^"]*" async="">/);
    for (const src of ["one.js", "turbopack-two.js"]) {
      expect(out).toContain(`<link rel="preload" as="script" href="/_next/static/chunks/${src}"/>`);
    }
    // Already preloaded by Next: not twice.
    expect(out.match(/href="\/_next\/static\/chunks\/page\.js"/g)).toHaveLength(1);
  });

  it("leaves everything else where it was: inline scripts, the polyfill, the content", () => {
    expect(out).toContain("<script>document.documentElement.dataset.theme='x'</script>");
    expect(out).toContain('<script src="/_next/static/chunks/polyfill.js" noModule=""></script>');
    expect(out).toContain("<main><h1>Topics</h1></main>");
    expect(out.indexOf("(self.__next_f=self.__next_f||[]).push([0])")).toBeLessThan(out.indexOf("data-paint-first"));
    expect(out.endsWith("</script></body></html>")).toBe(true);
  });

  it("adds the chunks in their order once a frame was drawn and shown, not before", () => {
    const { added, frames, timers } = runLoader(out, "visible");
    expect(added).toEqual([]);
    frames.shift()?.();
    expect(added).toEqual([]); // the first frame is not drawn yet while its callbacks run
    expect(timers.filter((t) => t.ms === 0)).toEqual([]);
    frames.shift()?.(); // the next frame: the first one has been drawn
    expect(added).toEqual([]);
    timers.filter((t) => t.ms === 0).forEach((t) => t.run());
    expect(added).toEqual(["/_next/static/chunks/one.js async", "/_next/static/chunks/turbopack-two.js async", "/_next/static/chunks/page.js async"]);
    // The fallback timer (a frame that never comes) adds nothing twice.
    timers.forEach((t) => t.run());
    expect(added).toHaveLength(3);
  });

  it("adds them at once in a hidden tab, which paints no frames, and after a while when no frame comes", () => {
    expect(runLoader(out, "hidden").added).toHaveLength(3);
    const stuck = runLoader(out, "visible");
    const fallback = stuck.timers.find((t) => t.ms > 0);
    expect(fallback?.ms).toBeLessThanOrEqual(2000);
    fallback?.run();
    expect(stuck.added).toHaveLength(3);
  });

  it("leaves a page without framework chunks alone and refuses a page it already rewrote", () => {
    const plain = "<html><head></head><body><p>hi</p></body></html>";
    expect(paintFirst(plain)).toBe(plain);
    expect(() => paintFirst(out)).toThrow(/already rewritten/);
  });

  it("escapes the list so no chunk name can end the loader's script", () => {
    const script = loaderScript(["/_next/static/chunks/a</script><script>alert(1)//.js"]);
    expect(script.indexOf("</script>")).toBe(script.length - "</script>".length);
  });
});
