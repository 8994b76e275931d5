import type { ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { type CardInput, makeCard } from "./card";
import { readsAsQuestion } from "./question-text";
import { type Ctx, lineOf, type RawCard, warn } from "./raw";

/**
 * The question detectors for a run of blocks without headings (a section's body). Each finds
 * candidates of one shape; then a shape's candidates are taken when they read as questions, or
 * all of them when most of their siblings of that shape do.
 *
 * - details:  `<details><summary>Question</summary>answer</details>`
 * - item:     a list item led by a heading or bold text, or with its answer nested below
 * - plain:    a bullet that is only a question (banks of questions without answers)
 * - bold:     a paragraph that is all bold, the answer in the paragraphs after it
 * - qa:       `Q: …` then `A: …`
 * - line:     plain paragraphs with one question per line
 */
type Shape = "details" | "item" | "plain" | "bold" | "qa" | "line";

interface Candidate {
  shape: Shape;
  input: CardInput;
  reads: boolean;
  list: number; // which list a plain item came from (plain bullets are judged per list)
  open: boolean; // takes the blocks that follow it as its answer
  fragment?: RootContent; // a bullet of only code or links: part of the question above, never one itself
}

const QA_QUESTION = /^\s*(?:Q|Question)\s*\d*\s*[:.)]\s*/i;
const QA_ANSWER = /^\s*(?:A|Ans|Answer)\s*\d*\s*[:.)]\s*/i;

const meaningful = (children: PhrasingContent[]) => children.filter((c) => !(c.type === "text" && c.value.trim() === "") && c.type !== "break" && c.type !== "html");

/** A paragraph that is all bold (a whole-line question), not a bold lead-in ("**Bias** is…"). */
function boldText(p: Paragraph): PhrasingContent[] | null {
  const parts = meaningful(p.children);
  const tail = parts.slice(1).every((c) => c.type === "text" && /^[\s\p{Extended_Pictographic}\u200d\ufe0f?:.]*$/u.test(c.value));
  return parts[0]?.type === "strong" && tail ? parts[0].children : null;
}

/** A label such as "**Example:**" introduces part of an answer; it is never a question. */
const isLabel = (text: string) => /[:：]\s*$/.test(text.trim()) && !readsAsQuestion(text);

function removeLabel(p: Paragraph, label: RegExp): Paragraph {
  const [first, ...rest] = p.children;
  if (first?.type === "text") return { ...p, children: [{ ...first, value: first.value.replace(label, "") }, ...rest] };
  if (first && (first.type === "strong" || first.type === "emphasis") && label.test(toString(first))) return { ...p, children: rest };
  return p;
}

function fromItem(item: ListItem, ctx: Ctx, list: number): Candidate | null {
  const [first, ...rest] = item.children;
  if (!first) return null;
  const line = lineOf(ctx, item);
  if (first.type === "heading") {
    // `4. ### Question` whose answer is not indented under the item: the blocks after it are the answer.
    return { shape: "item", input: { prompt: first.children, answer: rest, line, followUps: true }, reads: readsAsQuestion(toString(first)), list, open: rest.length === 0 };
  }
  if (first.type !== "paragraph") return null;
  const bold = boldText(first);
  const structured = bold !== null || rest.length > 0;
  const text = toString(first);
  const words = first.children.filter((c) => c.type === "text" && /[\p{L}\p{N}]/u.test(c.value));
  if (!structured && words.length === 0) {
    return { shape: "plain", input: { prompt: first.children, answer: [], line }, reads: false, list, open: false, fragment: { type: "list", ordered: false, spread: false, children: [item] } };
  }
  return {
    shape: structured ? "item" : "plain",
    input: { prompt: first.children, answer: rest, line, followUps: true },
    reads: readsAsQuestion(text) && !isLabel(text),
    list,
    open: false,
  };
}

/** Plain paragraphs with one question per line: each line ending in a question mark is a card. */
function fromLines(p: Paragraph, ctx: Ctx): Candidate[] {
  const lines = toString(p).split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || lines.filter(readsAsQuestion).length / lines.length < 0.5) return [];
  const line = lineOf(ctx, p);
  return lines.map((text, i) => ({
    shape: "line" as const,
    input: { prompt: [{ type: "text" as const, value: text }], answer: [], line: line + i },
    reads: readsAsQuestion(text),
    list: -1,
    open: false,
  }));
}

