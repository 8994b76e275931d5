import { type Advice, adviseFile } from "./advice";
import type { ContentProblem } from "./errors";
import { frontMatterLine, readFrontMatter } from "./front-matter";
import type { ReaderHints } from "./hints";
import { KNOWN_FRONT_MATTER_KEYS, PUBLISHING_FRONT_MATTER_KEYS, topicFrontMatterSchema } from "./models";
import { oneQuestionCard } from "./one-question";
import { parseBody } from "./parse";
import { baseName, extName } from "./paths";
import type { RawCard } from "./raw";
import { stripNumbering } from "./text";
import { readsAsQuestion } from "./question-text";
import { htmlTitle } from "./html-title";
import { flatten, titleFromFileName, type TopicDraft, topicsOfFile } from "./topics";

/** What one bank file yields: topic drafts, or one question (a folder of one-question files). */
export interface FileRead {
  path: string; // relative to the deck
  file: string; // as shown in messages
  drafts: TopicDraft[];
  oneQuestion: RawCard | null;
  /** For a file with no questions: the steering hint the doctor suggests, if any. */
  hint?: Advice["hint"];
  /** A file that may be one question (its `#` heading does not read as one): decided with its siblings. */
  lone?: RawCard;
  tags: string[];
  why: string; // when it yields nothing: why
}

export interface FileInput {
  path: string;
  file: string;
  text: string;
  manyFiles: boolean;
  hints: ReaderHints;
  sibling: (path: string) => string | undefined;
}

export function readFile(input: FileInput, problems: ContentProblem[], warnings: string[]): FileRead | null {
  const { file, manyFiles } = input;
  // Windows ("\r\n") and old Mac ("\r") line ends are new lines: no "\r" is left at the end of a line's text.
  const source = input.text.includes("\r") ? input.text.replace(/\r\n?/g, "\n") : input.text;
  const fm = readFrontMatter(file, source);
  if ("message" in fm) {
    problems.push(fm);
    return null;
  }
  const parsedFm = topicFrontMatterSchema.safeParse(fm.data);
  if (!parsedFm.success) {
    for (const issue of parsedFm.error.issues) {
      const key = String(issue.path[0] ?? "");
      problems.push({
        file,
        line: frontMatterLine(source, key),
        message: `front matter "${key}": ${issue.message}`,
        fix: `in ${baseName(file)}, give "${key}" the right type: title and description are text, order a number, slug lowercase-with-hyphens, tags a list`,
      });
    }
    return null;
  }
  const meta = parsedFm.data;
  for (const key of Object.keys(meta)) {
    if (!KNOWN_FRONT_MATTER_KEYS.has(key) && !PUBLISHING_FRONT_MATTER_KEYS.has(key)) {
      warnings.push(`${file}:${frontMatterLine(source, key)}: unknown front matter key "${key}" ignored`);
    }
  }
  const ext = extName(input.path);
  const base = baseName(input.path).slice(0, baseName(input.path).length - ext.length);
  const mdx = /^\.mdx$/i.test(ext);
  const prefix = /^(\d+)[-_ ]/.exec(base);
  const order = meta.order ?? (prefix ? Number(prefix[1]) : Number.POSITIVE_INFINITY);
  const body = parseBody(file, fm.body, fm.bodyLine, { mdx, hints: input.hints, lone: manyFiles && !meta.title });
  const one = oneQuestionCard({ path: input.path, sibling: input.sibling, file, meta, body: fm.body, bodyLine: fm.bodyLine, parsed: body, mdx }, problems);
  if (one) return { path: input.path, file, drafts: [], oneQuestion: one.card, tags: one.tags, why: "" };
  // One question per file, no front matter: the `#` heading is the question, the rest its answer.
  const cards = flatten(body.root);
  const lone = body.lone && (cards.length === 0 || (cards.length === 1 && cards[0]!.line === body.lone.line)) ? body.lone : null;
  if (lone && readsAsQuestion(lone.prompt)) return { path: input.path, file, drafts: [], oneQuestion: lone, tags: meta.tags ?? [], why: "" };
  // A file of a folder holding one question and no title ("## Question", its question, "## Answer"): one of the folder's questions too.
  const only = manyFiles && !meta.title && body.title === null && body.root.children.length === 0 && cards.length === 1 ? cards[0]! : null;
  if (only && readsAsQuestion(only.prompt)) return { path: input.path, file, drafts: [], oneQuestion: only, tags: meta.tags ?? [], why: "" };
  warnings.push(...body.warnings);
  const title = meta.title ? stripNumbering(meta.title) : (body.title ?? htmlTitle(fm.body) ?? titleFromFileName(base));
  const drafts = topicsOfFile({
    file,
    base,
    title,
    explicitSlug: meta.slug,
    description: meta.description,
    tags: meta.tags ?? [],
    order,
    root: body.root,
    fileIsTopic: manyFiles,
  }).filter((d) => {
    if (d.cards.length > 0) return true;
    if (!manyFiles) warnings.push(`${file}:${d.line}: ${d.title ? `section "${d.title}"` : "a section without a title"} has no questions and was skipped`);
    return false;
  });
  const advice = drafts.length ? null : adviseFile(fm.body);
  const why = advice ? `${file}: no questions found: ${advice.text}` : "";
  const hint = advice?.hint ?? null;
  if (why && lone) return { path: input.path, file, drafts, oneQuestion: null, lone, tags: meta.tags ?? [], why, hint };
  if (why) warnings.push(`${why}; the file was skipped`);
  return { path: input.path, file, drafts, oneQuestion: null, tags: meta.tags ?? [], why, hint };
}
