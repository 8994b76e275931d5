import type { Nodes, RootContent } from "mdast";
import type { ContentProblem } from "./errors";
import { cardIds } from "./ids";
import type { Renderer } from "./markdown";
import { type Card, cardIdSchema } from "./models";
import { frontText } from "./parse";
import type { RawCard } from "./raw";
import type { TopicDraft } from "./topics";

/** The answer's http(s) links in document order: a plain walk, as unist-util-visit's would find them (`children` only). */
function externalLinks(nodes: readonly Nodes[], links: string[] = []): string[] {
  for (const n of nodes) {
    if (n.type === "link" && /^https?:\/\//i.test(n.url)) links.push(n.url);
    if ("children" in n) externalLinks(n.children, links);
  }
  return links;
}

/** Follow-up questions go after the answer, under their own label. */
function withFollowUps(raw: RawCard): RootContent[] {
  if (raw.followUps.length === 0) return raw.answer;
  return [
    ...raw.answer,
    { type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: raw.followUps.length === 1 ? "Follow-up" : "Follow-ups" }] }] },
    { type: "list", ordered: false, spread: false, children: raw.followUps.map((f) => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children: f }] })) },
  ];
}

/** Ids, HTML and validation for one topic's cards. A card that fails validation is a problem at its line. */
export function renderCards(deckSlug: string, draft: TopicDraft, render: Renderer, problems: ContentProblem[]): Card[] {
  const ids = cardIds(deckSlug, draft.slug, draft.cards.map((c) => ({ prompt: c.prompt, frontText: frontText(c), pin: c.pin })));
  const cards: Card[] = [];
  for (const [i, raw] of draft.cards.entries()) {
    const answer = withFollowUps(raw);
    const rendered = answer.length ? render.answer(answer) : null;
    const card: Card = {
      id: ids[i]!,
      deckSlug,
      topicSlug: draft.slug,
      prompt: raw.prompt,
      promptHtml: render.inline(raw.promptNodes) || raw.prompt,
      frontHtml: raw.front.length ? render.blocks(raw.front) : null,
      answerHtml: rendered?.html ?? null,
      hasAnswer: raw.answer.length > 0,
      keyPoints: rendered?.keyPoints ?? [],
      tags: raw.tags ?? draft.tags,
      links: externalLinks(raw.answer),
      file: raw.file ?? draft.file,
      line: raw.line,
    };
    // Validated, not assumed: a pin like {#a//b} would otherwise become an id progress can't key on.
    // The id is what a bank's text can make invalid; the rest is built here, typed. A deck is checked
    // whole where it crosses into the app: the reader worker's answer (add-deck/protocol.ts) and a
    // stored deck (deck/user-deck.ts) are parsed with deckSchema.
    const checked = cardIdSchema.safeParse(card.id);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      problems.push({
        file: draft.file,
        line: raw.line,
        message: `card "${card.prompt.slice(0, 60)}": id ${issue?.message ?? "is invalid"} (got "${card.id}")`,
        fix: "pin an id of lowercase letters, digits and hyphens, e.g. {#my-question}, or a whole id like {#deck/topic/my-question}",
      });
    }
    cards.push(card);
  }
  return cards;
}
