/**
 * The colour theme: light, dark, or the system's (the default). Kept in its own small
 * localStorage key, apart from the progress store, because an inline script must read it before
 * the first paint, long before any store loads. Pure: no React, no DOM access at import.
 */

export const THEME_KEY = "prepdeck:theme";

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** What a stored value means; anything unreadable is the default, "system". */
export function parseTheme(raw: unknown): Theme {
  return typeof raw === "string" && (THEMES as readonly string[]).includes(raw) ? (raw as Theme) : "system";
}

/** The theme after `theme` in the header's cycle: system → light → dark → system. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? "system";
}

export const THEME_LABELS: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };

/**
 * Marks `<html>` with the chosen theme: `.light` or `.dark` for an explicit choice, nothing for
 * "system" (the stylesheet then follows `prefers-color-scheme`, live).
 */
export function applyTheme(root: { classList: DOMTokenList }, theme: Theme): void {
  root.classList.toggle("light", theme === "light");
  root.classList.toggle("dark", theme === "dark");
}

/**
 * The inline script in `<head>` that applies the stored theme before the first paint. Written out
 * by hand (it runs before any bundle) and kept equal to `parseTheme` + `applyTheme` by a unit test.
 * Its SHA-256 goes into each page's Content-Security-Policy after the build.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.classList.add(t)}catch(e){}`;
