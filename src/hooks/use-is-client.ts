import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/**
 * False on the server and while hydrating, true once rendered in the browser: for values only the
 * browser knows (what this browser stored), so static HTML never shows a default as if it were the
 * user's choice, and hydration never mismatches.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
