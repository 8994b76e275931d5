/** Small text helpers shared by the loader. Pure, no markdown dependencies. */

/**
 * A hyphen or en dash after a number (or `Q`, `Part`…) is numbering only with a space on one side
 * ("1 - What", "1- What"): joined on both sides it makes a range or a compound ("1–10: Basics",
 * "64-bit Integers", "Q-learning"), part of the title. Chinese and Japanese banks number with an
 * ideographic comma or full-width marks, in digits or in numerals ("1、", "一、", "2．", "3）", "（1）",
 * "①", "第1题", "Q1、"); "(1)" in brackets is numbering in any language.
 */
const NUMBERING = /^\s*(?:(?:\p{Nd}+|[一二三四五六七八九十百]+)\s*[、．）](?=\s*\S)|(?:[(（](?:\p{Nd}+|[一二三四五六七八九十百]+)[)）]|[\u2460-\u2473]|第\s*(?:\p{Nd}+|[一二三四五六七八九十百]+)\s*[题題问問][:：、.．]?)(?=\s*\S)|(?:Q(?:uestion)?|A|Section|Part|Topic|Chapter)\s*\p{Nd}*(?:\s*[.:：、)—]|\s*[-–](?!\S)|\s+[-–])|\p{Nd}+(?:\.\p{Nd}+)+\s+(?=\S)|\p{Nd}+(?:\.\p{Nd}+)*(?:\s*[.):—]|\s*[-–](?!\S)|\s+[-–]))\s*/iu;
/** "1 What is X": a bare number is numbering only before a capital ("4 principles of…" keeps its count). */
const BARE_NUMBER = /^\s*\p{Nd}+\s+(?=\p{Lu})/u;
/** Words a numbered question opens with: "2 How Does X Work?" is numbering, whatever plural follows. */
const ASKING = /^(?:what|how|why|when|where|which|who|whose|is|are|was|were|do|does|did|can|could|should|would|will|explain|describe|define|compare|name|list|write|implement|give)$/i;
/** Words ending in s that are no plural noun: verbs and adverbs a title may open with. */
const NOT_PLURAL = /^(?:does|has|was|its|this|thus|yes|always|perhaps|sometimes|across|versus|besides)$/i;
const isPlural = (word: string) => /^\p{L}+s$/u.test(word) && !/(?:ss|us|is)$/.test(word) && !NOT_PLURAL.test(word);

/**
 * "10 Tips For Faster Builds", "3 Simple Ways To Sort": a count of two or more before a plural noun
 * (within the next three words, with more words after it) in a title that asks nothing. A count is
 * part of the title, not its numbering; "1 Ways…" is no English, so a 1 stays numbering.
 */
function opensWithCount(text: string): boolean {
  const m = /^\s*(\p{Nd}+)\s+(\S.*)$/su.exec(text);
  if (!m || /^0*[01]$/.test(m[1]!) || /[?？؟]\s*$/u.test(m[2]!)) return false;
  const words = m[2]!.trim().split(/\s+/).map((w) => w.replace(/[^\p{L}]+$/u, ""));
  if (ASKING.test(words[0]!)) return false;
  return words.slice(0, Math.min(3, words.length - 1)).some(isPlural);
}

/** `text` without the bare number it opens with ("2 Data Types And Variables" → "Data Types And Variables"). */
export function withoutBareNumber(text: string): string {
  const stripped = text.replace(BARE_NUMBER, "");
  return stripped.length > 0 ? stripped : text;
}

/** "1.1 Intro", "2.3. Views": a numbered place under place 1 or 2 (its first number, group 1). */
const SUB_PLACE = /^\s*(\p{Nd}+)(?:\.\p{Nd}+)+\.?(?:\s+(?=\S)|\s*$)/u;
/** A title's leading number written as numbering (`1.`, `2)`, `3 -`) or bare ("1 Basics", "1"), its mark included. */
const PLACE = /^\s*(\p{Nd}+)(?:\s*[.)：:—]|\s*[-–](?!\S)|\s+[-–])?(?:\s+(?=\S)|\s*$)/u;

/**
 * Section titles numbered by their place: "1. Basics", "2 Models", "3", counting 1, 2, 3… in order
 * (from 0 or 1, or three in a row from elsewhere) lose the number ("Basics", "Models", ""). Titles
 * whose numbers are not their places keep them ("404 Errors", "3D Graphics", "3 Ways To Sort").
 * Null when the numbers are not places: one title cannot tell, only its siblings can.
 */
