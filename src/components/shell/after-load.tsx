"use client";

import type { ReactNode } from "react";
import { useAfterLoad } from "@/hooks/use-after-load";

/**
 * Renders `children` once the page has loaded and the browser is idle (see useAfterLoad), and
 * `fallback` until then (the server's HTML: same size, so nothing moves). With `now`, at once.
 */
export function AfterLoad({ children, fallback = null, now = false }: { children: ReactNode; fallback?: ReactNode; now?: boolean }) {
  const ready = useAfterLoad();
  return <>{ready || now ? children : fallback}</>;
}
