import type { List, Nodes, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { cleanInline, promptPictures } from "./inline-cleanup";
import { isLinkOnlyParagraph, removeNoise } from "./noise";
import { isDecoration, isPlaceholderAnswer, readsAsQuestion, stripLeadingDecoration, stripTrailingDecoration } from "./question-text";
import { trimAnswerEnd } from "./answer-end";
import { markedLineBreaks } from "./line-breaks";
import { withoutTrailingTags } from "./prompt-tags";
import { unlabelAnswer } from "./qa-label";
import { unwrapRevealedAnswer } from "./reveal-answer";
import { asQuiz } from "./quiz";
import { mayHoldOptions, optionsAfterQuestion } from "./question-options";
import type { RawCard } from "./raw";
import { splitPin, stripNumbering } from "./text";

/** A lead-in that points at code below it and ends in a colon: the code is part of the question. */
const TASK_LEAD_IN = /\b(?:this|these|following|below|above|snippet)\b[^:：]*[:：]\s*$/i;

/** A paragraph that opens with the author's answer label: what stands before it under the question is the question's. */
const ANSWER_LABEL = /^\s*(?:(?:correct\s+)?answer|ans|solution|réponse|respuesta|resposta|antwort|答案|答)\s*[:：]/i;

/** A prompt longer than this is clipped (with a warning): nobody reads a 10,000-character question. */
export const MAX_PROMPT = 500;

/** Removes decorations, numbering, the `{#id}` pin and trailing emoji from a question's inline content. */
export function cleanPrompt(children: PhrasingContent[]): { nodes: PhrasingContent[]; pin: string | null } {
  // Adjacent text (an unwrapped "[1.1](#a)" link and the words after it) is one run of text.
  let nodes: PhrasingContent[] = [];
  for (const n of cleanInline(children)) {
    const last = nodes[nodes.length - 1];
    if (n.type === "text" && last?.type === "text") last.value += n.value;
    else nodes.push({ ...n } as PhrasingContent);
  }
  while (nodes[0]?.type === "text" && nodes[0].value.trim() === "") nodes.shift();
  while (nodes.length > 1 && nodes[nodes.length - 1]?.type === "text" && (nodes[nodes.length - 1] as { value: string }).value.trim() === "") nodes.pop();
  let pin: string | null = null;
  const last = nodes[nodes.length - 1];
  if (last?.type === "text") {
    const [rest, found] = splitPin(last.value);
    pin = found;
    last.value = stripTrailingDecoration(rest.replace(/\s+$/, ""));
    // "**What is X?** ⭐⭐": stars or emoji after the bold are the bank's rating, not the question.
    if (nodes.length > 1 && isDecoration(last.value)) nodes.pop();
  }
  // "What is X? (Easy)", "… [Asked in Amazon]": the bank's rating and where it was asked, not the question.
  nodes = withoutTrailingTags(nodes, stripTrailingDecoration);
  // "➤ **What is X?**": the bullet drawn before the bold is decoration.
  if (nodes.length > 1 && nodes[0]?.type === "text" && isDecoration(nodes[0].value)) nodes.shift();
  // Bold or emphasised prompts: the emphasis is the bank's way of marking a question, not meaning.
  const unwrapped = nodes.length === 1 && (nodes[0]?.type === "strong" || nodes[0]?.type === "emphasis") ? cleanPrompt(nodes[0].children).nodes : nodes;
  const first = unwrapped[0];
  if (first?.type === "text") first.value = stripNumbering(stripLeadingDecoration(first.value.trimStart()));
  return { nodes: unquoted(unwrapped), pin };
}

/** The quote pairs a bank may wrap a whole question in: `"What is X?"`, “What is X?”, 「…」. */
const QUOTES: Record<string, string> = { '"': '"', "“": "”", "「": "」", "『": "』" };

/** `"What is X?"` → What is X?: quotes around the whole question, and no other of their kind inside it, go. */
function unquoted(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (first?.type !== "text" || last?.type !== "text") return nodes;
  const open = first.value.trimStart()[0] ?? "";
  const close = QUOTES[open];
  if (!close || !last.value.trimEnd().endsWith(close)) return nodes;
  const text = plain(nodes);
  const inner = text.slice(1, -1);
  if (inner.trim() === "" || inner.includes(open) || inner.includes(close)) return nodes;
  const out = nodes.map((n) => ({ ...n }) as PhrasingContent);
  const head = out[0] as typeof first;
  head.value = head.value.trimStart().slice(1);
  const tail = out[out.length - 1] as typeof last;
  tail.value = tail.value.trimEnd().slice(0, -1);
  return out;
}

const plain = (nodes: PhrasingContent[]) => toString({ type: "paragraph", children: nodes }, { includeHtml: false }).replace(/\s+/g, " ").trim();

/** Follow-up questions nested under a question: a sub-list whose items mostly read as questions. */
function splitFollowUps(answer: RootContent[]): { answer: RootContent[]; followUps: PhrasingContent[][] } {
  const followUps: PhrasingContent[][] = [];
  const rest = answer.filter((b) => {
    if (b.type !== "list" || !isQuestionList(b)) return true;
    for (const item of b.children) {
      const first = item.children[0];
      if (first?.type === "paragraph") followUps.push(cleanPrompt(first.children).nodes);
    }
    return false;
  });
  return { answer: rest, followUps };
}

function isQuestionList(list: List): boolean {
  const texts = list.children.map((i) => toString(i.children[0] ?? { type: "text", value: "" }));
  const questions = texts.filter(readsAsQuestion).length;
  return texts.length > 0 && questions / texts.length >= 0.5 && list.children.every((i) => i.children.length === 1);
}

export interface CardInput {
  prompt: PhrasingContent[];
  front?: RootContent[];
  answer: RootContent[];
  line: number;
  /** Sub-questions in nested lists become follow-ups (list-item questions). @default false */
  followUps?: boolean;
}

const hasImage = (node: RootContent): boolean =>
  node.type === "image" || (node.type === "html" && /<img\b/i.test(node.value)) || ("children" in node && (node.children as RootContent[]).some(hasImage));

/** What an answer says, for the placeholder test: HTML without its tags, code as written (`<div></div>` in code is an answer). */
const wordsOf = (n: Nodes): string =>
  n.type === "html" ? n.value.replace(/<[^>]*>/g, " ") : "value" in n ? n.value : "children" in n ? (n.children as Nodes[]).map(wordsOf).join(" ") : "";

/** Builds a card from a detector's find, or null when the prompt is empty after cleaning. */
export function makeCard(input: CardInput, warn: (line: number, message: string) => void): RawCard | null {
  const { nodes, pin } = cleanPrompt(input.prompt);
  let prompt = plain(nodes);
  if (!prompt) return null;
  let promptNodes = nodes;
  if (prompt.length > MAX_PROMPT) {
    warn(input.line, `a question of ${prompt.length} characters was clipped to ${MAX_PROMPT}; shorten it in the bank`);
    prompt = `${prompt.slice(0, MAX_PROMPT - 1).trimEnd()}…`;
    promptNodes = [{ type: "text", value: prompt }];
  }
  let answer = trimAnswerEnd(removeNoise(input.answer, { inAnswer: true }));
  let followUps: PhrasingContent[][] = [];
  if (input.followUps) ({ answer, followUps } = splitFollowUps(answer));
  // "Ans - It is Y." opening the answer as written: the label is not shown (a key after code or options stays).
  const unlabelled = unlabelAnswer(unwrapRevealedAnswer(answer));
  if (unlabelled !== answer && !asQuiz(answer)) answer = unlabelled;
  let front = input.front ?? [];
  const pictures = promptPictures(input.prompt);
  if (pictures.length > 0) front = [{ type: "paragraph", children: pictures }, ...front];
  // "Make this work:", "What does the following print:" then code: the code is the task, shown with
  // the question (what comes after it answers). "Write a function that…:" then code is its answer.
  if (TASK_LEAD_IN.test(prompt) && answer[0]?.type === "code") {
    front = [...front, answer[0]];
    answer = answer.slice(1);
  }
  // "What's the output?", its code, then "Answer: 3": the code is what the question asks about.
  const labelled = answer[0]?.type === "code" ? answer.findIndex((b) => b.type !== "code") : -1;
  if (labelled > 0 && answer[labelled]!.type === "paragraph" && ANSWER_LABEL.test(toString(answer[labelled]!))) {
    front = [...front, ...answer.slice(0, labelled)];
    answer = answer.slice(labelled);
  }
  // "Which is a DB? a) S3 b) RDS c) EC2" over its key ("Answer: b"): the options go to the back, ticked.
  const options = mayHoldOptions(prompt) && prompt.length < MAX_PROMPT ? optionsAfterQuestion(promptNodes, answer) : null;
  if (options) {
    promptNodes = options.prompt;
    prompt = plain(promptNodes);
    answer = options.answer;
  }
  const quiz = asQuiz(answer);
  if (quiz) {
    front = [...front, ...quiz.front];
    answer = quiz.answer;
  }
  // "a) one⏎b) two" under a question that is no quiz: each line on its own line, not run together.
  answer = markedLineBreaks(answer);
  const text = answer.map((b) => toString(b, { includeHtml: true })).join(" ");
  if (answer.every((b) => b.type === "html") && !/<(img|table|pre|code|ul|ol|p|div|dl)\b/i.test(text)) answer = [];
  // An answer that is only a picture (a diagram) is an answer; only a placeholder or a link elsewhere is not.
  const pictured = answer.some((b) => hasImage(b));
  // Tags stripped from the whole text first (one string, already made); code read as written only when that finds nothing.
  if (!pictured && isPlaceholderAnswer(text.replace(/<[^>]*>/g, " ")) && isPlaceholderAnswer(answer.map(wordsOf).join(" "))) answer = [];
  if (!pictured && answer.length === 1 && answer[0]!.type === "paragraph" && isLinkOnlyParagraph(answer[0]!)) answer = [];
  return { prompt, promptNodes, front, answer, followUps, pin, line: input.line };
}
