import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { QuestionList } from "@/components/decks/question-list";
import { TopicActions } from "@/components/decks/topic-actions";
import { getTopic, loadBank } from "@/build";
import { topicIndex } from "@/lib/deck/payload";

interface Params {
  deck: string;
  topic: string;
}

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  const { decks } = await loadBank();
  return decks.flatMap((d) => d.topics.map((t) => ({ deck: d.slug, topic: t.slug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { deck, topic } = await params;
  const found = await getTopic(deck, topic);
  if (!found) return {};
  return {
    title: `${found.topic.title} · ${found.deck.title}`,
    description: `${found.topic.cards.length} ${found.deck.title} interview questions on ${found.topic.title}, with answers.`,
  };
}

export default async function TopicPage({ params }: { params: Promise<Params> }) {
  const { deck: deckSlug, topic: topicSlug } = await params;
  const found = await getTopic(deckSlug, topicSlug);
  if (!found) notFound();
  const { deck, topic } = found;
  return (
    <article className="space-y-6">
      <Breadcrumbs items={[{ href: "/", label: "Topics" }, { label: deck.title }]} />
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">{topic.title}</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {topic.cards.length} question{topic.cards.length === 1 ? "" : "s"}
        </p>
      </header>
      <TopicActions topic={topicIndex([{ ...deck, topics: [topic] }])[0]!} />
      <QuestionList cards={topic.cards.map((c) => ({ id: c.id, promptHtml: c.promptHtml, frontHtml: c.frontHtml, answerHtml: c.answerHtml }))} />
    </article>
  );
}
