import type { Metadata } from "next";
import { StatsView } from "./_components/lazy-stats";
import { InterviewPlanPanel } from "@/components/memory/lazy";
import { loadBank } from "@/lib/content";
import { topicIndex } from "@/lib/deck/payload";

export const metadata: Metadata = {
  title: "Stats",
  description: "How much you practised, whether it sticks, and what is coming due.",
};

export default async function StatsPage() {
  const { decks } = await loadBank();
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Stats</h1>
        <p className="text-slate-700 dark:text-slate-300">How much you practised, whether it sticks, and what is coming due.</p>
      </header>
      <InterviewPlanPanel topics={topicIndex(decks)} invite />
      <StatsView topics={topicIndex(decks)} />
    </div>
  );
}
