/**
 * Helpers shared by the benchmark scripts (scripts/bench*.mjs): builds, first-load JavaScript,
 * generated content, a static server. Nothing here runs on import.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import vm from "node:vm";
import path from "node:path";
import { gzipSync } from "node:zlib";
import compression from "compression";
import handler from "serve-handler";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const TMP = path.join(ROOT, "bench", "tmp");
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
/** Same level as the `gzip-size` package that Next's old "First Load JS" column used. */
export const GZIP_LEVEL = 9;

export const gzipBytes = (buf) => gzipSync(buf, { level: GZIP_LEVEL }).length;

/** Installed versions of what decides the framework's share of the bundle. */
export function frameworkVersions() {
  const v = (name) => JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")).version;
  return { next: v("next"), react: v("react"), "react-dom": v("react-dom") };
}

function htmlFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "_next" ? [] : htmlFiles(full, base);
    return name.endsWith(".html") ? [path.relative(base, full)] : [];
  });
}

/** "index.html" → "/", "django/admin.html" → "/django/admin", "404.html" → "/404". */
export function routeOf(file) {
  const noExt = file.replace(/\\/g, "/").replace(/\.html$/, "");
  return noExt === "index" ? "/" : `/${noExt.replace(/\/index$/, "")}`;
}

/** The modern scripts an HTML page loads: every `<script src>` except `noModule` polyfills. */
export function scriptSources(html) {
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((m) => m[1])
    .filter((attrs) => !/\bnomodule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/i.exec(attrs)?.[1])
    .filter(Boolean);
}

/**
 * First-load JavaScript of every exported page in `exportDir`, gzip level 9: the sum of the
 * modern `<script src>` files each HTML page references. `_not-found.html` is the same page as
 * 404.html and is left out.
 */
