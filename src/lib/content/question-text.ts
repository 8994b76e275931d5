/**
 * Does a line of text read as an interview question? Pure text rules, shared by every detector.
 *
 * A question ends with a question mark in any script (`?`, `？`, `؟`), opens with one (`¿`), or
 * opens with an interrogative or an instruction ("What…", "Explain…", "Write…"). Numbering such as
 * `1.`, `Q.`, `Q1:` and trailing decoration (emoji, difficulty stars) are ignored.
 */
import { stripNumbering } from "./text";

/** First words that make a line a question or a task. Lower case, compared without punctuation. */
const OPENERS = new Set([
  "what", "whats", "how", "why", "when", "where", "which", "who", "whom", "whose",
  "explain", "describe", "compare", "contrast", "write", "implement", "define", "name", "list",
  "difference", "differences", "differentiate", "distinguish", "design", "given", "create", "build",
  "find", "give", "tell", "talk", "discuss", "outline", "summarize", "summarise", "state", "guess",
  "predict", "solve", "calculate", "determine", "reverse", "sort", "convert", "print", "check",
  "show", "demonstrate", "identify", "illustrate", "elaborate", "mention", "enumerate", "can",
  "could", "should", "would", "is", "are", "do", "does", "did", "will", "have", "has",
]);

/**
 * Openers that are also common at the start of statements ("Is" rarely, "List of links" often).
 * They count only when the line is short enough to be a prompt and has no sentence after it.
 */
const WEAK_OPENERS = new Set(["can", "could", "should", "would", "is", "are", "do", "does", "did", "will", "have", "has", "list", "name", "state", "show", "check", "print", "sort"]);

/** One character of trailing decoration: a space, an emoji or its joiners and modifiers, a star, markdown's `*_~`. */
const DECORATION = /^[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\u20e3*_~]$/u;
const QUESTION_END = /[?？؟][\s"'”’)\]）】」]*$/u;

/** Removes trailing emoji, stars and spaces: "What is X? 👶" → "What is X?". */
export function stripTrailingDecoration(text: string): string {
  // From the end, one code point at a time: a regex anchored at `$` is tried from every position of the text.
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && end > 1 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800;
    const from = pair ? end - 2 : end - 1;
    if (!DECORATION.test(text.slice(from, end))) break;
    end = from;
  }
  return end > 0 ? text.slice(0, end) : text;
}

/** Emoji (and keycap digits, "1️⃣"), arrows and bullets ("➤", "►", "•") with their joiners and spaces before the words: "🔹 What is X?" → "What is X?". */
const LEADING_DECORATION = /^(?:[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\u2190-\u21ff\u25a0-\u25ff\u2794-\u27bf\u2022\u2023]|[\p{Nd}#*]\ufe0f?\u20e3)+/u;

/** Text that is only decoration ("➤ ", "🔹"): a bullet drawn before a bold question. */
export const isDecoration = (text: string) => text.trim() !== "" && text.replace(LEADING_DECORATION, "") === "";

/** Removes leading emoji and keycaps: a bullet drawn with an emoji is decoration, not part of the question. */
export function stripLeadingDecoration(text: string): string {
  const rest = text.replace(LEADING_DECORATION, "");
  return rest.length > 0 ? rest : text;
}

/** The text as a detector sees it: leading and trailing decoration and numbering removed, spaces collapsed. */
export function normalisedPrompt(text: string): string {
  return stripTrailingDecoration(stripNumbering(stripLeadingDecoration(text.replace(/\s+/g, " ").trim()))).trim();
}

const firstWord = (t: string) => (/^[\p{L}']+/u.exec(t)?.[0] ?? "").toLowerCase().replace(/'/g, "");

/**
 * A line that reads as a question by its opening word alone, and a strong one ("Explain…",
 * "Implement…", "How…"): not "Check…", "Is…", "Note…", which open statements as often as tasks.
 */
export function opensAsTask(text: string): boolean {
  return readsAsQuestion(text) && !WEAK_OPENERS.has(firstWord(normalisedPrompt(text)));
}

export function readsAsQuestion(text: string): boolean {
  const t = normalisedPrompt(text);
  if (t.length < 3) return false;
  if (QUESTION_END.test(t) || /^[¿]/.test(t)) return true;
  // A question mark that ends a sentence inside the line: "What is X? Give an example."
  if (/[?？؟]\s+\S/u.test(t) && t.length <= 400) return true;
  const first = firstWord(t);
  // "Show", "Answer", "See solution": a label, not a question. A task has a few words at least.
  if (!OPENERS.has(first) || t.split(/\s+/).length < 3) return false;
  if (!WEAK_OPENERS.has(first)) return true;
  return t.length <= 160 && !/[.!]\s+\p{Lu}/u.test(t);
}

/** Words that name a hidden answer in a `<details>` summary ("Show answer", "Click to see the solution"). */
const ANSWER_WORD = /\b(?:answers?|solutions?|show|hide|reveal|expand|collapse|click|explanation|explain|hints?|output|results?|spoiler|toggle)\b/i;

/**
 * A `<details>` summary that labels the hidden answer of the question above ("Answer", "show",
 * "Click to see the solution"): a few words, or words that name the answer. A sentence that names
 * nothing of the kind ("Cite a few tools used to operate Chaos exercises") is a question of its own.
 */
export function isAnswerLabel(summary: string): boolean {
  const t = normalisedPrompt(summary);
  return t.split(/\s+/).length <= 4 || ANSWER_WORD.test(t);
}

/**
 * Does a `<details>` summary ask a question? "Show the answer", "Check the solution" open like tasks
 * but name the hidden answer in a few words, with no question mark: a label, not a question.
 */
export function summaryAsks(summary: string): boolean {
  if (!readsAsQuestion(summary)) return false;
  const t = normalisedPrompt(summary);
  return /[?？؟]/u.test(t) || t.split(/\s+/).length > 4 || !/\b(?:answers?|solutions?|reveal|spoiler|hints?)\b/i.test(t);
}

/** Placeholder answers authors leave behind ("Answer here", "TODO"): not an answer. */
const PLACEHOLDER = /^\s*$|^\s*(?:answer(?:\s+goes)?\s+here|todo|tbd|tba|coming\s+soon|wip|work\s+in\s+progress|to\s+be\s+(?:added|written|continued)|\.\.\.|…)[.!]?\s*$/i;

/** Placeholder answers authors leave behind ("Answer here", "TODO") or nothing at all: not an answer. Anchored, so a long answer fails at once. */
export function isPlaceholderAnswer(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/** A label such as "**Example:**" introduces part of an answer; it is never a question. */
export const isLabel = (text: string) => /[:：]\s*$/.test(text.trim()) && !readsAsQuestion(text);
