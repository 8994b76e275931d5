import type { Topic } from "./models";

/**
 * A topic too big for one page is shown as parts: "Title (1/4)", "Title (2/4)"… The first part keeps
 * the topic's URL. Card ids do not change (they were made with the topic's own slug), so progress
 * survives a bank growing across a part boundary.
 */
export const PART_MAX_CARDS = 100;
/** A topic a little over a part stays whole: a second page of a few cards helps nobody. */
const WHOLE_MAX_CARDS = 125;
/** Characters of HTML per part; a page carries it twice (the HTML and React's payload). */
export const PART_MAX_CHARS = 300_000;

const size = (c: Topic["cards"][number]) => c.promptHtml.length + (c.frontHtml?.length ?? 0) + (c.answerHtml?.length ?? 0);

export function splitLargeTopic(topic: Topic): Topic[] {
  if (topic.cards.length <= WHOLE_MAX_CARDS && topic.cards.reduce((n, c) => n + size(c), 0) <= PART_MAX_CHARS) return [topic];
  const parts: Topic["cards"][] = [[]];
  let chars = 0;
  for (const card of topic.cards) {
    const current = parts[parts.length - 1]!;
    if (current.length > 0 && (current.length >= PART_MAX_CARDS || chars + size(card) > PART_MAX_CHARS)) {
      parts.push([card]);
      chars = size(card);
    } else {
      current.push(card);
      chars += size(card);
    }
  }
  if (parts.length === 1) return [topic];
  return parts.map((cards, i) => ({
    ...topic,
    slug: i === 0 ? topic.slug : `${topic.slug}-part-${i + 1}`,
    title: `${topic.title} (${i + 1}/${parts.length})`,
    cards,
  }));
}
