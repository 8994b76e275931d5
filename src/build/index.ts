import "server-only";
import type { Bank, Card, Deck, Topic } from "@/lib/content";
import { loadBankFrom } from "./load";

export { loadBankFrom, type LoadOptions } from "./load";

let cached: Promise<Bank> | null = null;

/**
 * The bank under `content/`, loaded once per build process. Its notes are not printed here: every
 * build worker loads it, so `npm run build` prints them once beforehand (content:check --summary).
 */
export function loadBank(): Promise<Bank> {
  cached ??= loadBankFrom();
  return cached;
}

export async function getDeck(deckSlug: string): Promise<Deck | undefined> {
  return (await loadBank()).decks.find((d) => d.slug === deckSlug);
}

export async function getTopic(deckSlug: string, topicSlug: string): Promise<{ deck: Deck; topic: Topic } | undefined> {
  const deck = await getDeck(deckSlug);
  const topic = deck?.topics.find((t) => t.slug === topicSlug);
  return deck && topic ? { deck, topic } : undefined;
}

export async function allCards(): Promise<Card[]> {
  return (await loadBank()).decks.flatMap((d) => d.topics.flatMap((t) => t.cards));
}
