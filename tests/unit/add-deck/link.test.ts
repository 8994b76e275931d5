import { describe, expect, it } from "vitest";
import { fetchLink, type Fetch } from "@/lib/add-deck/github";
import { parseLink } from "@/lib/add-deck/link";

describe("parseLink", () => {
  it("reads GitHub repository, folder and file addresses", () => {
    expect(parseLink("github.com/o/r")).toEqual({ kind: "github", owner: "o", repo: "r", ref: null, path: "", blob: false });
    expect(parseLink("https://github.com/o/r.git")).toMatchObject({ repo: "r" });
    expect(parseLink("https://github.com/o/r/tree/main/docs/db")).toEqual({ kind: "github", owner: "o", repo: "r", ref: "main", path: "docs/db", blob: false });
    expect(parseLink("https://github.com/o/r/blob/v2/Interview%20List.md")).toEqual({ kind: "github", owner: "o", repo: "r", ref: "v2", path: "Interview List.md", blob: true });
    expect(parseLink("https://raw.githubusercontent.com/o/r/main/a.md")).toMatchObject({ kind: "github", ref: "main", path: "a.md", blob: true });
    expect(parseLink("https://example.com/bank.md")).toEqual({ kind: "raw", url: "https://example.com/bank.md" });
  });
  it("refuses what is not an https link to files", () => {
    expect(() => parseLink("http://example.com/a.md")).toThrow(/not an https link/);
    expect(() => parseLink("https://github.com/o/r/issues/3")).toThrow(/holds no files/);
    expect(() => parseLink("not a url at all")).toThrow(/not a link/);
  });
});

type Route = (url: string) => Response;
const fake = (route: Route): Fetch => (url) => Promise.resolve(route(url));
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers });

describe("fetchLink", () => {
  it("reads a repository's default branch, its tree and the markdown in the linked folder only", async () => {
    const asked: string[] = [];
    const files = await fetchLink(parseLink("https://github.com/o/r/tree/main/docs"), (url) => {
      asked.push(url);
      if (url.includes("/git/trees/main")) return Promise.resolve(json({ tree: [{ path: "docs/a.md", type: "blob", size: 5 }, { path: "docs/x.js", type: "blob" }, { path: "README.md", type: "blob" }] }));
      return Promise.resolve(new Response("# A?\n"));
    });
    expect(files.map((f) => f.path)).toEqual(["a.md"]);
    expect(asked).toEqual(["https://api.github.com/repos/o/r/git/trees/main?recursive=1", "https://raw.githubusercontent.com/o/r/main/docs/a.md"]);
  });
  it("asks for the default branch when the link names none", async () => {
    const files = await fetchLink(
      parseLink("github.com/o/r"),
      fake((url) => (url.endsWith("/repos/o/r") ? json({ default_branch: "trunk" }) : url.includes("/trees/trunk") ? json({ tree: [{ path: "README.md", type: "blob" }] }) : new Response("# Q?"))),
    );
    expect(files).toHaveLength(1);
  });
  it("says a 404 may be a private repository, naming the URL and the zip fallback", async () => {
    const err = await fetchLink(parseLink("github.com/o/secret"), fake(() => json({ message: "Not Found" }, 404))).catch((e: unknown) => e);
    expect(String(err)).toMatch(/https:\/\/api\.github\.com\/repos\/o\/secret was not found \(404\).*private/);
    expect(err).toMatchObject({ fallback: expect.stringMatching(/zip/) });
  });
  it("says when GitHub's rate limit is used up", async () => {
    const err = await fetchLink(parseLink("github.com/o/r"), fake(() => json({}, 403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "0" }))).catch((e: unknown) => e);
    expect(String(err)).toMatch(/rate limit/);
  });
  it("says a refused cross-origin read or a network failure, naming the URL", async () => {
    const err = await fetchLink(parseLink("https://example.com/bank.md"), () => Promise.reject(new TypeError("Failed to fetch"))).catch((e: unknown) => e);
    expect(String(err)).toMatch(/Could not fetch https:\/\/example\.com\/bank\.md.*CORS/);
  });
});
