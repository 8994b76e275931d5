"use client";

import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";

const ITEM = "rounded-lg px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800";

/** The deck's title, with Reshuffle (when the order is random), keyboard help and Leave. */
export function DrillToolbar({ title, exitHref, onHelp, onReshuffle }: { title: string; exitHref: string; onHelp: () => void; onReshuffle?: () => void }) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-2">
      <h1 className="text-lg font-semibold">{title}</h1>
      <div className="flex items-center gap-1 text-sm">
        {onReshuffle && (
          <button type="button" onClick={onReshuffle} className={ITEM}>
            Reshuffle
          </button>
        )}
        <button type="button" onClick={onHelp} aria-keyshortcuts="?" className={ITEM}>
          Keys <kbd className="text-xs opacity-80">?</kbd>
        </button>
        <Link {...PREFETCH_ON_INTENT} href={exitHref} aria-keyshortcuts="Escape" className={ITEM}>
          Leave <kbd className="text-xs opacity-80">Esc</kbd>
        </Link>
      </div>
    </header>
  );
}
