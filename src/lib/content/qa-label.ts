import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { linesOf } from "./phrasing-lines";

/** Labelled questions and answers: `Q:`, `Ques 1:`, `Qn 2.`, `Question 3.`, `Exercise:` and `A:`, `Ans.`, `Answer:`, `Answer -`; in other languages `问：`/`答：`, `질문:`/`답:`, `Вопрос:`/`Ответ:`, `Pregunta:`/`Respuesta:`… (a colon, full-width too). */
export const QA_QUESTION = /^\s*(?:(?:Q|Ques|Qn|Question|Exercise|Task|Quiz)\s*\d*\s*[:.)：]|(?:问|問|问题|問題|질문|Вопрос|Pregunta|Pergunta)\s*\d*\s*[:：])\s*/i;
export const QA_ANSWER = /^\s*(?:(?:A|Ans|Answer)\s*\d*\s*[:.)：]|(?:Ans|Answer)\s*\d*\s+[-–—](?=\s)|(?:答|答案|回答|解答|答え|답|답변|Ответ|Respuesta|Resposta|Réponse|Antwort)\s*[:：])\s*/i;

/** The paragraph without its label (`label`), whether plain, in the bold, or bold with its colon after it. */
export function removeLabel(p: Paragraph, label: RegExp): Paragraph {
  const out = withoutLabel(p, label);
  const [first, ...rest] = out.children;
  // The space after a label in bold ("**Answer:** It is Y.") goes with it.
  return out !== p && first?.type === "text" && /^\s/.test(first.value) ? { ...out, children: [{ ...first, value: first.value.trimStart() }, ...rest] } : out;
}

function withoutLabel(p: Paragraph, label: RegExp): Paragraph {
  const [first, ...rest] = p.children;
  if (first?.type === "text") return { ...p, children: [{ ...first, value: first.value.replace(label, "") }, ...rest] };
  if (first && (first.type === "strong" || first.type === "emphasis") && label.test(toString(first))) {
    // `**Q1.** What…?`: the bold is the label alone; `**Q1. What…?**`: the question is in the bold too.
    if (toString(first).replace(label, "").trim() === "") return { ...p, children: rest };
    return { ...p, children: [{ ...first, children: removeLabel({ type: "paragraph", children: first.children }, label).children }, ...rest] };
  }
  // `**Exercise**: …`: the label in bold, its colon after it.
  const [next, ...after] = rest;
  if (first && (first.type === "strong" || first.type === "emphasis") && next?.type === "text" && label.test(`${toString(first)}${next.value}`)) {
    return { ...p, children: [{ ...next, value: next.value.replace(/^\s*[:.)]\s*/, "") }, ...after] };
  }
  return p;
}

/** A bare "A." or "A)" opens an option as often as an answer: only "A:" is read as the label on its own. */
const OPTION_LETTER = /^\s*a\s*\d*\s*[.)]/i;
/** A line that opens with the second option's mark ("B. …", "b) …"). */
const OPTION_B = /\n\s*\(?b[.)]\s/i;

/** The paragraph without its answer label, the space after the label gone too. */
function unlabelled(p: Paragraph): Paragraph {
  const [first, ...rest] = removeLabel(p, QA_ANSWER).children;
  return { ...p, children: first?.type === "text" ? [{ ...first, value: first.value.trimStart() }, ...rest] : first ? [first, ...rest] : rest };
}

/**
 * An answer that opens with its label ("Ans - It is Y.", "**Answer:** It is Y.", in a block quote
 * "> **ANS:** It is Y."), under whatever question: the same blocks without the label.
 */
export function unlabelAnswer(blocks: RootContent[]): RootContent[] {
  const [head, ...rest] = blocks;
  if (head?.type === "blockquote") {
    const inner = unlabelAnswer(head.children);
    return inner === head.children ? blocks : [{ ...head, children: inner as typeof head.children }, ...rest];
  }
  if (head?.type !== "paragraph") return blocks;
  const text = toString(head);
  if (!QA_ANSWER.test(text) || OPTION_LETTER.test(text)) return blocks;
  const p = unlabelled(head);
  // "Answer:" alone on its line over the answer's paragraphs or code: the line goes. Alone, it is
  // the whole answer ("Answer 1."), and stays.
  if (!p.children.every((c) => c.type === "text" && c.value.trim() === "")) return [p, ...rest];
  return rest.length > 0 ? rest : blocks;
}

/**
 * "Q: What is X?⏎A: It is Y." (or `**Q:**` … `**A:**`) in one paragraph: the question before the
 * line that opens with an answer label, and that line on as the answer's paragraph, label removed.
 * Null when no line after the first opens with one.
 */
export function qaPair(p: Paragraph): { prompt: PhrasingContent[]; answer: Paragraph } | null {
  const pair = splitPair(p);
  if (!pair) return null;
  const [first, ...rest] = pair.answer.children;
  return first?.type === "text" ? { ...pair, answer: { ...pair.answer, children: [{ ...first, value: first.value.trimStart() }, ...rest] } } : pair;
}

function splitPair(p: Paragraph): { prompt: PhrasingContent[]; answer: Paragraph } | null {
  const kids = p.children;
  const opensAnswer = (from: number, text = "") => QA_ANSWER.test(text.trim() ? text : toString({ type: "paragraph", children: kids.slice(from, from + 2) }));
  // "A. Apple⏎B. Carrot" under the question: a quiz's options (quiz.ts ticks the right one), its "A." no label.
  const lines = kids.some((c) => c.type === "text" && OPTION_B.test(c.value)) ? linesOf(kids) : [];
  const options = (line: number) => OPTION_LETTER.test(lines[line] ?? "") && OPTION_B.test(`\n${lines[line + 1] ?? ""}`);
  let line = 0;
  const answerFrom = (after: PhrasingContent[]): Paragraph => {
    const answer: Paragraph = { type: "paragraph", children: after, position: p.position };
    return options(line) ? answer : removeLabel(answer, QA_ANSWER);
  };
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]!;
    if (c.type === "break") line++;
    if (c.type === "break" && opensAnswer(i + 1)) return { prompt: kids.slice(0, i), answer: answerFrom(kids.slice(i + 1)) };
    if (c.type !== "text") continue;
    for (let at = c.value.indexOf("\n"); at >= 0; at = c.value.indexOf("\n", at + 1)) {
      line++;
      const tail = c.value.slice(at + 1);
      if (!opensAnswer(i + 1, tail)) continue;
      const after = [...(tail.trim() ? [{ ...c, value: tail.trimStart() }] : []), ...kids.slice(i + 1)];
      return { prompt: [...kids.slice(0, i), { ...c, value: c.value.slice(0, at) }], answer: answerFrom(after) };
    }
  }
  return null;
}
