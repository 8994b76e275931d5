import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { WeakListWithUserDecks } from "@/components/decks/user-decks-lazy";
import { loadBank } from "@/build";
import { topicIndex } from "@/lib/deck/payload";

export const metadata: Metadata = {
  title: "Weak questions",
  description: "The questions you flagged, missed lately or are likely to have forgotten, and why.",
};

export default async function WeakPage() {
  const { decks } = await loadBank();
  return (
    <div className="space-y-6">
      <PageHeader title="Weak questions" intro="Flagged by you, graded Again or Hard last time, forgotten twice or more, or probably fading now." />
      <WeakListWithUserDecks topics={topicIndex(decks)} />
    </div>
  );
}
