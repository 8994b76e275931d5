"use client";

import { useEffect, useRef } from "react";
import { followThemeChanges, readTheme, storeTheme } from "@/hooks/use-theme";
import { LIVE_ATTR, nextTheme, THEME_LABELS, THEME_TOGGLE_ATTR, THEMES, type Theme } from "@/lib/theme";

const ICONS: Record<Theme, string> = {
  // A circle with its left half filled, a sun and a moon, drawn in 24×24.
  system: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z",
  light: "M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z M12 2v2 M12 20v2 M4.9 4.9l1.4 1.4 M17.7 17.7l1.4 1.4 M2 12h2 M20 12h2 M4.9 19.1l1.4-1.4 M17.7 6.3l1.4-1.4",
  dark: "M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z",
};

/**
 * The header's theme switch: one button cycling System → Light → Dark, saying what it shows and
 * what comes next. It holds one face per theme and the stylesheet shows the one matching <html>'s
 * class (globals.css, `.theme-face-*`), which the inline theme script sets before the first paint:
 * the right icon and name are in the first frame, before hydration, with no state to keep in sync.
 */
export function ThemeToggle() {
  const button = useRef<HTMLButtonElement>(null);
  // The header is on every page: it applies a theme chosen in another tab. Marked live, the
  // button's clicks are React's; until then the inline theme script answers them (THEME_SCRIPT).
  useEffect(() => {
    button.current?.setAttribute(LIVE_ATTR, "");
    return followThemeChanges();
  }, []);
  return (
    <button
      ref={button}
      type="button"
      onClick={() => storeTheme(nextTheme(readTheme()))}
      {...{ [THEME_TOGGLE_ATTR]: "" }}
      data-testid="theme-toggle"
      className="inline-flex h-11 w-11 items-center justify-center rounded text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      {THEMES.map((theme) => (
        <span key={theme} className={`theme-face-${theme}`} title={`Theme: ${THEME_LABELS[theme]}`}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
            <path d={ICONS[theme]} />
            {theme === "system" ? <path d="M12 3a9 9 0 0 0 0 18z" fill="currentColor" /> : null}
          </svg>
          <span className="sr-only">{`Theme: ${THEME_LABELS[theme]}. Switch to ${THEME_LABELS[nextTheme(theme)]}`}</span>
        </span>
      ))}
    </button>
  );
}