export function withoutPlaceNumbers(titles: string[]): string[] | null {
  // "1.1 Intro" among "1. Basics", "2. Models": a place under the place before it, not one of the run.
  const subPlace = titles.map((t) => SUB_PLACE.exec(t));
  if (subPlace.some(Boolean)) {
    const places = titles.filter((_, i) => !subPlace[i]);
    const rest = places.length > 0 ? withoutPlaceNumbers(places) : null;
    const known = new Set(places.map((t) => PLACE.exec(t)?.[1]).map(Number));
    if (!rest || !subPlace.every((m) => !m || known.has(Number(m[1])))) return null;
    let next = 0;
    return titles.map((t, i) => (subPlace[i] ? t.slice(subPlace[i]![0].length).trim() : rest[next++]!));
  }
  const numbers = titles.map((t) => PLACE.exec(t)?.[1]);
  if (numbers.length === 0 || numbers.some((n) => n === undefined)) return null;
  const places = numbers.map(Number);
  const inOrder = places.every((n, i) => i === 0 || n === places[i - 1]! + 1);
  const rest = titles.map((t) => t.replace(PLACE, "").trim());
  // Three in a row from elsewhere ("8 Streams", "9 Workers", "10 Tests"), but a bare "2019", "2020" is a year.
  if (!inOrder || (places[0]! > 1 && (places.length < 3 || rest.includes("")))) return null;
  return rest;
}

/**
 * "Question 3", "Q12", "Problem #4", "Exercise 2:", or the word alone ("## Question" over the question
 * in a one-question file, "問題"): a label, naming no topic and asking nothing.
 */
const LABEL_ONLY = /^\s*(?:(?:Q|Question|Problem|Exercise|Task|Quiz|Challenge|Puzzle)\s*(?:No\.?\s*)?#?\s*\p{Nd}+|Question|Problem|Exercise|Task|Challenge|Puzzle|问题|問題|题目|題目|문제|질문|Вопрос|Задача|Pregunta|Pergunta)\s*[.:：)]?\s*$/iu;
export const isNumberedLabel = (title: string): boolean => LABEL_ONLY.test(title);

const stripMarkedNumbering = (text: string): string => text.replace(NUMBERING, "") || text;

/**
 * A section title outside a numbered run: numbering written as such goes (`1.`, `Q1:`, `3 -`), and a
 * bare number before a word ("4 Sorting"), unless it reads as meaning something: three digits or
 * more ("404 Errors", "2019 Roadmap") or a count of what follows ("3 Ways", "10 Tips For…").
 */
export function stripSectionNumbering(text: string): string {
  const marked = stripMarkedNumbering(text);
  if (marked !== text) return marked;
  const m = /^\s*(\p{Nd}+)\s+(\S+)/u.exec(text);
  if (m && (m[1]!.length >= 3 || isPlural(m[2]!.replace(/[^\p{L}]+$/u, "")))) return text;
  return stripNumbering(text);
}

/** Drops a leading `1.`, `۱.` (any script's digits), `Q.`, `Q1:`, `Question 3 -` and the like: numbering is not part of a title. */
export function stripNumbering(text: string): string {
  const marked = text.replace(NUMBERING, "");
  const stripped = marked !== text ? marked : opensWithCount(text) ? text : withoutBareNumber(text);
  return stripped.length > 0 ? stripped : text;
}

/** URL-safe slug: lowercase ASCII letters, digits and single hyphens, at most `max` characters. */
export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

const PIN = /\s*\{#([a-z0-9][a-z0-9/-]*)\}\s*$/;

/** Splits a trailing `{#id}` pin off a title: `Why? {#why}` → ["Why?", "why"]. */
export function splitPin(text: string): [string, string | null] {
  const m = PIN.exec(text);
  if (!m) return [text, null];
  return [text.slice(0, m.index), m[1] ?? null];
}

/** Headings that introduce navigation, not questions. */
export function isTableOfContentsTitle(title: string): boolean {
  return /^(table of contents|contents|toc|index|links|references|resources|license|contributing)$/i.test(
    title.trim(),
  );
}

/** A bank's front and back matter: never a question, however its siblings read. */
export function isBoilerplateTitle(title: string): boolean {
  return isTableOfContentsTitle(title) || /^(disclaimer|acknowledge?ments?|about( this( repo(sitory)?| book)?)?|credits|sponsors?|support( this project)?|donate|authors?|contributors|changelog|legal|copyright|introduction|preface|foreword|how to use( this( repo(sitory)?| book)?)?)$/i.test(title.trim().replace(/[:.!]+$/, ""));
}