export function firstLoadJs(exportDir) {
  const cache = new Map();
  const sizeOf = (src) => {
    if (!cache.has(src)) {
      const file = path.join(exportDir, src.split("?")[0].replace(/^\//, ""));
      const buf = readFileSync(file);
      cache.set(src, { src, bytes: buf.length, gzip: gzipBytes(buf) });
    }
    return cache.get(src);
  };
  return htmlFiles(exportDir)
    .filter((f) => f !== "_not-found.html")
    .sort()
    .map((file) => {
      const html = readFileSync(path.join(exportDir, file));
      const scripts = scriptSources(html.toString("utf8")).map(sizeOf);
      return {
        route: routeOf(file),
        file,
        htmlBytes: html.length,
        htmlGzip: gzipBytes(html),
        jsBytes: scripts.reduce((s, c) => s + c.bytes, 0),
        jsGzip: scripts.reduce((s, c) => s + c.gzip, 0),
        scripts,
      };
    });
}

/** Sum of RSS (bytes) of `pid` and all its descendants, from /proc. */
function treeRss(pid) {
  let children;
  try {
    children = new Map();
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        if (!children.has(ppid)) children.set(ppid, []);
        children.get(ppid).push(Number(name));
      } catch {
        // the process ended while we looked
      }
    }
  } catch {
    return 0;
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/**
 * Runs a command to completion and measures it: wall time, the peak of the summed RSS of the
 * process tree (sampled every 100 ms; Next builds in worker processes), and the largest single
 * process's max RSS as /usr/bin/time reports it.
 */
export function runMeasured(cmd, args, { cwd = ROOT, env = {}, log } = {}) {
  const useTime = existsSync("/usr/bin/time");
  const timeFile = path.join(TMP, `.time-${process.pid}-${Date.now()}.txt`);
  mkdirSync(TMP, { recursive: true });
  const [c, a] = useTime ? ["/usr/bin/time", ["-f", "%M", "-o", timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(c, a, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const stamps = []; // [ms since start, text]: when each piece of output arrived
    const onData = (d) => {
      output += d;
      stamps.push([performance.now() - t0, String(d)]);
      if (log) process.stderr.write(d);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    child.on("close", (code) => {
      clearInterval(timer);
      const ms = performance.now() - t0;
      let maxRssSingle = null;
      if (useTime && existsSync(timeFile)) {
        const kb = Number(readFileSync(timeFile, "utf8").trim().split("\n").pop());
        if (Number.isFinite(kb)) maxRssSingle = kb * 1024;
        rmSync(timeFile, { force: true });
      }
      resolve({ code, ms, peakTreeRss: peak, maxRssSingle, output, stamps });
    });
  });
}

/**
 * `next build` of this project with another content folder and export folder (both relative to
 * the project). The intermediate build shares `.next/` with everyone else's builds, and Next locks
 * it: a build that finds the lock taken is retried.
 */
export async function buildProject({ contentDir, distDir, log }) {
  rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  const env = { PREPDECK_DIST_DIR: distDir, ...(contentDir ? { PREPDECK_CONTENT_DIR: contentDir } : {}) };
  for (let attempt = 1; ; attempt++) {
    const r = await runMeasured(process.execPath, [NEXT_BIN, "build"], { env, log });
    if (r.code === 0) return r;
    if (attempt < 10 && /Another .*(process|server) is already running/.test(r.output)) {
      process.stderr.write(`next build: .next is locked by another build, retrying in 20 s (attempt ${attempt})\n`);
      await new Promise((res) => setTimeout(res, 20_000));
      continue;
    }
    throw new Error(`next build failed (exit ${r.code}) for ${distDir}:\n${r.output.slice(-4000)}`);
  }
}

/**
 * A bare one-page Next.js app with this project's versions and export settings, built in
 * bench/tmp/bare (inside the project, so Turbopack resolves the project's node_modules). Its pages
 * are .jsx, not .tsx, so the project's `tsc` (which includes every **\/*.ts(x)) does not pick them
 * up; the compiled client JavaScript is the same either way.
 */
export async function buildBare({ log } = {}) {
  const dir = path.join(TMP, "bare");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(
    path.join(dir, "next.config.mjs"),
    `import path from "node:path";
export default {
  output: "export",
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: path.resolve(import.meta.dirname, "../../..") },
};
`,
  );
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    `export const metadata = { title: "Bare" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  );
  writeFileSync(
    path.join(dir, "app", "page.jsx"),
    `export default function Page() {
  return (
    <main>
      <h1>Hello</h1>
    </main>
  );
}
`,
  );
  const r = await runMeasured(process.execPath, [NEXT_BIN, "build", dir], { log });
  if (r.code !== 0) throw new Error(`bare next build failed:\n${r.output.slice(-4000)}`);
  const pages = firstLoadJs(path.join(dir, "out"));
  rmSync(path.join(dir, ".next"), { recursive: true, force: true });
  const page = pages.find((p) => p.route === "/");
  return { ...r, page, exportDir: path.join(dir, "out") };
}

const FENCE = "```";

/** A bank of `topics` × `perTopic` cards in the Django deck's format, each answer with code. */
export function generateBank(dir, topics = 100, perTopic = 100) {
  rmSync(dir, { recursive: true, force: true });
  const deckDir = path.join(dir, "bench");
  mkdirSync(deckDir, { recursive: true });
  writeFileSync(path.join(deckDir, "_deck.md"), `---\ntitle: Bench\ndescription: A generated bank of ${topics * perTopic} cards for benchmarks.\n---\n`);
  for (let t = 1; t <= topics; t++) {
    const num = String(t).padStart(3, "0");
    let md = `---\ntitle: "Topic ${num}: generated questions"\norder: ${t}\n---\n\n`;
    for (let c = 1; c <= perTopic; c++) {
      const n = String(c).padStart(3, "0");
      md += `## How does feature ${n} of topic ${t} work in practice?

Feature ${n} keeps a \`Registry\` of handlers and resolves each request lazily, so nothing runs until the result is used. The answer is long enough to look like a real one: it explains the mechanism, the trade-offs and the usual mistakes.

**Key points**

- The registry is built once at start-up and read on every request.
- Lookups are \`O(1)\` dictionary hits; misses fall back to the default handler.
- Tests replace the registry with \`override_settings\` and assert on \`assertNumQueries()\`.

${FENCE}python
class Feature${n}Handler(BaseHandler):
    cache = {}

    def handle(self, request, *args, **kwargs):
        key = (request.path, tuple(sorted(kwargs.items())))
        if key not in self.cache:
            self.cache[key] = super().handle(request, *args, **kwargs)
        return self.cache[key]
${FENCE}

**Docs:** [Feature ${n}](https://docs.djangoproject.com/en/5.2/topics/)

`;
    }
    writeFileSync(path.join(deckDir, `${num}-topic-${num}.md`), md);
  }
}

/**
 * Serves a static export like scripts/serve.mjs does (clean URLs, 404.html). With `cdn: true` it
 * also answers as a static host or CDN would: gzip for text, and `immutable` caching for the
 * content-hashed files under /_next/static (what Lighthouse's transfer and cache audits look at).
 */
export function serveExport(dir, { port, cdn = false } = {}) {
  const gzip = cdn ? compression({ threshold: 0 }) : null;
  const headers = cdn ? [{ source: "_next/static/**", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] }] : [];
  const serve = (req, res) => handler(req, res, { public: dir, cleanUrls: true, trailingSlash: false, directoryListing: false, headers });
  const server = http.createServer((req, res) => (gzip ? gzip(req, res, () => serve(req, res)) : serve(req, res)));
  return listenInRange(server, port).then((p) => ({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(() => r())) }));
}

/**
 * Ports the bench may use on this shared machine: BENCH_PORTS="first-last" (default 4270-4279).
 * Servers and Chrome's debugging port take the first free one in the range, never a random port.
 */
export function benchPortRange() {
  const [first, last] = (process.env.BENCH_PORTS ?? "4270-4279").split("-").map(Number);
  return { first, last: last ?? first };
}

/** Listens on `port`, or else on the first free port of benchPortRange(); resolves with the port. */
export async function listenInRange(server, port) {
  const { first, last } = benchPortRange();
  const candidates = port ? [port] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  for (const p of candidates) {
    const ok = await new Promise((resolve, reject) => {
      const onError = (e) => (e.code === "EADDRINUSE" ? resolve(false) : reject(e));
      server.once("error", onError);
      server.listen(p, "127.0.0.1", () => {
        server.off("error", onError);
        resolve(true);
      });
    });
    if (ok) return p;
  }
  throw new Error(`no free port in ${first}-${last} (set BENCH_PORTS=first-last)`);
}

/** A free port of benchPortRange() for a process we launch (Chrome's remote debugging port). */
export async function freeBenchPort() {
  const probe = http.createServer();
  const p = await listenInRange(probe);
  await new Promise((r) => probe.close(() => r()));
  return p;
}

/**
 * Card ids of an export, in bank order: the `cards` of every topic's questions file under data/
 * (the per-card answer files beside them hold no `cards`).
 */
export function exportCardIds(exportDir) {
  const ids = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".json")) {
        const doc = JSON.parse(readFileSync(full, "utf8"));
        if (Array.isArray(doc.cards)) ids.push(...doc.cards.map((c) => c.id));
      }
    }
  };
  walk(path.join(exportDir, "data"));
  return ids;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
}

