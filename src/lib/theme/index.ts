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

/** The attribute of the header's theme button, and the one its React component adds once it is live. */
export const THEME_TOGGLE_ATTR = "data-theme-toggle";
export const LIVE_ATTR = "data-live";

/**
 * The inline script in `<head>` that applies the stored theme before the first paint. Written out
 * by hand (it runs before any bundle) and kept equal to `parseTheme` + `applyTheme` by a unit test.
 * Its SHA-256 goes into each page's Content-Security-Policy after the build.
 *
 * It also answers a click on the header's theme button until the button is live (the page's
 * scripts start after the first paint): it moves to `nextTheme`, stores and applies it as
 * `storeTheme` does, and stops the click there, so React never sees that click and cannot switch
 * a second time (a unit test holds it equal to the component's cycle).
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.classList.add(t)}catch(e){}
addEventListener("click",function(e){var b=e.target&&e.target.closest&&e.target.closest("[${THEME_TOGGLE_ATTR}]");if(!b||b.hasAttribute("${LIVE_ATTR}"))return;e.stopImmediatePropagation();var s=null;try{s=localStorage.getItem(${JSON.stringify(THEME_KEY)})}catch(x){}
var n=s==="light"?"dark":s==="dark"?"system":"light";try{if(n==="system")localStorage.removeItem(${JSON.stringify(THEME_KEY)});else localStorage.setItem(${JSON.stringify(THEME_KEY)},n)}catch(x){}
var c=document.documentElement.classList;c.toggle("light",n==="light");c.toggle("dark",n==="dark")},true)`.replace(/\n/g, "");
