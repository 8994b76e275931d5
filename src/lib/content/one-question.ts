import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { makeCard } from "./card";
import { foldDetailsIn } from "./details";
import type { ContentProblem } from "./errors";
import { parseMarkdown } from "./markdown";
import { mdxToMarkdown } from "./mdx";
import { questionMetadataSchema, type TopicFrontMatter } from "./models";
import type { ParsedBody } from "./parse";
import { flatten } from "./topics";
import { readsAsQuestion } from "./question-text";
import type { RawCard } from "./raw";

/**
 * A folder of one-question files: front matter `title` is the question, an optional `subtitle` a
 * follow-up, the body is the answer (its headings are the answer's, never topics or cards), and an
 * optional `metadata.json` beside it gives tags (difficulty, topics).
 */
interface Input {
  full: string;
  file: string;
  meta: TopicFrontMatter;
  body: string;
  bodyLine: number;
  parsed: ParsedBody;
  mdx: boolean;
}

function sidecar(full: string): string | null {
  const base = path.basename(full).replace(/\.mdx?$/i, "");
  const candidates = [path.join(path.dirname(full), `${base}.metadata.json`), path.join(path.dirname(full), `${base}.json`), path.join(path.dirname(full), "metadata.json")];
  return candidates.find((p) => existsSync(p)) ?? null;
}

function tagsFrom(file: string | null, display: string, problems: ContentProblem[]): string[] {
  if (!file) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ file: path.join(path.dirname(display), path.basename(file)), line: 1, message: `metadata is not valid JSON (${(error as Error).message})`, fix: 'write it as {"difficulty": "easy", "topics": ["..."]}' });
    return [];
  }
  const meta = questionMetadataSchema.safeParse(data);
  if (!meta.success) return [];
  return [...(meta.data.difficulty !== undefined ? [String(meta.data.difficulty)] : []), ...(meta.data.topics ?? []), ...(meta.data.tags ?? [])];
}

export function oneQuestionCard(input: Input, problems: ContentProblem[]): { card: RawCard; tags: string[] } | null {
  const { meta } = input;
  if (!meta.title || !readsAsQuestion(meta.title)) return null;
  const meta_ = sidecar(input.full);
  if (!meta.subtitle && !meta_ && flatten(input.parsed.root).length > 0) return null;
  const source = input.mdx ? mdxToMarkdown(input.body) : input.body;
  const answer = foldDetailsIn(parseMarkdown(source).children, source);
  const warnings: string[] = [];
  const card = makeCard({ prompt: [{ type: "text", value: meta.title }], answer, line: 1 }, (line, message) => warnings.push(`${input.file}:${line}: ${message}`));
  if (!card) return null;
  if (meta.subtitle) card.followUps.push([{ type: "text", value: meta.subtitle }]);
  return { card, tags: [...(meta.tags ?? []), ...tagsFrom(meta_, input.file, problems)] };
}
