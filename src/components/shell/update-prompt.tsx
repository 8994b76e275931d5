"use client";

import type { Serwist } from "@serwist/window";
import { useEffect, useState } from "react";

/**
 * Runs `task` once the page has loaded and the main thread is idle (or after `timeout` ms of
 * waiting for idle), so it never competes with what the page needs to show; returns a cancel.
 */
function whenLoadedAndIdle(task: () => void, timeout = 4000): () => void {
  let cancelled = false;
  let idle: number | undefined;
  const hasIdle = typeof window.requestIdleCallback === "function"; // Safari before 18 has none
  const run = () => {
    if (cancelled) return;
    idle = hasIdle ? window.requestIdleCallback(task, { timeout }) : window.setTimeout(task, 1000);
  };
  if (document.readyState === "complete") run();
  else window.addEventListener("load", run, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener("load", run);
    if (idle === undefined) return;
    if (hasIdle) window.cancelIdleCallback(idle);
    else window.clearTimeout(idle);
  };
}

/**
 * Registers the service worker (production builds only: `next dev` has none, and one left over
 * from a production run on the same origin is removed so it cannot serve stale pages) and, when a
 * new deploy has installed and waits, offers "New version available — Reload". Nothing swaps
 * under someone mid-deck: the new version takes over only when they press Reload.
 * Registration (and with it the precache download of the whole export) starts only after the page
 * has loaded and gone idle, with the registration code loaded then too.
 */
export function UpdatePrompt() {
  const [worker, setWorker] = useState<Serwist | null>(null);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    if (process.env.NODE_ENV !== "production") {
      void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
      return;
    }
    let live = true;
    const cancel = whenLoadedAndIdle(() => {
      void import("@serwist/window").then(({ Serwist }) => {
        if (!live) return;
        const sw = new Serwist("/sw.js", { scope: "/", type: "classic" });
        sw.addEventListener("waiting", () => setWorker(sw));
        // Refused registration (blocked by the browser or a policy): the app still works online.
        sw.register({ immediate: true }).catch(() => undefined);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);

  if (!worker) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-md items-center justify-between gap-3 rounded-xl border border-slate-300 bg-white px-4 py-3 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900"
    >
      <span>New version available</span>
      <span className="flex gap-2">
        <button
          type="button"
          onClick={() => setWorker(null)}
          className="min-h-11 rounded-lg px-3 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          Later
        </button>
        <button
          type="button"
          onClick={() => {
            worker.addEventListener("controlling", () => window.location.reload());
            worker.messageSkipWaiting();
          }}
          className="min-h-11 rounded-lg bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800"
        >
          Reload
        </button>
      </span>
    </div>
  );
}
