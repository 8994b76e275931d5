import { workerOnlyChunks } from "../../../scripts/precache-plan.mjs";

/*
 * The precache leaves out the code only a web worker loads (the service worker keeps it when a page
 * first starts the worker). Leaving out a chunk a page needs would break that page offline, so a
 * chunk counts as the worker's only when no other file names it.
 */
const worker = (chunks: string[]) => `e.v(e.r(1).f("static/chunks/turbopack-worker-abc.js",[${chunks.map((c) => `"static/chunks/${c}"`).join(",")}]))`;

describe("workerOnlyChunks", () => {
  it("finds the chunks only a worker loads, with the worker's own entry chunk that names them", () => {
    const texts = new Map<string, string>([
      ["_next/static/chunks/client.js", `page code; ${worker(["reader.js", "shared.js", "entry.js"])}`],
      ["_next/static/chunks/entry.js", `push({otherChunks:["static/chunks/reader.js","static/chunks/shared.js"]})`],
      ["_next/static/chunks/reader.js", "the markdown pipeline"],
      ["_next/static/chunks/shared.js", "zod"],
      ["add.html", `<script src="/_next/static/chunks/shared.js"></script><script src="/_next/static/chunks/client.js"></script>`],
    ]);
    expect([...workerOnlyChunks(texts)].sort()).toEqual(["entry.js", "reader.js"]);
  });

  it("keeps a chunk that a page loads lazily as well, even when a worker lists it", () => {
    const texts = new Map<string, string>([
      ["_next/static/chunks/client.js", `${worker(["reader.js"])}; e.l("static/chunks/reader.js")`],
      ["_next/static/chunks/reader.js", "code"],
    ]);
    expect([...workerOnlyChunks(texts)]).toEqual([]);
  });

  it("finds nothing in an export without workers", () => {
    expect(workerOnlyChunks(new Map([["index.html", "<p>hi</p>"]])).size).toBe(0);
  });
});
