import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/*
 * fsrs-browser (the FSRS project's optimizer compiled to WebAssembly) loaded in Node, single-threaded
 * as the app's worker runs it. Its thread helper listens for messages on `self` as it is imported,
 * so Node gets an inert `self` first; no thread pool is started.
 */
export async function loadFsrsBrowser() {
  const g = globalThis as unknown as { self?: unknown; addEventListener?: unknown };
  g.self ??= globalThis;
  g.addEventListener ??= () => undefined;
  const mod = await import("fsrs-browser");
  const wasm = readFileSync(createRequire(import.meta.url).resolve("fsrs-browser/fsrs_browser_bg.wasm"));
  mod.initSync({ module: wasm });
  return mod;
}
