import { checkDuplicates, type LocatedId } from "./validate";
import type { ContentProblem } from "./errors";
import { DECK_META, isBankFile } from "./files";
import { frontMatterLine, readFrontMatter } from "./front-matter";
import type { CodeHighlighter } from "./highlight";
import { hintText, type ReaderHints, readerHintsSchema, selfSteeredNote, type ShapeHint, steeredTo } from "./hints";
import { shortHash } from "./ids";
import { makeRenderer } from "./markdown";
import { deckFrontMatterSchema, type Deck, type Topic } from "./models";
import { comparePaths, joinPath } from "./paths";
import { type FileRead, readFile } from "./read-file";
import { renderCards } from "./render";
import { skipsFile } from "./skip";
import { splitLargeTopic } from "./split";
import { folderTopic, type TopicDraft } from "./topics";

export interface BankFile {
  path: string; // posix, relative to the deck root: "README.md", "docs/01-intro.md"
  text: string;
}

export interface ReadDeckInput {
  slug: string; // card ids are `${slug}/${topic}/${cardSlug}`
  title?: string; // fallback title (folder or repository name)
  files: BankFile[]; // markdown files, plus _deck.md and metadata.json files if present
  hints?: ReaderHints; // overrides _deck.md's `reader:` key, field by field
  displayPrefix?: string; // prefixed to file paths in messages, e.g. "content/django"
  highlight?: CodeHighlighter; // absent = code blocks left plain (escaped, language class kept)
}

export interface ReadDeckResult {
  deck: Deck | null;
  problems: ContentProblem[];
  warnings: string[];
  located: LocatedId[];
  /**
   * For a deck with no questions: the steering hints (the given ones with the doctor's suggestion
   * on top) that the files agree would read it, else null. The add-deck page offers them as one click.
   */
  suggested: ReaderHints | null;
  /** The shape the reader chose itself for a bank that asks in no other (see readsItself), else null. */
  steered: ShapeHint | null;
}

interface DeckMeta {
  title?: string;
  description?: string;
  hints: ReaderHints;
}

/** `_deck.md`: the deck's title, description and steering hints (`reader:`), each checked with its line. */
function readDeckMeta(text: string | undefined, file: string, problems: ContentProblem[]): DeckMeta {
  if (text === undefined) return { hints: {} };
  const fm = readFrontMatter(file, text);
  if ("message" in fm) {
    problems.push(fm);
    return { hints: {} };
  }
  const { reader, ...rest } = fm.data;
  let hints: ReaderHints = {};
  if (reader !== undefined) {
    const parsed = readerHintsSchema.safeParse(reader);
    if (parsed.success) hints = parsed.data;
    else {
      const issue = parsed.error.issues[0];
      const key = String(issue?.path[0] ?? "reader");
      const keyLine = frontMatterLine(text, `\\s+${key}`);
      problems.push({
        file,
        line: keyLine > 1 ? keyLine : frontMatterLine(text, "reader"),
        message: `reader hint "${issue?.path.join(".") || "reader"}": ${issue?.message ?? "invalid"}`,
        fix: "see the steering hints in content/README.md: questions (auto, heading, bold, list, table, qa-label, details, paragraph), headingLevel (1–6), answers (auto, below, details, next-column), skip (a list), title, description",
      });
    }
  }
  const meta = deckFrontMatterSchema.safeParse(rest);
  if (meta.success) return { ...meta.data, hints };
  problems.push({ file, line: 1, message: `deck front matter: ${meta.error.issues[0]?.message ?? "invalid"}`, fix: "give the deck a `title`" });
  return { hints };
}

/** Topic slugs are URLs: unique in a deck. A repeat gets a short hash of where it comes from. */
function uniqueSlugs(drafts: TopicDraft[], warnings: string[]): void {
  const seen = new Set<string>();
  for (const d of drafts) {
    if (seen.has(d.slug)) {
      const slug = `${d.slug.slice(0, 53)}-${shortHash(`${d.file}\n${d.title}\n${d.line}`)}`;
      warnings.push(`${d.file}:${d.line}: topic "${d.title}" shares its URL with another topic; it is at /${slug}`);
      d.slug = slug;
    }
    seen.add(d.slug);
  }
}

