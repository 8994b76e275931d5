import type { Metadata } from "next";
import { WeakListWithUserDecks } from "@/components/decks/user-decks-lazy";
import { loadBank } from "@/lib/content";
import { topicIndex } from "@/lib/deck/payload";

export const metadata: Metadata = {
  title: "Weak questions",
  description: "The questions you flagged, missed lately or are likely to have forgotten, and why.",
};

export default async function WeakPage() {
  const { decks } = await loadBank();
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Weak questions</h1>
        <p className="text-slate-700 dark:text-slate-300">Flagged by you, graded Again or Hard last time, forgotten twice or more, or probably fading now.</p>
      </header>
      <WeakListWithUserDecks topics={topicIndex(decks)} />
    </div>
  );
}
