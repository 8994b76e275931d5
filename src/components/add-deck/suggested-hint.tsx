"use client";

import { hintText, type ReaderHints } from "@/lib/content/hints";
import { secondaryButton } from "./styles";

/**
 * The bank doctor's one thing to try, as one click: for a bank the reader found no questions in, the
 * steering its files suggest ("each paragraph ends in ?: questions: paragraph"). Choosing it reads the
 * bank again with those hints, and the steering form below shows them.
 */
export function SuggestedHint({ hints, onSteer }: { hints: ReaderHints; onSteer: (hints: ReaderHints) => void }) {
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="suggested-hint">
      <p className="flex-1">The files suggest a way to read them:</p>
      <button type="button" className={secondaryButton} onClick={() => onSteer(hints)}>
        Try <code>{hintText(hints)}</code>
      </button>
    </div>
  );
}
