/*
 * Where the memory model's workers and fsrs-browser's WebAssembly are served from: scripts/copy-wasm.mjs
 * copies the wasm, scripts/build-worker.mjs bundles the workers with esbuild (Turbopack does not
 * bundle these workers: see that script). The wasm is named by version so a new fsrs-browser is never
 * served from a cache; a unit test checks the version against node_modules.
 */
export const FSRS_BROWSER_VERSION = "5.2.0";
export const FSRS_WASM_URL = `/vendor/fsrs-browser-${FSRS_BROWSER_VERSION}.wasm`;
export const OPTIMIZER_WORKER_URL = "/vendor/optimizer-worker.js";
export const SIMULATOR_WORKER_URL = "/vendor/simulator-worker.js";
