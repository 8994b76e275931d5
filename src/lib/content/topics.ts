import type { RawCard, RawGroup } from "./raw";
import { slugWithHash } from "./ids";
import { baseName, dirName } from "./paths";
import { slugify } from "./text";

/** A topic before its cards are rendered. */
export interface TopicDraft {
  slug: string;
  title: string;
  description?: string;
  tags: string[];
  cards: RawCard[];
  sortKey: [number, string, number];
  file: string;
  line: number;
}

export const flatten = (g: RawGroup): RawCard[] => [...g.cards, ...g.children.flatMap(flatten)];

/** "02-faq" → "faq": a title for a file that has none, its name as written (a number prefix is order). */
export function titleFromFileName(base: string): string {
  const name = base.replace(/^\d+[-_ ]+/, "").trim();
  return name || base;
}

/** A topic's URL segment: front matter `slug`, else the file name, else the title (any script). */
export function topicSlug(explicit: string | undefined, base: string, title: string): string {
  if (explicit) return explicit;
  const fromFile = /^(readme|index)$/i.test(base) ? "" : slugify(base.replace(/^\d+[-_ ]+/, ""));
  return fromFile || slugWithHash(title, 60);
}

export interface FileTopicsInput {
  file: string;
  base: string; // file name without extension
  title: string; // front matter title, else the file's own heading, else its name
  explicitSlug?: string;
  description?: string;
  tags: string[];
  order: number;
  root: RawGroup;
  /** The deck has several files: each file is one topic, its sections only group questions. */
  fileIsTopic: boolean;
}

/**
 * The topics of one file. A deck of several files has a topic per file; a deck that is one file (a
 * public README) has a topic per section that holds questions, and one for questions outside them.
 */
export function topicsOfFile(input: FileTopicsInput): TopicDraft[] {
  const { root } = input;
  const whole = (): TopicDraft => ({
    slug: topicSlug(input.explicitSlug, input.base, input.title),
    title: input.title,
    description: input.description,
    tags: input.tags,
    cards: flatten(root),
    sortKey: [input.order, input.file, 0],
    file: input.file,
    line: 1,
  });
  if (input.fileIsTopic || root.children.length === 0) return [whole()];
  // Every group that holds questions of its own is a topic, nested groups included, in file order.
  const drafts: TopicDraft[] = [];
  if (root.cards.length > 0) drafts.push({ ...whole(), cards: root.cards });
  const visit = (g: RawGroup) => {
    if (g.cards.length > 0) {
      const title = g.title || input.title;
      drafts.push({ slug: slugWithHash(title, 60), title, tags: input.tags, cards: g.cards, sortKey: [input.order, input.file, drafts.length], file: input.file, line: g.line });
    }
    g.children.forEach(visit);
  };
  root.children.forEach(visit);
  return drafts;
}

/** Groups one-question files into topics by their folder inside the deck (`path` is relative to it). */
export function folderTopic(path: string, deckTitle: string): { slug: string; title: string } {
  const rel = dirName(path).split("/").filter(Boolean);
  // A folder per question (`q1/README.md`): the folder above it names the topic.
  const parts = /^(readme|index)\.(mdx?|markdown)$/i.test(baseName(path)) ? rel.slice(0, -1) : rel;
  // The folder that holds the questions (`solutions/system_design/q1/README.md` → system_design).
  const name = parts[parts.length - 1];
  if (!name) return { slug: slugWithHash(deckTitle, 60), title: deckTitle };
  return { slug: slugWithHash(name, 60), title: titleFromFileName(name) };
}
