import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { inlineScriptHashes, withScriptPolicy } from "../../../scripts/csp-hashes.mjs";
import { parseHeaders, readHeaders, toServeHandler } from "../../../scripts/headers.mjs";

const shipped = readHeaders();
const all = shipped.find((r) => r.path === "/*")!.headers;

describe("the shipped security headers", () => {
  it("cover every response with a CSP that forbids framing, plus the usual headers", () => {
    const names = all.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]));
    const csp = new Map(all.find(([n]) => n === "Content-Security-Policy")![1].split(/;\s*/).map((d) => [d.split(" ")[0], d] as const));
    expect(csp.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(csp.get("default-src")).toBe("default-src 'self'");
    expect(csp.get("object-src")).toBe("object-src 'none'");
    // WebAssembly (sql.js in the import worker, fsrs-browser in the optimizer's) needs 'wasm-unsafe-eval'; JavaScript eval stays forbidden.
    expect(csp.get("script-src")?.split(" ")).not.toContain("'unsafe-eval'");
    expect(csp.get("script-src")?.split(" ")).toContain("'wasm-unsafe-eval'");
    expect(new Map(all).get("Permissions-Policy")).toContain("microphone=(self)");
    // Added decks' pictures are data: URLs; no remote host, and no blob: (nothing shows images from blobs).
    expect(csp.get("img-src")).toBe("img-src 'self' data:");
  });

  it("are the same in vercel.json", () => {
    const vercel = JSON.parse(readFileSync("vercel.json", "utf8")) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    expect(vercel.headers).toEqual([{ source: "/(.*)", headers: all.map(([key, value]) => ({ key, value })) }]);
  });

  it("are the same in the nginx snippet, which the README shows as it is", () => {
    const nginx = readFileSync("deploy/nginx.conf", "utf8");
    const added = [...nginx.matchAll(/^\s*add_header (\S+) "(.*)" always;$/gm)].map((m) => [m[1], m[2]]);
    expect(added).toEqual(all);
    expect(readFileSync("README.md", "utf8")).toContain(nginx.trim());
  });

  it("are what scripts/serve.mjs sends, for every path", () => {
    expect(toServeHandler(shipped)).toEqual([{ source: "**", headers: all.map(([key, value]) => ({ key, value })) }]);
  });

  it("a malformed _headers line is refused with its line number", () => {
    expect(() => parseHeaders("/*\n  X-Frame-Options DENY\n")).toThrow(/line 2/);
    expect(() => parseHeaders("  X-Frame-Options: DENY\n")).toThrow(/line 1/);
    expect(parseHeaders("# c\n/a/*\n  A: b\n")).toEqual([{ path: "/a/*", headers: [["A", "b"]] }]);
  });
});

describe("per-page script hashes", () => {
  const page = '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/a.js"></script><script>one()</script></head><body><script>two()</script><script>one()</script></body></html>';
  const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

  it("list each inline script once, and no external one", () => {
    expect(inlineScriptHashes(page)).toEqual([sha("one()"), sha("two()")]);
  });

  it("go into a CSP <meta> right after the charset, before any script", () => {
    const out = withScriptPolicy(page);
    expect(out).toContain(`<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval' ${sha("one()")} ${sha("two()")}"/><script src="/a.js">`);
  });

  it("are not added twice, nor to a page without a charset", () => {
    expect(() => withScriptPolicy(withScriptPolicy(page))).toThrow(/already/);
    expect(() => withScriptPolicy("<html><head></head></html>")).toThrow(/charSet/);
  });
});
