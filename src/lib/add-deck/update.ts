import type { ReaderHints } from "@/lib/content/hints";
import type { DeckDiff, UserDeckRecord, UserDeckSummary } from "@/lib/deck/user-deck";
import type { SourceChoice } from "./sources";

/*
 * Updating a saved deck: the source it came from is fetched again when it can be (a link or a
 * catalogue bank), read with the deck's saved hints and slug (so card ids, and the progress keyed
 * by them, stay put), and the preview says what the update changes before anything is saved.
 */

/** Where an update reads from: the record's slug and hints, so ids and steering survive. */
export interface UpdateTarget {
  slug: string;
  title: string;
  hints: ReaderHints;
}

export const updateTarget = (record: UserDeckRecord): UpdateTarget => ({ slug: record.slug, title: record.title, hints: record.hints });

/** The source to fetch again at once, or null when the user has to give it again (files, paste…). */
export function refetchChoice(record: Pick<UserDeckRecord, "source">): SourceChoice | null {
  const { kind, url } = record.source;
  if (!url) return null;
  if (kind === "link") return { kind: "link", url };
  if (kind === "catalogue") return { kind: "catalogue", id: url };
  return null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Cards: 2 new · 1 changed · 1 removed · 5 unchanged" — or that nothing changed. */
export function updateSummary(diff: DeckDiff): string {
  const { added, changed, removed, kept } = diff;
  if (added.length + changed.length + removed.length === 0) return `Nothing changed (${plural(kept.length, "card", "cards")} as before).`;
  return `Cards: ${added.length} new · ${changed.length} changed · ${removed.length} removed · ${kept.length} unchanged`;
}

/** Why progress is safe, in the words the preview shows under the counts. */
export function progressNote(diff: DeckDiff): string {
  const keeps = "Your progress is kept for every card that is still there";
  return diff.removed.length > 0
    ? `${keeps}; the progress of removed cards is kept too, in case they come back.`
    : `${keeps}.`;
}

/**
 * A saved deck that the loaded source looks like (the same link or catalogue bank, or the same
 * title), so re-adding it offers an update instead of a second copy.
 */
export function sameSourceDeck(
  decks: readonly UserDeckSummary[],
  source: { url?: string | undefined },
  title: string,
): UserDeckSummary | null {
  const byUrl = source.url ? decks.find((d) => d.source.url === source.url) : undefined;
  if (byUrl) return byUrl;
  const t = title.trim().toLowerCase();
  return decks.find((d) => d.title.trim().toLowerCase() === t) ?? null;
}