/**
 * A file whose `#` heading does not read as a question ("Design Mint.com") is one question too when
 * most files of the deck are one-question files and something stands under it; else it is skipped, as
 * a file without questions is.
 */
function settleLoneFiles(reads: FileRead[], warnings: string[]): void {
  const ones = reads.filter((r) => r.oneQuestion).length;
  const pending = reads.filter((r) => r.lone);
  for (const r of pending) {
    // An index page (`# Title` over a list of links, which is noise) has nothing under its title: no question.
    if (ones >= 2 && ones >= pending.length && r.lone && r.lone.answer.length > 0) r.oneQuestion = r.lone;
    else warnings.push(`${r.why}; the file was skipped`);
    if (r.oneQuestion) r.why = "";
  }
}

/** The one steering hint the files of a deck with no questions suggest, when they agree on one. */
function agreedHint(reads: FileRead[]): NonNullable<FileRead["hint"]> | null {
  const hints = reads.map((r) => r.hint).filter((h) => h != null);
  const said = new Set(hints.map(hintText));
  return said.size === 1 ? hints[0]! : null;
}

/** The fix for a deck with no questions: the steering hint its files agree on, if any, then the shapes. */
function steerFix(hint: FileRead["hint"] | null): string {
  const steer = hint ? `steer the reader: \`reader: { ${hintText(hint)} }\` in the deck's _deck.md (or the same choice on the add-deck page), or ` : "";
  return `${steer}write each question as a heading, a bullet, a bold line or a <details><summary> ending in "?", or see content/README.md for the shapes the loader reads; \`npm run content:check -- <file>\` shows what it makes of a bank`;
}

/** One-question files: a topic per folder. */
function oneQuestionTopics(reads: FileRead[], deckTitle: string): TopicDraft[] {
  const byFolder = new Map<string, TopicDraft>();
  for (const r of reads) {
    if (!r.oneQuestion) continue;
    const { slug: topic, title } = folderTopic(r.path, deckTitle);
    const draft = byFolder.get(topic) ?? { slug: topic, title, tags: [], cards: [], sortKey: [Number.POSITIVE_INFINITY, r.file, 0] as TopicDraft["sortKey"], file: r.file, line: 1 };
    draft.cards.push({ ...r.oneQuestion, tags: r.tags, file: r.file });
    byFolder.set(topic, draft);
  }
  return [...byFolder.values()];
}

const compareDrafts = (a: TopicDraft, b: TopicDraft) =>
  a.sortKey[0] - b.sortKey[0] || (a.sortKey[1] < b.sortKey[1] ? -1 : a.sortKey[1] > b.sortKey[1] ? 1 : 0) || a.sortKey[2] - b.sortKey[2];

/**
 * The shapes read without being asked when a deck has no questions in the shapes the reader knows
 * and every file that suggests anything suggests the same (advice.ts counts them):
 * - paragraphs ending in "?", most with prose, options or code below them (3 at least);
 * - headings of one level, none asking (3 at least, the most used level): a bank of notes whose
 *   titles are the fronts ("Three-way handshake", "Flow control").
 * Tables, bold lines and lists stay advice: cheat sheets, labels and feature lists look like them.
 */
const readsItself = (hint: ShapeHint | null): hint is ShapeHint =>
  (hint?.questions === "paragraph" && hint.answers === "below") || (hint?.questions === "heading" && hint.headingLevel !== undefined);

/** Reads one deck from its files, in memory: the same code at build time (src/build) and in the browser. */
export async function readDeck(input: ReadDeckInput): Promise<ReadDeckResult> {
  const first = await readOnce(input);
  if (!first.selfSteer) return first.result;
  const again = await readOnce({ ...input, hints: steeredTo(input.hints ?? {}, first.selfSteer.hint) });
  if (!again.result.deck) return first.result;
  const how = selfSteeredNote(first.selfSteer.hint);
  return { ...again.result, steered: first.selfSteer.hint, warnings: [...first.selfSteer.files.map((f) => `${f}: ${how}`), ...again.result.warnings] };
}

