import type { PhrasingContent, RootContent, Table, TableCell } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Candidate } from "./candidate";
import { readsAsQuestion } from "./question-text";
import { type Ctx, lineOf } from "./raw";

/**
 * Tables whose rows are question | answer. A row's first cell is the question, the next cells its
 * answer (several answer columns are kept as labelled paragraphs). In auto mode a table counts when
 * most of its first cells read as questions and it has an answer column with words: a contents
 * table (questions linking to their sections) or a one-column list of questions is not cards.
 */
const hasWords = (cells: TableCell[]) => cells.some((c) => /[\p{L}\p{N}]/u.test(toString(c)) && !(c.children.length === 1 && c.children[0]?.type === "link"));

/** A cell's answer: its paragraph, or the blocks an HTML table's cell holds as written (html-table.ts). */
const blocksOf = (c: TableCell): RootContent[] => c.data?.blocks ?? [{ type: "paragraph", children: c.children }];

function answerOf(cells: TableCell[], header: TableCell[]): RootContent[] {
  if (cells.length === 1) return blocksOf(cells[0]!);
  return cells
    .map((c, i) => ({ c, label: toString(header[i + 1] ?? { type: "tableCell", children: [] }).trim() }))
    .filter(({ c }) => toString(c).trim() !== "")
    .flatMap(({ c, label }): RootContent[] => {
      if (!label) return blocksOf(c);
      const [first, ...rest] = blocksOf(c);
      const lead: PhrasingContent[] = [{ type: "strong", children: [{ type: "text", value: label }] }, { type: "text", value: ": " }];
      return first?.type === "paragraph" ? [{ type: "paragraph", children: [...lead, ...first.children] }, ...rest] : [{ type: "paragraph", children: lead.slice(0, 1) }, ...(first ? [first] : []), ...rest];
    });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * A glossary: term | meaning, two columns, many rows, short terms and answers of prose (a sentence
 * with a full stop). A term is a card's front as a question is. A table of options or settings
 * (short values, no sentences) is not one.
 */
function isGlossary(firsts: string[], answers: TableCell[][]): boolean {
  if (firsts.length < 8 || answers.some((a) => a.length !== 1)) return false;
  const texts = answers.map((a) => toString(a[0]!).trim());
  const sentences = texts.filter((t) => t.length >= 30 && /[.!?。]/.test(t)).length;
  return median(firsts.map((f) => f.trim().length)) <= 40 && sentences / texts.length >= 0.7;
}

/** "Term | Definition", "Concept | Meaning", "용어 | 설명", "术语 | 解释": a header that says it is a glossary, however many rows or columns. */
const TERM_HEAD = /^(?:terms?|concepts?|words?|keywords?|acronyms?|abbreviations?|glossary|término|termo|термин|용어|术语|術語|名词|名詞|用語)$/iu;
const MEANING_HEAD = /^(?:definitions?|meanings?|descriptions?|explanations?|what it (?:is|means)|definición|significado|descripción|definição|определение|описание|значение|설명|정의|의미|定义|定義|含义|含義|解释|解釋|说明|說明|意味|説明)$/iu;
const glossaryHeader = (header: TableCell[]) => header.length >= 2 && TERM_HEAD.test(toString(header[0]!).trim()) && MEANING_HEAD.test(toString(header[1]!).trim());

/** A cell that holds a value, not an answer: a few words, no sentence ("ERD", "`flowchart` / `graph`", "Node.js"). */
function isValue(cell: TableCell): boolean {
  const t = toString(cell).trim();
  return t.length <= 40 && t.split(/\s+/).length <= 4 && !/[.!?。！？](?:\s|$)/u.test(t);
}

/** A column whose every cell is one letter or digit ("B", "3"): the key of a multiple-choice row. */
function hasKeyColumn(answers: TableCell[][]): boolean {
  const width = Math.max(...answers.map((a) => a.length));
  return Array.from({ length: width }, (_, j) => j).some((j) => answers.every((a) => a[j] !== undefined && /^[\p{L}\p{N}]$/u.test(toString(a[j]).trim())));
}

/**
 * A column headed as the answer, in the languages of the banks seen so far and their neighbours
 * ("Answer", "Correct answer", "Solución", "Ответ", "答案", "정답", "Đáp án", "پاسخ"…): a table with one
 * is question | answer, however short its answers ("What port does HTTP use? | 80 | Easy").
 */
export const ANSWER_HEADER =
  /^(?:(?:the |correct |short |right )?answers?|a|ans\.?|solutions?|respuestas?|soluci[oó]n|r[eé]ponses?|antworte?n?|l[oö]sung|respostas?|risposta|odpowied[zź]|cevap|jawaban|ответы?|відповідь|答案?|解答|回答|答え|正解|정답|답변?|đáp án|câu trả lời|trả lời|الإجابة|الجواب|پاسخ|उत्तर)$/iu;

/**
 * A column of labels beside the answer, not an attribute of a record: a level or a difficulty. It is
 * headed as one, or its cells repeat a few values down the rows ("Easy", "Easy", "Hard", "Easy").
 * "| Question | Response | Difficulty |" with short answers is then one answer column and its level.
 */
const LEVEL_HEADER =
  /^(?:levels?|difficulty|difficulté|dificultad|nivel|niveau|schwierigkeit(?:sgrad)?|livello|nível|уровень|сложность|难度|难易度|级别|等级|難易度|レベル|난이도|레벨|mức độ|độ khó|cấp độ|المستوى|الصعوبة|سطح|स्तर|zorluk|seviye)$/iu;

function isLabelColumn(cells: string[], head: string): boolean {
  return LEVEL_HEADER.test(head) || (cells.length >= 2 && new Set(cells).size * 2 <= cells.length);
}

/**
 * A lookup table (a cheat sheet: "the question to answer | kind of diagram | its syntax"): several
 * columns beside the first, every cell of them a short value. Each row is a record of attributes,
 * its first cell a key that may be worded as a question, not a question and its answer. One answer
 * column of short values ("Which part is the frontend? | React.js") is still question | answer, and
 * so is one beside a column of labels (a level), a multiple-choice table (options, then the right
 * one's letter), and a table with a column headed as the answer.
 */
function isLookup(answers: TableCell[][], header: TableCell[]): boolean {
  if (!answers.every((a) => a.every(isValue)) || hasKeyColumn(answers)) return false;
  const heads = header.slice(1).map((h) => toString(h).trim());
  if (heads.some((h) => ANSWER_HEADER.test(h))) return false;
  const width = Math.max(...answers.map((a) => a.length));
  const column = (j: number) => answers.map((a) => (a[j] ? toString(a[j]).trim() : ""));
  return Array.from({ length: width }, (_, j) => j).filter((j) => !isLabelColumn(column(j), heads[j] ?? "")).length >= 2;
}

/** A cell that numbers its row ("1", "2.", "#3") or is empty. */
const isRowNumber = (cell: TableCell | undefined) => /^(?:#?\d{1,4}[.)]?)?$/.test(toString(cell ?? { type: "tableCell", children: [] }).trim());

/** The rows of a question | answer table as candidates, or [] when it is not one. `forced`: the bank says so. */
export function fromTable(table: Table, ctx: Ctx, index: number, forced: boolean): Candidate[] {
  const [head, ...rows] = table.children;
  if (!head || rows.length === 0) return [];
  // A first column of row numbers ("| # | Question | Answer |") numbers the questions: the question
  // is the next cell. A contents table ("| No. | Questions |") is left with no answer column.
  const skip = head.children.length >= 3 && rows.every((r) => isRowNumber(r.children[0])) ? 1 : 0;
  const header = head.children.slice(skip);
  const cells = rows.map((r) => r.children.slice(skip));
  if (header.length < 2) return [];
  const firsts = cells.map((c) => toString(c[0] ?? { type: "tableCell", children: [] }));
  const reading = firsts.filter(readsAsQuestion).length;
  const answers = cells.map((c) => c.slice(1));
  const glossary = isGlossary(firsts, answers) || glossaryHeader(header);
  if (!forced && !((reading / rows.length >= 0.5 && answers.some(hasWords) && !isLookup(answers, header)) || glossary)) return [];
  // Several answer columns are labelled by their headers; a glossary's definition needs none.
  const labels = header.length <= 2 ? [] : glossaryHeader(header) ? [header[0]!, { type: "tableCell" as const, children: [] }, ...header.slice(2)] : header;
  return rows.map((row, i) => ({
    shape: "table" as const,
    input: { prompt: cells[i]![0]?.children ?? [], answer: answerOf(answers[i]!, labels), line: lineOf(ctx, row) },
    reads: forced || glossary || readsAsQuestion(firsts[i]!),
    list: index,
    open: false,
  }));
}