function candidatesIn(nodes: RootContent[], ctx: Ctx): { candidates: Candidate[]; loose: number } {
  const candidates: Candidate[] = [];
  let loose = 0; // blocks before the first candidate
  let lists = 0;
  const attach = (block: RootContent) => {
    const last = candidates[candidates.length - 1];
    if (last?.open) last.input.answer.push(block);
    else loose++;
  };
  for (const node of nodes) {
    if (node.type === "details") {
      const question = readsAsQuestion(node.summaryText) || node.summaryBlocks.length > 0;
      const last = candidates[candidates.length - 1];
      if (!question && last) {
        // "Answer", "Show", "Solution": the hidden answer of the question above.
        last.input.answer.push(...node.children);
        continue;
      }
      if (!question && node.summaryText === "") continue;
      candidates.push({
        shape: "details",
        input: { prompt: node.summary, front: node.summaryBlocks, answer: [...node.children], line: lineOf(ctx, node) },
        reads: question,
        list: -1,
        open: false,
      });
      continue;
    }
    if (node.type === "list") {
      const list = lists++;
      // A list under a bold or Q: question is its answer.
      const headingLed = node.children.some((item) => item.children[0]?.type === "heading");
      if (candidates[candidates.length - 1]?.open && !headingLed) {
        attach(node);
        continue;
      }
      const found = node.children.map((item) => fromItem(item, ctx, list)).filter((c): c is Candidate => c !== null);
      if (found.length === 0) attach(node);
      candidates.push(...found);
      continue;
    }
    if (node.type === "paragraph") {
      const text = toString(node);
      if (QA_QUESTION.test(text)) {
        candidates.push({ shape: "qa", input: { prompt: removeLabel(node, QA_QUESTION).children, answer: [], line: lineOf(ctx, node) }, reads: true, list: -1, open: true });
        continue;
      }
      const last = candidates[candidates.length - 1];
      if (last?.shape === "qa" && last.input.answer.length === 0 && QA_ANSWER.test(text)) {
        last.input.answer.push(removeLabel(node, QA_ANSWER));
        continue;
      }
      const bold = boldText(node);
      if (bold && !isLabel(toString({ type: "paragraph", children: bold }))) {
        candidates.push({ shape: "bold", input: { prompt: bold, answer: [], line: lineOf(ctx, node) }, reads: readsAsQuestion(toString(node)), list: -1, open: true });
        continue;
      }
      if (!last?.open) {
        const lines = fromLines(node, ctx);
        if (lines.length) {
          candidates.push(...lines);
          continue;
        }
      }
    }
    attach(node);
  }
  return { candidates, loose };
}

/** Which candidates are questions: those that read as one, or all of a shape when most do. */
function accepted(candidates: Candidate[]): Set<Candidate> {
  const out = new Set<Candidate>();
  const byShape = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.fragment) continue;
    const key = c.shape === "plain" ? `plain:${c.list}` : c.shape;
    byShape.set(key, [...(byShape.get(key) ?? []), c]);
  }
  for (const [key, group] of byShape) {
    const reading = group.filter((c) => c.reads).length;
    const most = reading / group.length >= 0.5;
    for (const c of group) {
      // A plain bullet that reads as a question among statements is more likely prose than a card.
      if (key.startsWith("plain:") ? most : c.reads || (most && reading >= 1)) out.add(c);
    }
  }
  return out;
}

/** The cards in a run of blocks, in order. Candidates not taken are reported, never made into cards. */
export function cardsInBlocks(nodes: RootContent[], ctx: Ctx): RawCard[] {
  const { candidates } = candidatesIn(nodes, ctx);
  const taken = accepted(candidates);
  const cards: RawCard[] = [];
  let previous: RawCard | null = null;
  for (const c of candidates) {
    if (!taken.has(c)) {
      if (c.fragment && previous) {
        previous.front.push(c.fragment);
      } else if (c.shape === "bold" && previous) {
        // A bold line among questions that is not one: a sub-heading of the answer above.
        previous.answer.push({ type: "paragraph", children: [{ type: "strong", children: c.input.prompt }] }, ...c.input.answer);
      } else if (c.shape !== "plain" || c.reads) {
        warn(ctx, c.input.line, `"${toString({ type: "paragraph", children: c.input.prompt }).slice(0, 60)}" does not read as a question and was skipped`);
      }
      continue;
    }
    const card = makeCard(c.input, (line, message) => warn(ctx, line, message));
    if (card) {
      cards.push(card);
      previous = card;
    }
  }
  return cards;
}

/** Does this run of blocks hold a hidden answer (`<details><summary>Show</summary>`)? */
export function hasAnswerDetails(nodes: RootContent[]): boolean {
  return nodes.some((n) => n.type === "details" && !readsAsQuestion(n.summaryText) && n.summaryBlocks.length === 0);
}
