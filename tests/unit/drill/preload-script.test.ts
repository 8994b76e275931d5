import { AFTER_PAINT_PRELOAD, preloadScript } from "@/lib/drill/preload-script";

const KEYS = ["django/orm", "django/views", "python/gil"];

/** Runs the script against a query string; returns the preload links it added. */
function preloads(search: string, afterPaint = false): { rel: string; as: string; crossOrigin: string; href: string }[] {
  const added: { rel: string; as: string; crossOrigin: string; href: string }[] = [];
  const document = { createElement: () => ({ rel: "", as: "", crossOrigin: "", href: "" }), head: { appendChild: (l: (typeof added)[number]) => added.push(l) } };
  new Function("location", "document", preloadScript(KEYS, { afterPaint }))({ search }, document);
  return added;
}

describe("the drill page's preload script", () => {
  it("preloads the questions of the selected topics as fetches the page's own fetch will reuse", () => {
    expect(preloads("?topics=django/views,python/gil&mode=shuffle&seed=x")).toEqual([
      { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: "/data/django/views.json" },
      { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: "/data/python/gil.json" },
    ]);
  });

  it("after the first paint, when asked: the same links, inert until the page's chunk loader gives them their rel", () => {
    expect(preloads("?topics=python/gil", true)).toEqual([{ rel: AFTER_PAINT_PRELOAD, as: "fetch", crossOrigin: "anonymous", href: "/data/python/gil.json" }]);
  });

  it("reads repeated topics params, and every topic for `all` or none", () => {
    expect(preloads("?topics=django/orm&topics=python/gil").map((l) => l.href)).toEqual(["/data/django/orm.json", "/data/python/gil.json"]);
    expect(preloads("?topics=all&mode=due")).toHaveLength(3);
    expect(preloads("")).toHaveLength(3);
  });

  it("fetches nothing the bank does not have, whatever the query says", () => {
    expect(preloads("?topics=../../secret,django/nope,django/orm,django/orm")).toEqual([expect.objectContaining({ href: "/data/django/orm.json" })]);
  });

  it("has nothing in it that could end its script element", () => {
    expect(preloadScript(KEYS)).not.toMatch(/<\//);
  });
});
