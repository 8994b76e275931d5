import { IMPORT_WORKER_URL } from "@/lib/import/wasm";
import { type ImportRequest, type ImportResponse, responseSchema } from "@/lib/import/protocol";

/** Distributes a request type without its id (TypeScript's Omit does not distribute over unions). */
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;
export type ImportJob = WithoutId<ImportRequest>;
export type ImportOk = Extract<ImportResponse, { ok: true }>["result"];

export interface ImportWorker {
  run(job: ImportJob, transfer?: Transferable[]): Promise<ImportOk>;
  stop(): void;
}

/** The import worker with a promise per request; what comes back is checked against the protocol. */
export function startImportWorker(): ImportWorker {
  // Bundled by scripts/build-worker.mjs into public/vendor/ (not by Turbopack: see that script).
  const worker = new Worker(IMPORT_WORKER_URL);
  const pending = new Map<number, { resolve: (r: ImportOk) => void; reject: (e: Error) => void }>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = responseSchema.safeParse(event.data);
    if (!parsed.success) {
      for (const p of pending.values()) p.reject(new Error("The import worker answered something unexpected. Reload the page and try again."));
      pending.clear();
      return;
    }
    const res = parsed.data;
    const waiting = pending.get(res.id);
    if (!waiting) return;
    pending.delete(res.id);
    if (res.ok) waiting.resolve(res.result);
    else waiting.reject(new Error(res.message));
  };
  worker.onerror = () => {
    for (const p of pending.values()) p.reject(new Error("The import worker stopped. Reload the page and try again."));
    pending.clear();
  };
  return {
    run(job, transfer = []) {
      const id = next++;
      return new Promise<ImportOk>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ ...job, id }, transfer);
      });
    },
    stop() {
      worker.terminate();
    },
  };
}
