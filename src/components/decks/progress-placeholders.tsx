/*
 * What a deck's counts and due line show until stored progress is read: the same size as what
 * replaces them, so nothing moves. Still, not pulsing: an animation makes the browser draw and
 * composite the page every frame until the counts arrive (on a 2-core machine under Lighthouse,
 * about a second of the compositor's CPU taken from the page's main thread). A file of their own: the shell (on every page, /drill too)
 * shows them, and should not carry the count line itself.
 */

/** What shows until stored progress is read: the same size as the counts, so nothing jumps. */
export function ProgressPlaceholder() {
  return (
    <div aria-hidden="true" data-testid="progress-placeholder" className="space-y-1">
      <div className="h-4 w-40 rounded bg-slate-100 dark:bg-slate-800" />
      <div className="h-1.5 rounded-full bg-slate-100 dark:bg-slate-800" />
    </div>
  );
}

/** What a deck's due line shows until stored progress is read: about its width, so nothing moves. */
export function DueLinePlaceholder() {
  return <span aria-hidden="true" className="inline-block h-4 w-24 animate-pulse rounded bg-slate-100 align-middle motion-reduce:animate-none dark:bg-slate-800" />;
}
