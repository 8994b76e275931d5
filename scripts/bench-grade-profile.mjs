/**
 * A CPU profile of grading on /drill in Chromium with a long stored history: where the time of
 * `--grades` flips and grades goes, by function (self and inclusive), and the main thread's
 * script time per grade (Performance.getMetrics). For finding what a grade costs, not a budget.
 *
 *   node scripts/bench-grade-profile.mjs <export dir> [--grades=20] [--cards=65|10000|none]
 *
 * `--cards=none` stores nothing: what a grade costs a new user.
 */
import path from "node:path";
import { chromium } from "@playwright/test";
import { serveExport } from "./bench-lib.mjs";
import { CHROMIUM_ARGS } from "./bench-interaction.mjs";
import { standardScenarios } from "./bench-load.mjs";

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const exportDir = path.resolve(args.find((a) => !a.startsWith("--")) ?? "out");
const grades = Number(opt("grades") ?? 20);
const scenario = opt("cards") === "none" ? { name: "nothing stored", stored: null } : standardScenarios(exportDir).find((s) => s.stored !== null && (opt("cards") === "10000" ? s.name.includes("10,000") : !s.name.includes("10,000")));

const server = await serveExport(exportDir);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${server.url}/404`);
  if (scenario.stored !== null) await page.evaluate((v) => localStorage.setItem("prepdeck:progress", v), scenario.stored);
  await page.goto(`${server.url}/drill?topics=all&mode=shuffle&seed=profile`);
  await page.locator('[data-progress="ready"]').waitFor({ timeout: 120_000 });
  // Two grades first: the first flip derives every card's state (a full replay when no checkpoint is
  // stored) and the checkpoint written after it; both are a load's cost, not a grade's.
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press("Space");
    await page.waitForTimeout(300);
    await page.keyboard.press("3");
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(2000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  const metric = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ScriptDuration").value * 1000;
  const before = await metric();
  await cdp.send("Profiler.start");
  for (let i = 0; i < grades; i++) {
    await page.keyboard.press("Space");
    await page.waitForTimeout(150);
    await page.keyboard.press("3");
    await page.waitForTimeout(400);
  }
  const { profile } = await cdp.send("Profiler.stop");
  const scriptMs = (await metric()) - before;
  if (process.env.PROFILE_OUT) (await import("node:fs")).writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const incl = new Map();
  const label = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
  profile.samples.forEach((s, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(s);
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set();
    for (let id = s; id !== undefined; id = parent.get(id)) {
      const l = label(byId.get(id));
      if (!seen.has(l)) incl.set(l, (incl.get(l) ?? 0) + dt);
      seen.add(l);
    }
  });
  // Where the storage writes come from: the callers of each native setItem, by time.
  const writers = new Map();
  profile.samples.forEach((s, i) => {
    const node = byId.get(s);
    if (node.callFrame.functionName !== "setItem") return;
    const chain = [];
    for (let id = parent.get(s); id !== undefined && chain.length < 8; id = parent.get(id)) chain.push(label(byId.get(id)));
    const k = chain.join(" < ");
    writers.set(k, (writers.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / grades).toFixed(2).padStart(8)} ms/grade  ${k}`);
  console.log(`${scenario.name}: ${grades} flips + grades, page script ${(scriptMs / grades).toFixed(1)} ms per flip+grade`);
  console.log("self:\n" + top(self, 25).join("\n"));
  console.log("inclusive:\n" + top(incl, 40).join("\n"));
  console.log("setItem called from:\n" + top(writers, 5).join("\n"));
} finally {
  await browser.close();
  await server.close();
}
