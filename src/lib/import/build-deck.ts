import { cardIds } from "@/lib/content/ids";
import { type Card, type Deck, deckSchema, type Topic } from "@/lib/content/models";
import { slugify } from "@/lib/content/text";
import { escapeHtml, type SafeHtml } from "./sanitize";

/** One card before ids: its question and answer already sanitized. */
export interface CardDraft {
  topic: string; // topic title ("" = the deck's default topic)
  question: SafeHtml;
  answer: SafeHtml | null;
  tags: string[];
  source: string; // where it came from, shown in messages ("row 12", "note 1692…")
  line: number; // row or note position, 1-based
  key?: string; // the source's own id for this card (an Anki card id), so reviews can find it
}

export interface BuiltDeck {
  deck: Deck;
  idsByKey: Map<string, string>; // draft.key -> card id
  duplicates: number; // drafts dropped because an identical question and answer was already there
}

const BLOCKY = /<(img|pre|ul|ol|table|p|div|br|h[1-6]|blockquote)\b/i;

function uniqueSlug(title: string, used: Set<string>): string {
  const base = slugify(title, 60) || "topic";
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

/**
 * Cards grouped into topics in first-seen order, with ids from the bank's id rule (slug of the
 * prompt, hashed when needed) so importing the same file again gives the same ids.
 */
export function buildDeck(slug: string, title: string, drafts: readonly CardDraft[], defaultTopic = "Cards"): BuiltDeck {
  const groups = new Map<string, CardDraft[]>();
  const seen = new Set<string>();
  let duplicates = 0;
  for (const raw of drafts) {
    // A picture-only question still needs a prompt line.
    const text = raw.question.text || (/<img\b/i.test(raw.question.html) ? "(picture)" : "");
    if (!text) continue;
    const d = text === raw.question.text ? raw : { ...raw, question: { ...raw.question, text } };
    const same = `${d.topic}\u0000${d.question.text}\u0000${d.answer?.text ?? ""}`;
    if (seen.has(same)) {
      duplicates++;
      continue;
    }
    seen.add(same);
    const name = d.topic.trim() || defaultTopic;
    const list = groups.get(name) ?? [];
    list.push(d);
    groups.set(name, list);
  }
  const used = new Set<string>();
  const idsByKey = new Map<string, string>();
  const topics: Topic[] = [];
  for (const [name, list] of groups) {
    const topicSlug = uniqueSlug(name, used);
    const ids = cardIds(slug, topicSlug, list.map((d) => ({ prompt: d.question.text, frontText: d.answer?.text ?? "", pin: null })));
    const cards: Card[] = list.map((d, i) => {
      const id = ids[i]!;
      if (d.key) idsByKey.set(d.key, id);
      // A question with pictures or blocks is shown whole above a plain-text prompt line.
      const blocky = BLOCKY.test(d.question.html);
      return {
        id,
        deckSlug: slug,
        topicSlug,
        prompt: d.question.text,
        promptHtml: blocky ? escapeHtml(d.question.text) : d.question.html || escapeHtml(d.question.text),
        frontHtml: blocky ? d.question.html : null,
        answerHtml: d.answer && d.answer.html ? d.answer.html : null,
        hasAnswer: Boolean(d.answer && (d.answer.text || d.answer.html)),
        keyPoints: [],
        tags: d.tags,
        links: d.answer?.links ?? [],
        file: d.source,
        line: d.line,
      };
    });
    topics.push({ slug: topicSlug, title: name, order: topics.length, cards });
  }
  const deck = deckSchema.parse({ slug, title, topics });
  return { deck, idsByKey, duplicates };
}
