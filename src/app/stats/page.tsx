import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { StatsWithUserDecks } from "./_components/lazy-stats";
import { loadBank } from "@/build";
import { InterviewPlanPanel } from "@/components/memory/lazy";
import { topicIndex } from "@/lib/deck/payload";

export const metadata: Metadata = {
  title: "Stats",
  description: "How much you practised, whether it sticks, and what is coming due.",
};

export default async function StatsPage() {
  const { decks } = await loadBank();
  return (
    <div className="space-y-6">
      <PageHeader title="Stats" intro="How much you practised, whether it sticks, and what is coming due." />
      <InterviewPlanPanel topics={topicIndex(decks)} invite />
      <StatsWithUserDecks topics={topicIndex(decks)} />
    </div>
  );
}
