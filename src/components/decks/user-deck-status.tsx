import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import type { UserDeckView } from "@/stores/user-decks-store";
import { UserDeckCorrupt } from "@/components/decks/user-deck-corrupt";

/** What a user deck's pages show while it loads, or when it is not there or not readable. */
export function UserDeckStatus({ slug, view }: { slug: string | null; view: Exclude<UserDeckView, { status: "ready" }> }) {
  if (view.status === "loading")
    return (
      <p className="py-16 text-center text-slate-600 dark:text-slate-400" aria-live="polite">
        Loading the deck…
      </p>
    );
  if (view.status === "corrupt" && slug) return <UserDeckCorrupt slug={slug} raw={view.raw} />;
  return (
    <div className="space-y-3">
      <h1 className="text-3xl font-bold tracking-tight">Deck not found</h1>
      <p>
        {view.status === "error"
          ? `This browser's storage could not be read (${view.message}).`
          : `There is no deck “${slug ?? ""}” in this browser. Decks you add are kept in the browser you added them in; this one may have been removed.`}
      </p>
      <p>
        <Link {...PREFETCH_ON_INTENT} href="/" className="underline underline-offset-4">
          All decks
        </Link>{" "}
        ·{" "}
        <Link href="/add" prefetch={false} className="underline underline-offset-4">
          Add a deck
        </Link>
      </p>
    </div>
  );
}
