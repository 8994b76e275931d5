import type { List, Paragraph, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { QA_ANSWER, QA_QUESTION } from "./qa-label";

/**
 * A glossary written as a list: "- **Term** — definition" (or "–", " - ", ":" after the bold, or
 * "**Term:** definition" with the colon inside it; or the term in code, "- `term` — definition"). Each item is a card whose front is the term, as
 * a glossary table's row is (table.ts), and whose answer is the definition and what the item nests.
 * Only a list that clearly is a glossary: three items at least, two thirds of them a term over a
 * definition of three words or more. A bold lead inside an answer is never read here: an answer's
 * lists are not searched for questions.
 */
export interface GlossaryItem {
  term: PhrasingContent[];
  definition: Paragraph;
}

/** The separator after the bold term: a dash (a hyphen only with a space after it) or a colon. */
const SEPARATOR = /^\s*(?:[—–:：]|-(?=\s))\s*/;
const COLON_END = /\s*[:：]\s*$/;
const SPELLED_OUT = /^\s*(\([^()\n]{1,60}\))/;

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The term and its definition in an item's first paragraph, or null when it is not "**Term** — definition". */
export function glossaryItem(p: Paragraph): GlossaryItem | null {
  const at = p.children.findIndex((c) => !(c.type === "text" && c.value.trim() === ""));
  const lead = p.children[at];
  // "- `term` — definition": a term in code is the term, code and all (a colon is never inside it).
  if (lead?.type === "inlineCode") return codeTerm(lead, p.children.slice(at + 1), p);
  if (lead?.type !== "strong") return null;
  const termText = toString(lead).trim();
  // "**Q:** What…?", "**A:** …": the author's question and answer labels, not a term.
  if (QA_QUESTION.test(termText) || QA_ANSWER.test(termText)) return null;
  const colonInside = COLON_END.test(termText);
  const [next, ...tail] = p.children.slice(at + 1);
  if (next?.type !== "text") return null;
  // "**TCP** (Transmission Control Protocol) — …": the words in brackets are the term's.
  const spelled = colonInside ? null : SPELLED_OUT.exec(next.value);
  const separator = colonInside ? /^\s+/.exec(next.value) : SEPARATOR.exec(next.value.slice(spelled?.[0].length ?? 0));
  if (!separator) return null;
  const skip = (spelled?.[0].length ?? 0) + separator[0].length;
  const term: PhrasingContent[] = colonInside ? withoutColon(lead.children) : spelled ? [...lead.children, { type: "text", value: ` ${spelled[1]}` }] : lead.children;
  const plainTerm = termText.replace(COLON_END, "");
  // One letter ("**A:** Paris") is an option's mark, and a long bold line is a sentence, not a term.
  if (plainTerm.length < 2 || plainTerm.length > 80 || !/\p{L}/u.test(plainTerm)) return null;
  const rest = [{ ...next, value: next.value.slice(skip) }, ...tail].filter((c) => !(c.type === "text" && c.value === ""));
  if (!/[\p{L}\p{N}]/u.test(toString({ type: "paragraph", children: rest }))) return null;
  return { term, definition: { type: "paragraph", children: rest, position: p.position } };
}

/** "`term` — definition" (or ": definition"): the code is the term, what follows the separator its definition. */
function codeTerm(lead: PhrasingContent, after: PhrasingContent[], p: Paragraph): GlossaryItem | null {
  const [next, ...tail] = after;
  const separator = next?.type === "text" ? SEPARATOR.exec(next.value) : null;
  if (next?.type !== "text" || !separator || toString(lead).trim().length < 1) return null;
  const rest = [{ ...next, value: next.value.slice(separator[0].length) }, ...tail].filter((c) => !(c.type === "text" && c.value === ""));
  if (!/[\p{L}\p{N}]/u.test(toString({ type: "paragraph", children: rest }))) return null;
  return { term: [lead], definition: { type: "paragraph", children: rest, position: p.position } };
}

/** The bold's children without the colon that ends them ("**MTU:**" → MTU). */
function withoutColon(children: PhrasingContent[]): PhrasingContent[] {
  const last = children[children.length - 1];
  if (last?.type !== "text") return children;
  return [...children.slice(0, -1), { ...last, value: last.value.replace(COLON_END, "") }];
}

/** Is this list a glossary (see above)? */
export function isGlossaryList(list: List): boolean {
  if (list.children.length < 3) return false;
  const terms = list.children.filter((item) => {
    const first = item.children[0];
    const found = first?.type === "paragraph" ? glossaryItem(first) : null;
    return found !== null && words(toString(found.definition)) >= 3;
  }).length;
  return terms >= 3 && terms * 3 >= list.children.length * 2;
}
