"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { INTENT_LINK_SELECTOR } from "@/components/shell/prefetch-intent";

const INTENT_EVENTS = ["pointerover", "focusin", "touchstart"] as const;

/**
 * Prefetches a marked link (see prefetch-intent.ts) once a pointer rests on it, a finger touches it
 * or it gets focus: one listener for the whole page instead of a client component per link.
 * Not while offline: the router's prefetch of `/drill?topics=…` goes past the service worker's
 * precache and fails with a console error, and the page it would fetch is in the precache anyway.
 */
export function PrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    const done = new Set<string>();
    const onIntent = (e: Event) => {
      const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>(INTENT_LINK_SELECTOR) : null;
      const href = link?.getAttribute("href");
      if (!href || done.has(href) || !navigator.onLine) return;
      done.add(href);
      router.prefetch(href);
    };
    for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, { passive: true });
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent);
    };
  }, [router]);
  return null;
}
