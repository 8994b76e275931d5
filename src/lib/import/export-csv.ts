import Papa from "papaparse";
import type { Deck } from "@/lib/content/models";
import { htmlToMarkdown } from "./html-to-markdown";
import { questionHtml } from "./question-html";

/**
 * A deck as CSV with a header row: question, answer, topic, tags. Question and answer are the
 * cards' sanitized HTML (a question's code block follows its prompt), or that HTML as markdown;
 * the importer reads either back with the matching format chosen, giving the same cards and ids.
 */
export function deckToCsv(deck: Deck, format: "html" | "markdown" = "html"): string {
  const as = format === "html" ? (html: string) => html : htmlToMarkdown;
  const rows = deck.topics.flatMap((t) =>
    t.cards.map((c) => [as(questionHtml(c)), c.answerHtml === null ? "" : as(c.answerHtml), t.title, c.tags.join(" ")]),
  );
  return Papa.unparse({ fields: ["question", "answer", "topic", "tags"], data: rows }, { newline: "\r\n" });
}
