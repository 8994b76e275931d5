"use client";

import { useCallback, useSyncExternalStore } from "react";
import { applyTheme, parseTheme, type Theme, THEME_KEY } from "@/lib/theme";

// Same-tab changes: the `storage` event fires only in other tabs, so both controls (header and
// Settings) also listen for this one.
const CHANGE = "prepdeck:theme-change";

/** The stored theme ("system" when none or storage is disabled). */
export function readTheme(): Theme {
  try {
    return parseTheme(window.localStorage.getItem(THEME_KEY));
  } catch {
    return "system";
  }
}

/** Stores `next`, applies it to <html> at once and tells the other controls on this page. */
export function storeTheme(next: Theme): void {
  try {
    if (next === "system") window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, next);
  } catch {
    // Storage disabled: the choice still applies to this page.
  }
  applyTheme(document.documentElement, next);
  window.dispatchEvent(new Event(CHANGE));
}

/** Applies a theme chosen in another tab to this page; calls `onChange` after any change. Returns the unsubscribe. */
export function followThemeChanges(onChange: () => void = () => {}): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key !== THEME_KEY) return;
    applyTheme(document.documentElement, readTheme());
    onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE, onChange);
  };
}

/**
 * The stored theme and a setter that stores it, applies it at once and tells the other controls.
 * Renders "system" on the server and during hydration, then the stored value.
 */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(followThemeChanges, readTheme, () => "system" as const);
  const setTheme = useCallback((next: Theme) => storeTheme(next), []);
  return [theme, setTheme];
}
