import "server-only";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Link, Nodes } from "mdast";
import { visit } from "unist-util-visit";
import { ContentError, type ContentProblem } from "./errors";
import { frontMatterLine, readFrontMatter } from "./front-matter";
import { renderAnswer, renderInline } from "./markdown";
import {
  type Bank,
  type Card,
  cardSchema,
  type Deck,
  deckFrontMatterSchema,
  idsFileSchema,
  KNOWN_FRONT_MATTER_KEYS,
  type Topic,
  topicFrontMatterSchema,
} from "./models";
import { parseBody, type RawCard } from "./parse";
import { slugify, stripNumbering } from "./text";

export interface LoadOptions {
  /** Folder holding one sub-folder per deck. @default $PREPDECK_CONTENT_DIR or "<cwd>/content" */
  dir?: string;
  /** Path shown in messages for `dir`. @default "content" (or $PREPDECK_CONTENT_DIR when that is read) */
  displayDir?: string;
}

const DECK_META = "_deck.md";
const IDS_FILE = "ids.json";

interface Located<T> {
  value: T;
  file: string;
  line: number;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return markdownFiles(full);
      return /\.md$/i.test(name) && name !== DECK_META && name.toLowerCase() !== "readme.md" ? [full] : [];
    });
}

function externalLinks(nodes: RawCard["answer"]): string[] {
  const links: string[] = [];
  for (const n of nodes) {
    visit(n as Nodes, "link", (l: Link) => {
      if (/^https?:\/\//i.test(l.url)) links.push(l.url);
    });
  }
  return links;
}

async function toCard(raw: RawCard, deckSlug: string, topicSlug: string, tags: string[]): Promise<Card> {
  const hasAnswer = raw.answer.some((n) => n.type !== "html");
  const answer = hasAnswer ? await renderAnswer(raw.answer) : null;
  return {
    id: raw.pin?.includes("/") ? raw.pin : `${deckSlug}/${topicSlug}/${raw.pin ?? slugify(raw.prompt)}`,
    deckSlug,
    topicSlug,
    prompt: raw.prompt,
    promptHtml: await renderInline(raw.promptNodes),
    answerHtml: answer?.html ?? null,
    keyPoints: answer?.keyPoints ?? [],
    tags,
    links: externalLinks(raw.answer),
  };
}

interface TopicDraft {
  topic: Topic;
  sortKey: [number, string, number];
  file: string;
  line: number;
  cardLines: number[];
}

async function loadTopicFile(
  full: string,
  file: string,
  deckSlug: string,
  problems: ContentProblem[],
  warnings: string[],
): Promise<TopicDraft[]> {
  const source = readFileSync(full, "utf8");
  const fm = readFrontMatter(file, source);
  if ("message" in fm) {
    problems.push(fm);
    return [];
  }
  const parsedFm = topicFrontMatterSchema.safeParse(fm.data);
  if (!parsedFm.success) {
    for (const issue of parsedFm.error.issues) {
      const key = String(issue.path[0] ?? "");
      problems.push({
        file,
        line: frontMatterLine(source, key),
        message: `front matter "${key}": ${issue.message}`,
        fix: 'front matter takes title (text), order (number), slug (lowercase-with-hyphens), description (text) and tags (a list)',
      });
    }
    return [];
  }
  const meta = parsedFm.data;
  for (const key of Object.keys(meta)) {
    if (!KNOWN_FRONT_MATTER_KEYS.has(key)) warnings.push(`${file}:${frontMatterLine(source, key)}: unknown front matter key "${key}" ignored`);
  }
  const base = path.basename(full, path.extname(full));
  const prefix = /^(\d+)[-_ ]/.exec(base);
  const order = meta.order ?? (prefix ? Number(prefix[1]) : Number.POSITIVE_INFINITY);
  const body = parseBody(file, fm.body, fm.bodyLine, meta.title ? stripNumbering(meta.title) : null);
  problems.push(...body.problems);
  warnings.push(...body.warnings);

  const drafts: TopicDraft[] = [];
  for (const [index, raw] of body.topics.entries()) {
    if (raw.cards.length === 0) {
      problems.push({
        file,
        line: raw.line,
        message: `topic "${raw.title}" has no questions`,
        fix: 'add questions as "## Question?" headings (answer below each), a bullet list, or <details><summary> blocks',
      });
      continue;
    }
    const slug = raw.slug ?? meta.slug ?? (slugify(base.replace(/^\d+[-_ ]+/, "")) || slugify(raw.title));
    const tags = meta.tags ?? [];
    const cards = await Promise.all(raw.cards.map((c) => toCard(c, deckSlug, slug, tags)));
    // Validated, not assumed: a pin like {#a//b} would otherwise become an id progress can't key on.
    cards.forEach((card, i) => {
      const checked = cardSchema.safeParse(card);
      if (checked.success) return;
      const issue = checked.error.issues[0];
      problems.push({
        file,
        line: raw.cards[i]?.line ?? raw.line,
        message: `card "${card.prompt}": ${issue?.path.join(".") || "card"} ${issue?.message ?? "is invalid"} (got "${card.id}")`,
        fix: "pin an id of lowercase letters, digits and hyphens, e.g. {#my-question}, or a whole id like {#deck/topic/my-question}",
      });
    });
    drafts.push({
      topic: { slug, title: raw.title, description: meta.description, order, cards },
      sortKey: [order, file, index],
      file,
      line: raw.line,
      cardLines: raw.cards.map((c) => c.line),
    });
  }
  return drafts;
}

function compareKeys(a: TopicDraft["sortKey"], b: TopicDraft["sortKey"]): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2];
}

