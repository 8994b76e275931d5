import { formatBytes, LIMITS } from "@/lib/deck/limits";
import { z } from "@/lib/zod-jitless";
import type { RawFile } from "./collect";
import { AddDeckError, ZIP_FALLBACK } from "./errors";
import { type Link } from "./link";
import { isReadable } from "./paths";

/*
 * Fetches a link's files with the browser's fetch (injected, so tests answer like GitHub without a
 * network). Every failure names the URL that failed and offers the zip as the way around it.
 */
export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export const GITHUB_API = "https://api.github.com";
export const GITHUB_RAW = "https://raw.githubusercontent.com";

const repoSchema = z.object({ default_branch: z.string().min(1) });
const treeSchema = z.object({
  truncated: z.boolean().optional(),
  tree: z.array(z.object({ path: z.string(), type: z.string(), size: z.number().optional() })),
});

async function get(fetcher: Fetch, url: string, what: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetcher(url, { headers: url.startsWith(GITHUB_API) ? { Accept: "application/vnd.github+json" } : {} });
  } catch {
    // fetch throws a bare TypeError for offline, DNS and CORS refusals alike; the browser hides which.
    throw new AddDeckError(`Could not fetch ${url}: the network failed or the site does not allow reading it from another page (CORS).`, ZIP_FALLBACK);
  }
  if (res.ok) return res;
  if ((res.status === 403 || res.status === 429) && (res.headers.get("x-ratelimit-remaining") === "0" || res.status === 429)) {
    const reset = Number(res.headers.get("x-ratelimit-reset"));
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toUTCString()}` : " for up to an hour";
    throw new AddDeckError(`GitHub's rate limit for this network is used up (60 requests an hour without an account), so ${url} was refused${when}.`, ZIP_FALLBACK);
  }
  if (res.status === 404) {
    throw new AddDeckError(`${url} was not found (404): the ${what} does not exist, or the repository is private (private repositories cannot be read without signing in).`, ZIP_FALLBACK);
  }
  throw new AddDeckError(`${url} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ""}: nothing was added.`, ZIP_FALLBACK);
}

async function bytesOf(res: Response, url: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length"));
  if (declared > LIMITS.inputBytes) throw new AddDeckError(`${url} is ${formatBytes(declared)}: the limit is ${formatBytes(LIMITS.inputBytes)}.`);
  return new Uint8Array(await res.arrayBuffer());
}

async function json(res: Response, url: string): Promise<unknown> {
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new AddDeckError(`${url} did not answer as GitHub's API does (not JSON).`, ZIP_FALLBACK);
  }
}

/** The files a link points at, as raw files for collect(). */
export async function fetchLink(link: Link, fetcher: Fetch): Promise<RawFile[]> {
  if (link.kind === "raw") {
    const res = await get(fetcher, link.url, "file");
    const name = decodeURIComponent(new URL(link.url).pathname.split("/").pop() || "file.md");
    return [{ path: /\.(md|mdx|markdown)$/i.test(name) ? name : `${name}.md`, bytes: await bytesOf(res, link.url) }];
  }
  const base = `${GITHUB_API}/repos/${encodeURIComponent(link.owner)}/${encodeURIComponent(link.repo)}`;
  let ref = link.ref;
  if (ref === null) {
    const parsed = repoSchema.safeParse(await json(await get(fetcher, base, "repository"), base));
    if (!parsed.success) throw new AddDeckError(`${base} did not say the repository's default branch.`, ZIP_FALLBACK);
    ref = parsed.data.default_branch;
  }
  const raw = (path: string) => `${GITHUB_RAW}/${link.owner}/${link.repo}/${ref.split("/").map(encodeURIComponent).join("/")}/${path.split("/").map(encodeURIComponent).join("/")}`;
  if (link.blob) {
    const url = raw(link.path);
    const name = link.path.split("/").pop() ?? link.path;
    return [{ path: name, bytes: await bytesOf(await get(fetcher, url, "file"), url) }];
  }
  const treeUrl = `${base}/git/trees/${encodeURIComponent(ref)}?recursive=1`;
  const tree = treeSchema.safeParse(await json(await get(fetcher, treeUrl, "branch or folder"), treeUrl));
  if (!tree.success) throw new AddDeckError(`${treeUrl} did not answer with a file list.`, ZIP_FALLBACK);
  const prefix = link.path ? `${link.path.replace(/\/$/, "")}/` : "";
  const wanted = tree.data.tree.filter((e) => e.type === "blob" && e.path.startsWith(prefix) && isReadable(e.path.slice(prefix.length)));
  if (wanted.length === 0) throw new AddDeckError(`${link.path ? `The folder ${link.path}` : "The repository"} has no markdown file (.md, .mdx, .markdown) to read.`);
  if (wanted.length > LIMITS.linkFiles) {
    throw new AddDeckError(`${linkPlace(link)} has ${wanted.length} markdown files; a link reads at most ${LIMITS.linkFiles} (each is a request to GitHub). Link a folder that holds only the questions.`, ZIP_FALLBACK);
  }
  const total = wanted.reduce((n, e) => n + (e.size ?? 0), 0);
  if (total > LIMITS.inputBytes) throw new AddDeckError(`${linkPlace(link)} has ${formatBytes(total)} of markdown: the limit is ${formatBytes(LIMITS.inputBytes)}.`, "Link the folder that holds only the questions.");
  const files: RawFile[] = [];
  // One at a time: GitHub's raw host throttles bursts, and a bank rarely has more than a few files.
  for (const e of wanted) files.push({ path: e.path.slice(prefix.length), bytes: await bytesOf(await get(fetcher, raw(e.path), "file"), raw(e.path)) });
  return files;
}

const linkPlace = (link: Extract<Link, { kind: "github" }>) => `${link.owner}/${link.repo}${link.path ? `/${link.path}` : ""}`;
