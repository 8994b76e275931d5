import { type AnswerPlace, hintText, type QuestionShape } from "./hints";
import { isAnswerLabel } from "./question-text";
import { isQuizLines } from "./quiz";

/**
 * The doctor's advice for a file the reader found no questions in: what the file looks like, and the
 * one steering hint (hints.ts) to try. Read from the raw lines, not the tree: it runs only when a
 * file fails, and must say something useful about files whose shape the tree reader does not know.
 */
export interface Advice {
  looks: string; // "95 paragraphs ending in “?”, no headings or lists"
  hint: { questions: QuestionShape; headingLevel?: number; answers?: AnswerPlace } | null;
  text: string; // both in one line, for messages
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:\s|(?=\S))(.*)$/;
const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;
const LINK_ONLY = /^(?:\*\*|__)?\[[^\]]*\]\(([^)]*)\)(?:\*\*|__)?\s*$/;
const ROW = /^\s*\|.*\|\s*$/;
const RULE = /^\s*\|?[\s:|-]+\|?\s*$/;
const QA = /^\s*(?:\*\*|__)?(?:Q|Question)\s*\d*\s*[:.)]/i;
const BOLD_LINE = /^\s*(?:\*\*|__)[^*_].*(?:\*\*|__)[:.]?\s*$/;
const ENDS_IN_QUESTION = /[?？؟][\s"'”’)\]）】」*_]*$/u;
const OPENS_BLOCK = /^\s*(?:#|[-*+]\s|\d+[.)]\s|\||>|<)/;
/** A table row of a contents table: its cells a row number and a link, nothing else. */
const LINK_ROW = /^\s*\|(?:\s*(?:#?\d+[.)]?|\*\*[^*|]*\*\*)?\s*\|)*\s*(?:\*\*|__)?\[[^\]]*\]\(([^)]*)\)(?:\*\*|__)?\s*\|\s*$/;
/** A `<summary>` on its line: "Answer", "show", "Click to see the solution" hide an answer, not a question. */
const SUMMARY = /<summary[^>]*>(.*?)<\/summary>/i;

interface Counts {
  headings: Map<number, { all: number; asked: number }>;
  items: number;
  links: number; // bullets and rows that only link to another page (a link to `#a-section` is this page's contents: not counted)
  rows: number;
  qa: number;
  bold: number;
  details: number; // `<details>` blocks, not those that only hide an answer ("show", "Answer")
  paragraphs: number;
  asked: number; // paragraphs (or block quotes) whose last line ends in a question mark
  answered: number; // of those, the ones with prose, options or code below them before the next
  htmlItems: number; // `<li>` items of HTML lists, outside code
  code: number; // fenced code blocks
  separated: { comma: number; tab: number; lines: number }; // lines outside code holding a comma or a tab, of all non-blank lines
}

function count(text: string): Counts {
  const c: Counts = { headings: new Map(), items: 0, links: 0, rows: 0, qa: 0, bold: 0, details: 0, paragraphs: 0, asked: 0, answered: 0, htmlItems: 0, code: 0, separated: { comma: 0, tab: 0, lines: 0 } };
  let fence: string | null = null;
  let para: string[] = [];
  let quoted = false; // the paragraph being read is a block quote's (`> What is X?`)
  // After a paragraph that asks, until the next: whatever stands below it is its answer.
  let asking = false;
  let options = false; // the list below a paragraph that asks: its options or answer, not questions
  const below = () => {
    if (asking) c.answered++;
    asking = false;
  };
  // Inside a `<details>` block: its bullets, rows and bold lines are the hidden answer's, not questions.
  let inDetails = 0;
  const endParagraph = () => {
    if (para.length) {
      c.paragraphs++;
      // A quiz's question with its options under it ("What is X?", "A. …", "B. …") asks, answered below.
      const quiz = isQuizLines(para, (l) => ENDS_IN_QUESTION.test(l));
      const asks = quiz || ENDS_IN_QUESTION.test(para[para.length - 1]!);
      if (asks) c.asked++;
      else below();
      asking = asks;
      if (quiz) below();
      options = false;
    }
    para = [];
    quoted = false;
  };
  for (const line of text.split("\n")) {
    const f = FENCE.exec(line);
    if (f && fence === null) c.code++;
    if (fence === null && !f && line.trim() !== "") {
      c.separated.lines++;
      if (line.includes("\t")) c.separated.tab++;
      else if (line.includes(",")) c.separated.comma++;
    }
    if (fence !== null || f) {
      if (f) fence = fence === null ? f[1]![0]! : f[1]!.startsWith(fence) ? null : fence;
      endParagraph();
      below();
      continue;
    }
    c.htmlItems += line.match(/<li\b/gi)?.length ?? 0;
    const summary = SUMMARY.exec(line);
    if (/<details/i.test(line) && !(summary && isAnswerLabel(summary[1]!.replace(/<[^>]*>/g, "")))) c.details++;
    const hidden = inDetails > 0;
    inDetails = Math.max(0, inDetails + (line.match(/<details/gi)?.length ?? 0) - (line.match(/<\/details/gi)?.length ?? 0));
    const quote = hidden ? null : /^\s*>\s?(.*)$/.exec(line);
    if (quote) {
      // A block quote that asks (`> What is X?`) is a question set in prose, counted with the paragraphs.
      if (!quoted) endParagraph();
      if (quote[1]!.trim() === "") endParagraph();
      else {
        para.push(quote[1]!.trim());
        quoted = true;
      }
      continue;
    }
    if (quoted) endParagraph();
    if (OPENS_BLOCK.test(line)) endParagraph();
    const h = HEADING.exec(line);
    const item = ITEM.exec(line);
    if (item && (asking || options) && !ENDS_IN_QUESTION.test(item[1]!)) {
      below();
      options = true;
    } else if (h) {
      const depth = h[1]!.length;
      const seen = c.headings.get(depth) ?? { all: 0, asked: 0 };
      c.headings.set(depth, { all: seen.all + 1, asked: seen.asked + (ENDS_IN_QUESTION.test(h[2]!) ? 1 : 0) });
    } else if (hidden) {
      // The answer's own bullets and tables.
    } else if (item || ROW.test(line)) {
      const link = item ? LINK_ONLY.exec(item[1]!.trim()) : LINK_ROW.exec(line);
      if (link?.[1]?.trim().startsWith("#")) {
        // This page's own contents: the questions it lists are below, in a shape of their own.
      } else if (item) {
        c.items++;
        if (link) c.links++;
      } else if (link) c.links++;
      // A table indented under a list item is part of that item's answer.
      else if (!RULE.test(line) && !/^(?:\t| {2})/.test(line)) c.rows++;
    } else if (QA.test(line)) c.qa++;
    // A bold link ("**[Back to top](#contents)**") is navigation, not a bold question.
    else if (BOLD_LINE.test(line) && !LINK_ONLY.test(line.trim())) c.bold++;
    if (line.trim() === "" || OPENS_BLOCK.test(line)) endParagraph();
    else para.push(line.trim());
  }
  endParagraph();
  return c;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the file looks like and the one hint to try (null: no hint would help). */
export function adviseFile(text: string): Advice {
  const c = count(text);
  // Questions with prose (or a quiz's options) between them: the paragraphs that ask, each answered by what is below it.
  const answered = c.answered * 2 >= c.asked;
  const headings = [...c.headings.values()].reduce((n, h) => n + h.all, 0);
  const deepest = [...c.headings].filter(([, h]) => h.all >= 3).sort((a, b) => b[1].all - a[1].all || b[0] - a[0])[0];
  const options: { n: number; looks: string; hint: Advice["hint"] }[] = [
    { n: c.asked >= 3 ? c.asked : 0, looks: `${plural(c.asked, "paragraph")} ending in “?”${answered ? ", each answered below" : headings + c.items === 0 ? ", no headings or lists" : ""}`, hint: answered ? { questions: "paragraph", answers: "below" } : { questions: "paragraph" } },
    { n: c.rows >= 3 ? c.rows : 0, looks: `a table of ${plural(c.rows, "row")}`, hint: { questions: "table" } },
    { n: c.qa >= 2 ? c.qa : 0, looks: `${plural(c.qa, "line")} opening with “Q:”`, hint: { questions: "qa-label" } },
    { n: c.details >= 2 ? c.details : 0, looks: `${plural(c.details, "<details> block")}`, hint: { questions: "details" } },
    { n: c.bold >= 3 ? c.bold : 0, looks: `${plural(c.bold, "whole-bold line")}`, hint: { questions: "bold" } },
    {
      n: deepest ? deepest[1].all : 0,
      looks: deepest ? `${plural(deepest[1].all, `level-${deepest[0]} heading`)}${deepest[1].asked === 0 ? ", none ending in “?”" : ""}` : "",
      hint: deepest ? { questions: "heading", headingLevel: deepest[0] } : null,
    },
    { n: c.items - c.links >= 3 ? c.items - c.links : 0, looks: `${plural(c.items - c.links, "list item")}`, hint: { questions: "list" } },
  ];
  // A list of links (a contents or index page) holds no questions: they are in the pages it links to.
  if (c.links >= 3 && c.links >= (c.items - c.links) && options.every((o) => o.n < c.links)) {
    const looks = `a list of ${plural(c.links, "link")} (a contents or index page)`;
    return { looks, hint: null, text: `${looks}: the questions are in the pages it links to; add those files to the deck` };
  }
  const best = options.filter((o) => o.n > 0).sort((a, b) => b.n - a.n)[0];
  // A spreadsheet saved as text: every line (a header too) holds a tab, or a comma.
  const { comma, tab, lines } = c.separated;
  if (!best?.hint && lines >= 3 && (tab === lines || comma === lines)) {
    const looks = `${plural(lines, "line")} of ${tab === lines ? "tab" : "comma"}-separated values`;
    return { looks, hint: null, text: `${looks}: this is a spreadsheet, not markdown: save it as .${tab === lines ? "tsv" : "csv"} and use “Import an Anki package or a CSV”` };
  }
  // Code and nothing to say what it answers (solutions without their problems).
  if (!best?.hint && c.code >= 2 && c.paragraphs === 0 && c.items === 0) {
    const looks = `${plural(c.code, "code block")} and no questions`;
    return { looks, hint: null, text: `${looks}: put a heading that asks above each block ("### How do you reverse a string?")` };
  }
  // Questions in an HTML list (`<ol><li><b>What is X?</b><p>…</p></li>`): markdown lists are read, HTML ones are not.
  if (!best?.hint && c.htmlItems >= 3) {
    const looks = `${plural(c.htmlItems, "item")} of an HTML list (<li>)`;
    return { looks, hint: null, text: `${looks}: write them as a markdown list, each item "- **Question?**" with its answer indented under it` };
  }
  if (!best?.hint) {
    const looks = c.paragraphs ? `${plural(c.paragraphs, "paragraph")} of prose` : "no text the reader can use";
    return { looks, hint: null, text: `${looks}: write each question as a heading, a bullet or a paragraph ending in “?”` };
  }
  return { looks: best.looks, hint: best.hint, text: `${best.looks}: try \`${hintText(best.hint)}\`` };
}