function checkDuplicates(drafts: TopicDraft[], deckSlug: string, problems: ContentProblem[]): void {
  const topicAt = new Map<string, Located<string>>();
  const cardAt = new Map<string, Located<string>>();
  for (const d of drafts) {
    const seenTopic = topicAt.get(d.topic.slug);
    if (seenTopic) {
      problems.push({
        file: d.file,
        line: d.line,
        message: `topic slug "${d.topic.slug}" is also used by ${seenTopic.file}:${seenTopic.line} in deck "${deckSlug}"`,
        fix: "rename one of the files or set a different `slug` in its front matter",
      });
    } else topicAt.set(d.topic.slug, { value: d.topic.slug, file: d.file, line: d.line });
    d.topic.cards.forEach((card, i) => {
      const line = d.cardLines[i] ?? d.line;
      const seen = cardAt.get(card.id);
      if (seen) {
        problems.push({
          file: d.file,
          line,
          message: `duplicate card id "${card.id}" (also at ${seen.file}:${seen.line})`,
          fix: "reword one of the two questions or pin a different id with {#another-id} at the end of its heading",
        });
      } else cardAt.set(card.id, { value: card.id, file: d.file, line });
    });
  }
}

/** Every id listed in `content/ids.json` must still exist, or be listed as retired. */
function checkVanishedIds(dir: string, displayDir: string, bank: Deck[], problems: ContentProblem[]): void {
  const idsPath = path.join(dir, IDS_FILE);
  if (!existsSync(idsPath)) return;
  const file = `${displayDir}/${IDS_FILE}`;
  let parsed;
  try {
    parsed = idsFileSchema.safeParse(JSON.parse(readFileSync(idsPath, "utf8")));
  } catch (error) {
    problems.push({ file, line: 1, message: `not valid JSON: ${(error as Error).message}`, fix: "run `npm run content:ids` to write it again" });
    return;
  }
  if (!parsed.success) {
    problems.push({ file, line: 1, message: `wrong shape: ${parsed.error.issues[0]?.message ?? "invalid"}`, fix: 'it holds { "ids": [...], "retired": [...] }' });
    return;
  }
  const produced = new Set(bank.flatMap((d) => d.topics.flatMap((t) => t.cards.map((c) => c.id))));
  const retired = new Set(parsed.data.retired);
  for (const id of parsed.data.ids) {
    if (produced.has(id) || retired.has(id)) continue;
    problems.push({
      file,
      line: 1,
      message: `card id "${id}" vanished: no question produces it any more, and people's progress is keyed by it`,
      fix: `pin the old id on the renamed question with {#${id.split("/").pop() ?? id}} at the end of its heading, or move "${id}" to "retired" in ${file}`,
    });
  }
}

/** Loads every deck under `content/` (or `dir`), validated. Throws ContentError naming file and line. */
export async function loadBankFrom(options: LoadOptions = {}): Promise<Bank> {
  const dir = options.dir ?? process.env.PREPDECK_CONTENT_DIR ?? path.join(process.cwd(), "content");
  const displayDir = options.displayDir ?? (options.dir ? "content" : (process.env.PREPDECK_CONTENT_DIR ?? "content"));
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  const decks: Deck[] = [];
  const deckDirs = readdirSync(dir)
    .filter((n) => !n.startsWith(".") && statSync(path.join(dir, n)).isDirectory())
    .sort();
  for (const name of deckDirs) {
    const deckDir = path.join(dir, name);
    const slug = slugify(name);
    let title = name;
    let description: string | undefined;
    const metaPath = path.join(deckDir, DECK_META);
    if (existsSync(metaPath)) {
      const file = `${displayDir}/${name}/${DECK_META}`;
      const fm = readFrontMatter(file, readFileSync(metaPath, "utf8"));
      if ("message" in fm) problems.push(fm);
      else {
        const meta = deckFrontMatterSchema.safeParse(fm.data);
        if (meta.success) ({ title, description } = meta.data);
        else problems.push({ file, line: 1, message: `deck front matter: ${meta.error.issues[0]?.message ?? "invalid"}`, fix: "give the deck a `title`" });
      }
    }
    const drafts: TopicDraft[] = [];
    for (const full of markdownFiles(deckDir)) {
      const file = `${displayDir}/${path.relative(dir, full).split(path.sep).join("/")}`;
      drafts.push(...(await loadTopicFile(full, file, slug, problems, warnings)));
    }
    drafts.sort((a, b) => compareKeys(a.sortKey, b.sortKey));
    checkDuplicates(drafts, slug, problems);
    if (drafts.length === 0) {
      warnings.push(`${displayDir}/${name}: no topics; the folder is not a deck`);
      continue;
    }
    decks.push({ slug, title, description, topics: drafts.map((d, i) => ({ ...d.topic, order: i + 1 })) });
  }
  checkVanishedIds(dir, displayDir, decks, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return { decks: decks.sort((a, b) => a.title.localeCompare(b.title)), warnings };
}
