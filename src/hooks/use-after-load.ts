"use client";

import { useEffect, useState } from "react";

/**
 * False on the server, during hydration and until the page has loaded and the browser is idle;
 * then true. For islands nothing on the first paint needs (stored counts, the service worker's
 * update prompt): their code and work then run after the page is shown, not before or during it.
 * `timeout`: the longest wait for idleness after load, in ms.
 */
export function useAfterLoad(timeout = 1500): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const go = () => {
      // Safari has no requestIdleCallback: a short timer after load does.
      if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(() => setReady(true), { timeout });
      else timer = setTimeout(() => setReady(true), 50);
    };
    if (document.readyState === "complete") go();
    else window.addEventListener("load", go, { once: true });
    return () => {
      window.removeEventListener("load", go);
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [timeout]);
  return ready;
}
