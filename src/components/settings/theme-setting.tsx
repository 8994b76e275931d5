"use client";

import { useIsClient } from "@/hooks/use-is-client";
import { useTheme } from "@/hooks/use-theme";
import { THEME_LABELS, THEMES } from "@/lib/theme";

/**
 * The theme choice in Settings: the same setting as the header's switch, as three radio buttons.
 * Rendered in the static HTML with nothing chosen (the choice lives in this browser), and checked
 * as soon as the page hydrates; it never waits for the progress store.
 */
export function ThemeSetting({ className }: { className?: string }) {
  const [theme, setTheme] = useTheme();
  const known = useIsClient();
  return (
    <section aria-labelledby="theme-setting" className={className}>
      <h2 id="theme-setting" className="text-lg font-semibold">
        Theme
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">System follows your device&apos;s light or dark setting.</p>
      <div role="radiogroup" aria-labelledby="theme-setting" className="flex flex-wrap gap-2">
        {THEMES.map((t) => (
          <label
            key={t}
            className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:disabled]:cursor-default dark:border-slate-600 dark:has-[:checked]:border-blue-300 dark:has-[:checked]:bg-slate-800"
          >
            <input type="radio" name="theme" value={t} checked={known && theme === t} disabled={!known} onChange={() => setTheme(t)} className="h-4 w-4 accent-blue-700" />
            {THEME_LABELS[t]}
          </label>
        ))}
      </div>
    </section>
  );
}