interface ReadOnce {
  result: ReadDeckResult;
  /** A deck with no questions whose files all point to one shape readsItself takes, unsteered: the shape and the files. */
  selfSteer: { hint: ShapeHint; files: string[] } | null;
}

async function readOnce(input: ReadDeckInput): Promise<ReadOnce> {
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  const located: LocatedId[] = [];
  const shown = (p: string) => (input.displayPrefix ? joinPath(input.displayPrefix, p) : p);
  const byPath = new Map(input.files.map((f) => [f.path, f.text]));
  const meta = readDeckMeta(byPath.get(DECK_META), shown(DECK_META), problems);
  const hints: ReaderHints = { ...meta.hints, ...input.hints };
  const title = hints.title ?? meta.title ?? input.title ?? input.slug;
  const description = hints.description ?? meta.description;
  const files = input.files.filter((f) => isBankFile(f.path)).sort((a, b) => comparePaths(a.path, b.path));
  const kept = files.filter((f) => !skipsFile(f.path, hints.skip));
  const reads = kept
    .map((f) => readFile({ path: f.path, file: shown(f.path), text: f.text, manyFiles: kept.length > 1, hints, sibling: (p) => byPath.get(p) }, problems, warnings))
    .filter((r): r is FileRead => r !== null);
  settleLoneFiles(reads, warnings);
  const drafts = [...reads.flatMap((r) => r.drafts), ...oneQuestionTopics(reads, title)].sort(compareDrafts);
  uniqueSlugs(drafts, warnings);
  if (drafts.length === 0) {
    const hint = reads.length === kept.length && kept.length > 0 ? agreedHint(reads) : null;
    // A file that failed (bad front matter) already says why the deck is empty.
    if (reads.length === kept.length) {
      const why = reads.map((r) => r.why).filter(Boolean);
      // Every file left out by the skip hint: nothing was read, so there is no note to point at.
      const skipped = files.length > 0 && kept.length === 0;
      problems.push({
        file: input.displayPrefix ?? input.slug,
        line: 1,
        message:
          files.length === 0
            ? "the deck folder has no .md or .mdx files"
            : skipped
              ? `the deck has no questions: the \`skip\` hint leaves out every file (${files.map((f) => shown(f.path)).slice(0, 3).join(", ")}${files.length > 3 ? ", …" : ""})`
              : `the deck has no questions:\n    ${why.join("\n    ") || "no file holds a question the reader can find"}`,
        fix:
          files.length === 0
            ? `put a question bank (.md) in ${input.displayPrefix ?? "the deck"}/, or remove the folder`
            : skipped
              ? "take the bank's files out of `skip` in the deck's _deck.md (or on the add-deck page)"
              : steerFix(hint),
      });
    }
    // Offered only when it is other steering than the read was given: the same again would read nothing again.
    const suggested = hint && hintText(hint) !== hintText(input.hints ?? {}) ? steeredTo(input.hints ?? {}, hint) : null;
    const selfSteer = readsItself(hint) && (hints.questions ?? "auto") === "auto" ? { hint, files: reads.filter((r) => r.hint).map((r) => r.file) } : null;
    return { result: { deck: null, problems, warnings: [...new Set(warnings)], located, suggested, steered: null }, selfSteer };
  }
  const render = makeRenderer(input.highlight);
  const topics: Topic[] = [];
  for (const [i, d] of drafts.entries()) {
    const cards = renderCards(input.slug, d, render, problems);
    cards.forEach((c, j) => located.push({ id: c.id, file: c.file, line: c.line, pinned: d.cards[j]?.pin != null }));
    topics.push(...splitLargeTopic({ slug: d.slug, title: d.title, description: d.description, order: i + 1, cards }));
  }
  topics.forEach((t, i) => (t.order = i + 1));
  checkDuplicates(located, problems);
  return { result: { deck: { slug: input.slug, title, description, topics }, problems, warnings: [...new Set(warnings)], located, suggested: null, steered: null }, selfSteer: null };
}
