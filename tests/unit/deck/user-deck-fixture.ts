import type { Card, Deck } from "@/lib/content/models";
import type { UserDeckRecord } from "@/lib/deck/user-deck";

/** A small valid user deck: topics of cards whose ids follow the reader's `deck/topic/slug` rule. */
export function card(deck: string, topic: string, slug: string, answer = `<p>Answer to ${slug}</p>`): Card {
  return {
    id: `${deck}/${topic}/${slug}`,
    deckSlug: deck,
    topicSlug: topic,
    prompt: `What is ${slug}?`,
    promptHtml: `What is ${slug}?`,
    frontHtml: null,
    answerHtml: answer,
    hasAnswer: true,
    keyPoints: [`${slug} point`],
    tags: [],
    links: [],
    file: "README.md",
    line: 1,
  };
}

export function deck(slug: string, topics: Record<string, string[]>): Deck {
  return {
    slug,
    title: "My bank",
    topics: Object.entries(topics).map(([t, cards], i) => ({ slug: t, title: `Topic ${t}`, order: i, cards: cards.map((c) => card(slug, t, c)) })),
  };
}

export function record(slug = "u-my-bank", topics: Record<string, string[]> = { basics: ["a", "b"], more: ["c"] }): UserDeckRecord {
  return {
    slug,
    title: "My bank",
    source: { kind: "paste", label: "Pasted text" },
    hints: {},
    credits: { licence: "MIT", author: "Someone" },
    deck: deck(slug, topics),
    savedAt: 1_700_000_000_000,
  };
}
