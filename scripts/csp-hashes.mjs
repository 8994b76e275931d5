/**
 * After `next build`: gives every exported page a Content-Security-Policy <meta> tag that allows
 * exactly the inline scripts that page contains, by SHA-256. Next.js writes inline scripts (the
 * page's React Server Components payload, and our pre-paint theme script) whose text differs from
 * page to page, and a static host cannot send a different header per page or a nonce; so the
 * host's header (public/_headers) sets the rest of the policy and this tag narrows script-src.
 *
 *   node scripts/csp-hashes.mjs [dir]     (default: out)
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const MARK = 'http-equiv="Content-Security-Policy"';

/** Base64 SHA-256 of each inline script's text, in the order they appear, without duplicates. */
export function inlineScriptHashes(html) {
  const hashes = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1] ?? "") && (m[2] ?? "") !== "")
    .map((m) => `'sha256-${createHash("sha256").update(m[2] ?? "", "utf8").digest("base64")}'`);
  return [...new Set(hashes)];
}

/** The page with its CSP <meta> (after <meta charset>, before any script); throws if it has none to put it after. */
export function withScriptPolicy(html) {
  if (html.includes(MARK)) throw new Error("this page already has a CSP <meta>: run on a fresh build");
  const charset = /<meta charSet="utf-8"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('no <meta charSet="utf-8"> to place the CSP <meta> after: has the HTML changed shape?');
  // 'wasm-unsafe-eval' as in the host's header: a page scans a long stored history in WebAssembly
  // (src/lib/progress/log-scan-wasm.ts); JavaScript eval stays forbidden.
  const policy = ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScriptHashes(html)].join(" ");
  const end = charset.index + charset[0].length;
  return `${html.slice(0, end)}<meta ${MARK} content="${policy}"/>${html.slice(end)}`;
}

export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "_next" ? [] : htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2] ?? process.env.PREPDECK_DIST_DIR ?? "out";
  const files = htmlFiles(dir);
  for (const file of files) writeFileSync(file, withScriptPolicy(readFileSync(file, "utf8")));
  console.log(`CSP: inline-script hashes written into ${files.length} pages under ${dir}/`);
}
