import Papa from "papaparse";
import type { Deck } from "@/lib/content/models";
import { questionHtml } from "./question-html";

/**
 * A deck as CSV with a header row: question, answer, topic, tags. Question and answer are the
 * cards' sanitized HTML (a question's code block follows its prompt), which the importer reads
 * back with "HTML" chosen, giving the same cards and ids.
 */
export function deckToCsv(deck: Deck): string {
  const rows = deck.topics.flatMap((t) =>
    t.cards.map((c) => [questionHtml(c), c.answerHtml ?? "", t.title, c.tags.join(" ")]),
  );
  return Papa.unparse({ fields: ["question", "answer", "topic", "tags"], data: rows }, { newline: "\r\n" });
}
