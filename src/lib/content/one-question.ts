import { makeCard } from "./card";
import { parseFolded } from "./details-skip";
import type { ContentProblem } from "./errors";
import { baseName, dirName, joinPath } from "./paths";
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
  path: string; // relative to the deck
  /** Another file of the deck by its path (metadata.json beside a question), or undefined. */
  sibling: (path: string) => string | undefined;
  file: string;
  meta: TopicFrontMatter;
  body: string;
  bodyLine: number;
  parsed: ParsedBody;
  mdx: boolean;
}

function sidecar(input: Input): { path: string; text: string } | null {
  const base = baseName(input.path).replace(/\.(mdx?|markdown)$/i, "");
  const dir = dirName(input.path);
  for (const name of [`${base}.metadata.json`, `${base}.json`, "metadata.json"]) {
    const text = input.sibling(joinPath(dir, name));
    if (text !== undefined) return { path: name, text };
  }
  return null;
}

function tagsFrom(found: { path: string; text: string } | null, display: string, problems: ContentProblem[]): string[] {
  if (!found) return [];
  let data: unknown;
  try {
    data = JSON.parse(found.text);
  } catch (error) {
    problems.push({ file: joinPath(dirName(display), found.path), line: 1, message: `metadata is not valid JSON (${(error as Error).message})`, fix: 'write it as {"difficulty": "easy", "topics": ["..."]}' });
    return [];
  }
  const meta = questionMetadataSchema.safeParse(data);
  if (!meta.success) return [];
  return [...(meta.data.difficulty !== undefined ? [String(meta.data.difficulty)] : []), ...(meta.data.topics ?? []), ...(meta.data.tags ?? [])];
}

export function oneQuestionCard(input: Input, problems: ContentProblem[]): { card: RawCard; tags: string[] } | null {
  const { meta } = input;
  if (!meta.title || !readsAsQuestion(meta.title)) return null;
  const meta_ = sidecar(input);
  if (!meta.subtitle && !meta_ && flatten(input.parsed.root).length > 0) return null;
  const source = input.mdx ? mdxToMarkdown(input.body) : input.body;
  const answer = parseFolded(source);
  const warnings: string[] = [];
  const card = makeCard({ prompt: [{ type: "text", value: meta.title }], answer, line: 1 }, (line, message) => warnings.push(`${input.file}:${line}: ${message}`));
  if (!card) return null;
  if (meta.subtitle) card.followUps.push([{ type: "text", value: meta.subtitle }]);
  return { card, tags: [...(meta.tags ?? []), ...tagsFrom(meta_, input.file, problems)] };
}
