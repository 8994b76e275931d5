import type { Paragraph, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { hasLineEnd } from "./phrasing-lines";
import { QA_ANSWER, removeLabel } from "./qa-label";
import { normalisedPrompt, opensAsTask, readsAsQuestion } from "./question-text";

/** A question mark that ends the first sentence, the next one after it: "? It", "？它", or after a dash: "? - It", "? — It". */
const QUESTION_STOP = /[?？؟](?:\s+[-–—:]\s+|\s+|(?<=？)\s*(?=\S))/u;
/** Words a question clearly opens with ("What is X?"), not a statement that happens to ask at its end. */
const ASKING = /^(?:what|how|why|when|where|which|who|whom|whose|is|are|was|were|do|does|did|can|could|should|would|will|has|have)\b/i;
/** Chinese, Japanese or Korean text: a question there opens with no word to test. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** A line that plainly asks: it opens with a question word (or is CJK text) and ends with a question mark. */
export const asksOutright = (text: string): boolean => {
  const t = normalisedPrompt(text);
  return /[?？؟]$/u.test(t) && (ASKING.test(t) || CJK.test(t));
};

/** What goes on with a question rather than answering it: an instruction ("Discuss…", "Give an example"), a joining word, a note. */
const GOES_ON = /^(?:also|and|or|but|consider|discuss|justify|provide|show|support|name|state|draw|elaborate|mention|illustrate|give|list|explain|describe|compare|contrast|write|implement|define|identify|outline|summari[sz]e|differentiate|distinguish|demonstrate|prove|derive|calculate|find|suggest|specify|share|tell|talk|walk|think|assume|suppose|imagine|e\.?g|i\.?e|hint|note|bonus|tip|asked|source|level|difficulty|follow)\b/i;
/** A label opening what follows ("Hint: …", "Follow-up: …"); an answer's label ("Answer: …") is the one that says it answers. */
const LABEL = /^[\p{L}][\p{L} -]{0,20}[:：]/u;

const plain = (nodes: PhrasingContent[]) => toString({ type: "paragraph", children: nodes }).replace(/\s+/g, " ").trim();

/**
 * "What is X? It is Y." on one line: a question sentence first, then a sentence that answers it.
 * The question is the prompt, the rest its answer. Only when the question opens as one (What,
 * How, Why…), holds no sentence before it, and what follows is a statement: it opens with a
 * capital (or CJK text), holds no question, and is no task going on from the question ("Explain
 * with an example.", "Discuss trade-offs."), no note ("Hint: …") nor a lead-in to code ("…:"); an
 * "Answer:" label before it goes. Null for any other paragraph.
 */
export function questionSentence(p: Paragraph): { prompt: PhrasingContent[]; answer: Paragraph } | null {
  if (hasLineEnd(p.children)) return null;
  const at = p.children.findIndex((n) => n.type === "text" && QUESTION_STOP.test(n.value));
  const node = p.children[at];
  if (node?.type !== "text") return null;
  const m = QUESTION_STOP.exec(node.value)!;
  const prompt: PhrasingContent[] = [...p.children.slice(0, at), { ...node, value: node.value.slice(0, m.index + 1) }];
  const answer: PhrasingContent[] = [{ ...node, value: node.value.slice(m.index + m[0].length) }, ...p.children.slice(at + 1)].filter((n) => !(n.type === "text" && n.value === ""));
  const question = normalisedPrompt(plain(prompt));
  const rest = plain(answer);
  const cjk = CJK.test(question);
  if (!(ASKING.test(question) || cjk) || !readsAsQuestion(question) || /[.!。！]\s/u.test(question)) return null;
  if (/[?？؟]/u.test(rest) || /[:：]$/u.test(rest) || opensAsTask(rest) || GOES_ON.test(rest)) return null;
  const labelled = QA_ANSWER.test(rest);
  if (!labelled && LABEL.test(rest)) return null;
  // A statement: it opens with a capital, a number, code or CJK text, and has some words.
  const opens = answer[0]?.type === "inlineCode" || /^[\p{Lu}\p{Nd}]/u.test(rest) || CJK.test(rest.charAt(0));
  if (!opens || rest === "" || (cjk ? rest.length < 4 : rest.split(" ").length < 2)) return null;
  const paragraph: Paragraph = { type: "paragraph", children: answer, position: p.position };
  return { prompt, answer: labelled ? removeLabel(paragraph, QA_ANSWER) : paragraph };
}
