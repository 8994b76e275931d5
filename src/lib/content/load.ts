import "server-only";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "./errors";
import { bankFiles, DECK_META } from "./files";
import { frontMatterLine, readFrontMatter } from "./front-matter";
import { slugWithHash, shortHash } from "./ids";
import { oneQuestionCard } from "./one-question";
import { parseBody } from "./parse";
import { renderCards } from "./render";
import { splitLargeTopic } from "./split";
import {
  type Bank,
  type Deck,
  deckFrontMatterSchema,
  KNOWN_FRONT_MATTER_KEYS,
  PUBLISHING_FRONT_MATTER_KEYS,
  type Topic,
  topicFrontMatterSchema,
} from "./models";
import type { RawCard } from "./raw";
import { stripNumbering, slugify } from "./text";
import { checkIds, type LocatedId } from "./validate";
import { folderTopic, titleFromFileName, type TopicDraft, topicsOfFile } from "./topics";

export interface LoadOptions {
  /** Folder holding one sub-folder per deck. @default $PREPDECK_CONTENT_DIR or "<cwd>/content" */
  dir?: string;
  /** Path shown in messages for `dir`. @default "content" (or $PREPDECK_CONTENT_DIR when that is read) */
  displayDir?: string;
  /** Read these deck folders only (the bank doctor). @default every folder under `dir` */
  deckDirs?: string[];
}

interface FileRead {
  full: string;
  file: string; // as shown in messages
  drafts: TopicDraft[];
  oneQuestion: RawCard | null;
  tags: string[];
  why: string; // when it yields nothing: why
}

function readDeckMeta(deckDir: string, file: string, problems: ContentProblem[]): { title?: string; description?: string } {
  const metaPath = path.join(deckDir, DECK_META);
  if (!existsSync(metaPath)) return {};
  const fm = readFrontMatter(file, readFileSync(metaPath, "utf8"));
  if ("message" in fm) {
    problems.push(fm);
    return {};
  }
  const meta = deckFrontMatterSchema.safeParse(fm.data);
  if (meta.success) return meta.data;
  problems.push({ file, line: 1, message: `deck front matter: ${meta.error.issues[0]?.message ?? "invalid"}`, fix: "give the deck a `title`" });
  return {};
}

function readFile(full: string, file: string, deckDir: string, manyFiles: boolean, problems: ContentProblem[], warnings: string[]): FileRead | null {
  const source = readFileSync(full, "utf8");
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
        fix: `in ${path.basename(file)}, give "${key}" the right type: title and description are text, order a number, slug lowercase-with-hyphens, tags a list`,
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
  const ext = path.extname(full);
  const base = path.basename(full, ext);
  const prefix = /^(\d+)[-_ ]/.exec(base);
  const order = meta.order ?? (prefix ? Number(prefix[1]) : Number.POSITIVE_INFINITY);
  const body = parseBody(file, fm.body, fm.bodyLine, { mdx: /\.mdx$/i.test(ext) });
  const one = oneQuestionCard({ full, file, meta, body: fm.body, bodyLine: fm.bodyLine, parsed: body, mdx: /\.mdx$/i.test(ext) }, problems);
  if (one) return { full, file, drafts: [], oneQuestion: one.card, tags: one.tags, why: "" };
  warnings.push(...body.warnings);
  const title = meta.title ? stripNumbering(meta.title) : (body.title ?? titleFromFileName(base));
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
    if (!manyFiles) warnings.push(`${file}:${d.line}: section "${d.title}" has no questions and was skipped`);
    return false;
  });
  const why = drafts.length
    ? ""
    : `${file}: no questions found (no heading, bullet, bold line or <details> summary reads as a question${body.warnings.length ? `; ${body.warnings.length} note${body.warnings.length === 1 ? "" : "s"} above` : ""})`;
  if (why) warnings.push(`${why}; the file was skipped`);
  return { full, file, drafts, oneQuestion: null, tags: meta.tags ?? [], why };
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

