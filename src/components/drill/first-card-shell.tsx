import { FIRST_CARD_IDS as IDS, type FirstCard } from "@/lib/drill/first-card-script";

// The same boxes as DrillSession's toolbar, progress row and card (drill-toolbar, drill-progress,
// flip-card, card-faces), so the real session replaces this one without anything moving.
const FACE = "rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8 dark:border-slate-700 dark:bg-slate-900";
const ITEM = "rounded-lg px-3 py-2";

/**
 * The drill's first card before the player runs. In the static HTML it is empty and hidden behind
 * "Loading the deck…" until the inline first-card script fills it (src/lib/drill/first-card-script.ts);
 * the player renders it again, filled from what the script painted (`card`), while it loads the deck.
 * No ids when rendered by the player: the script's targets exist only in the static HTML.
 */
export function FirstCardShell({ card }: { card?: FirstCard | null }) {
  const id = (name: keyof typeof IDS) => (card ? undefined : IDS[name]);
  return (
    <>
      {card ? null : (
        <p id={IDS.loading} className="py-16 text-center text-slate-600 dark:text-slate-400" aria-live="polite">
          Loading the deck…
        </p>
      )}
      <div id={id("shell")} hidden={!card} className="mx-auto flex max-w-2xl flex-col gap-4 pb-40 sm:pb-8">
        <header className="flex flex-wrap items-center justify-between gap-2">
          <h1 id={id("title")} className="text-lg font-semibold">
            {card?.title}
          </h1>
          {/* The toolbar of a shuffle, unseen: on a phone it wraps below the title, and the card must not move when it appears. */}
          <div aria-hidden="true" className="invisible flex items-center gap-1 text-sm">
            <span className={ITEM}>Reshuffle</span>
            <span className={ITEM}>
              Keys <kbd className="text-xs">?</kbd>
            </span>
            <span className={ITEM}>
              Leave <kbd className="text-xs">Esc</kbd>
            </span>
          </div>
        </header>
        <div className="flex items-center gap-3 text-sm text-slate-700 dark:text-slate-300">
          <span id={id("position")} className="tabular-nums font-medium">
            {card?.position}
          </span>
          <div className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700" />
          <span className="tabular-nums">0:00</span>
        </div>
        <section aria-label="Question" className={`${FACE} relative flex min-h-64 flex-col`}>
          <p id={id("source")} className="text-sm text-slate-600 dark:text-slate-400">
            {card?.source}
          </p>
          <div className="my-auto space-y-4 py-6">
            <h2 id={id("prompt")} className="text-center text-xl font-semibold leading-snug sm:text-2xl" dangerouslySetInnerHTML={{ __html: card?.promptHtml ?? "" }} />
          </div>
          <div className="text-center text-sm text-slate-600 dark:text-slate-400">Tap or press Space to see the answer</div>
        </section>
      </div>
    </>
  );
}
