/** Class names shared by the add-deck page's parts. */
export const panel = "space-y-3 rounded-xl border border-slate-200 p-5 dark:border-slate-700";
export const primaryButton = "min-h-11 rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-60";
export const secondaryButton = "min-h-11 rounded-lg border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800";
export const field = "rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100";
export const muted = "text-sm text-slate-700 dark:text-slate-300";
