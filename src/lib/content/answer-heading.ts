import { ANSWER_HEADER } from "./table";

/**
 * "Answer", "Answer:", "Solution", "Explanation", "Ответ", "答案": a heading that only labels the
 * answer below it. Beside a question heading of its level ("### What is X?" then "### Answer"), it
 * is read under that question (sections.ts), its content the answer, the label itself not shown.
 */
export function isAnswerTitle(title: string): boolean {
  const t = title.trim().replace(/\s*[:：.]$/u, "");
  return t.length > 1 && (ANSWER_HEADER.test(t) || /^explanation$/i.test(t));
}
