/** Class names shared by the Settings sections. */
export const section = "space-y-3 rounded-xl border border-slate-200 p-5 dark:border-slate-700";
export const button = "min-h-11 rounded-lg px-4 py-2 font-semibold";
export const secondaryButton = `${button} border border-slate-300 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800`;
export const interviewSelect = "min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100";
export const interviewCheckbox = "mt-1 h-5 w-5 shrink-0 accent-blue-700";
export const deleteRecordingsButton = `${button} border border-red-700 text-red-800 hover:bg-red-50 disabled:opacity-60 dark:border-red-400 dark:text-red-200 dark:hover:bg-red-950`;
export const input = "w-28 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100";

/** A message shown after an action: what happened, in plain words, and its technical reason if any. */
export interface ActionMessage {
  kind: "error" | "ok";
  text: string;
  details?: string | null;
}

/** "1 review" / "3 reviews". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A count of characters the way people read it: 950, 12.3 k, 1.2 M. */
export function formatChars(n: number): string {
  if (n < 1000) return String(n);
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)} k`;
  return `${(n / 1_000_000).toFixed(1)} M`;
}