async function loadDeck(deckDir: string, name: string, displayDir: string, problems: ContentProblem[], warnings: string[], located: LocatedId[]): Promise<Deck | null> {
  const slug = slugify(name) || slugWithHash(name, 40);
  const meta = readDeckMeta(deckDir, `${displayDir}/${name}/${DECK_META}`, problems);
  const title = meta.title ?? name;
  const files = bankFiles(deckDir);
  const shown = (full: string) => `${displayDir}/${name}/${path.relative(deckDir, full).split(path.sep).join("/")}`;
  const reads = files.map((full) => readFile(full, shown(full), deckDir, files.length > 1, problems, warnings)).filter((r): r is FileRead => r !== null);
  const drafts = reads.flatMap((r) => r.drafts);
  // One-question files: a topic per folder.
  const byFolder = new Map<string, TopicDraft>();
  for (const r of reads) {
    if (!r.oneQuestion) continue;
    const { slug: topic, title: topicTitle } = folderTopic(deckDir, r.full, title);
    const draft = byFolder.get(topic) ?? { slug: topic, title: topicTitle, tags: [], cards: [], sortKey: [Number.POSITIVE_INFINITY, r.file, 0] as TopicDraft["sortKey"], file: r.file, line: 1 };
    draft.cards.push({ ...r.oneQuestion, tags: r.tags, file: r.file });
    byFolder.set(topic, draft);
  }
  drafts.push(...byFolder.values());
  drafts.sort((a, b) => a.sortKey[0] - b.sortKey[0] || (a.sortKey[1] < b.sortKey[1] ? -1 : a.sortKey[1] > b.sortKey[1] ? 1 : 0) || a.sortKey[2] - b.sortKey[2]);
  uniqueSlugs(drafts, warnings);
  if (drafts.length === 0) {
    // A file that failed (bad front matter) already says why the deck is empty.
    if (reads.length < files.length) return null;
    const why = reads.map((r) => r.why).filter(Boolean);
    problems.push({
      file: `${displayDir}/${name}`,
      line: 1,
      message: files.length === 0 ? "the deck folder has no .md or .mdx files" : `the deck has no questions:\n    ${why.join("\n    ") || "every file had a problem (listed above)"}`,
      fix:
        files.length === 0
          ? `put a question bank (.md) in ${displayDir}/${name}/, or remove the folder`
          : "write each question as a heading, a bullet, a bold line or a <details><summary> ending in \"?\", or see content/README.md for the shapes the loader reads; `npm run content:check -- <file>` shows what it makes of a bank",
    });
    return null;
  }
  const topics: Topic[] = [];
  for (const [i, d] of drafts.entries()) {
    const cards = await renderCards(slug, d, problems);
    cards.forEach((c, j) => located.push({ id: c.id, file: c.file, line: c.line, pinned: d.cards[j]?.pin != null }));
    topics.push(...splitLargeTopic({ slug: d.slug, title: d.title, description: d.description, order: i + 1, cards }));
  }
  topics.forEach((t, i) => (t.order = i + 1));
  return { slug, title, description: meta.description, topics };
}

/** Loads every deck under `content/` (or `dir`), validated. Throws ContentError naming file and line. */
export async function loadBankFrom(options: LoadOptions = {}): Promise<Bank> {
  const dir = options.dir ?? process.env.PREPDECK_CONTENT_DIR ?? path.join(process.cwd(), "content");
  const displayDir = options.displayDir ?? (options.dir ? "content" : (process.env.PREPDECK_CONTENT_DIR ?? "content"));
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  const decks: Deck[] = [];
  const located: LocatedId[] = [];
  const names =
    options.deckDirs ??
    readdirSync(dir)
      .filter((n) => !n.startsWith(".") && !n.startsWith("_") && n !== "node_modules" && statSync(path.join(dir, n)).isDirectory())
      .sort();
  for (const name of names) {
    const deck = await loadDeck(path.join(dir, name), name, displayDir, problems, warnings, located);
    if (deck) decks.push(deck);
  }
  if (names.length === 0) {
    problems.push({ file: displayDir, line: 1, message: "there are no decks", fix: `make a folder in ${displayDir}/ (its name is the deck's) and put a question bank (.md) in it` });
  }
  checkIds(dir, displayDir, located, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return { decks: decks.sort((a, b) => a.title.localeCompare(b.title)), warnings: [...new Set(warnings)] };
}
