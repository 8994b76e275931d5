import type { SearchStatus } from "@/hooks/use-search-index";

/**
 * What the search box says to screen readers (always) and shows (when there is nothing to list):
 * loading, no match, or that search could not load, with the engine's words behind "Details".
 */
export function SearchStatusLine({ status, error, query, count }: { status: SearchStatus; error: string | null; query: string; count: number }) {
  const typed = query.trim() !== "";
  let message = "";
  if (typed && status === "error") message = "Search could not load. Check your connection and try again.";
  else if (typed && status === "loading") message = "Loading search…";
  else if (typed && status === "ready") message = count ? `${count} question${count === 1 ? "" : "s"} found` : "No questions match.";
  const visible = message !== "" && (status === "error" || count === 0);
  return (
    <div
      role="status"
      className={
        visible
          ? "absolute right-0 z-40 mt-1 w-full rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm text-slate-800 shadow-lg sm:w-[28rem] dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
          : "sr-only"
      }
    >
      {message}
      {visible && status === "error" && error ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer">Details</summary>
          {error}
        </details>
      ) : null}
    </div>
  );
}
