import type { Metadata } from "next";
import { Suspense } from "react";
import { UserDeckPage } from "@/components/decks/user-deck-page";

export const metadata: Metadata = {
  title: "Your deck",
  description: "A deck you added in this browser: its topics, your progress on them, and drills.",
};

/** A static shell: the deck (named by `?d=`) is read from this browser's storage, after load. */
export default function DeckPage() {
  return (
    <Suspense fallback={<p className="py-16 text-center text-slate-600 dark:text-slate-400">Loading the deck…</p>}>
      <UserDeckPage />
    </Suspense>
  );
}