export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null;
}

export const kb = (n) => (n == null ? "–" : `${(n / 1024).toFixed(1)} KiB`);
export const mb = (n) => (n == null ? "–" : `${(n / 1024 / 1024).toFixed(0)} MiB`);

/**
 * The modules of a Turbopack chunk (`TURBOPACK.push([script, id, factory, id, factory, …])`),
 * each with its source text, by running the chunk in an empty VM context that only records the
 * push. Turbopack merges (scope-hoists) modules, so one "module" may hold several files.
 */
export function chunkModules(file) {
  const ctx = { TURBOPACK: [] };
  ctx.globalThis = ctx;
  try {
    vm.runInNewContext(readFileSync(file, "utf8"), ctx, { timeout: 1000 });
  } catch {
    return [];
  }
  const mods = [];
  for (const entry of ctx.TURBOPACK) {
    if (!Array.isArray(entry)) continue;
    for (let i = 1; i < entry.length; i++) if (typeof entry[i] === "function") mods.push({ id: entry[i - 1], src: entry[i].toString() });
  }
  return mods;
}

/**
 * What a chunk holds: its modules grouped by the markers each matches (`markers`: [name,
 * RegExp][]; a scope-hoisted module can match several: "zod + app: progress store"), each group
 * with its gzip size when compressed alone, largest first.
 */
export function chunkContents(file, markers) {
  const groups = new Map();
  for (const m of chunkModules(file)) {
    const name = markers.filter(([, re]) => re.test(m.src)).map(([n]) => n).join(" + ") || "other";
    groups.set(name, `${groups.get(name) ?? ""}${m.src}\n`);
  }
  return [...groups].map(([name, src]) => ({ name, gzip: gzipBytes(Buffer.from(src)) })).sort((a, b) => b.gzip - a.gzip);
}
