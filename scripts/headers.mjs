/**
 * Reads public/_headers (Netlify / Cloudflare Pages format): the one source of the security
 * headers that scripts/serve.mjs sends and vercel.json and deploy/nginx.conf repeat.
 */
import { readFileSync } from "node:fs";

/**
 * `_headers` text → rules `{ path, headers: [[name, value]] }`. A line starting in column 0 is a
 * path; an indented `Name: value` line is a header of the path above; `#` lines are comments.
 * Throws, naming the line, on anything else.
 */
export function parseHeaders(text) {
  const rules = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "" || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, got: ${line.trim()}`);
    rule.headers.push([m[1], m[2].trim()]);
  });
  return rules;
}

/** The rules of public/_headers. */
export function readHeaders(file = new URL("../public/_headers", import.meta.url)) {
  return parseHeaders(readFileSync(file, "utf8"));
}

/** Netlify's `/*` and `/path/*` as the glob serve-handler's `headers` option expects. */
export function toServeHandler(rules) {
  return rules.map((r) => ({
    source: r.path === "/*" ? "**" : r.path.replace(/^\//, "").replace(/\/\*$/, "/**"),
    headers: r.headers.map(([key, value]) => ({ key, value })),
  }));
}
