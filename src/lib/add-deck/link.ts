import { AddDeckError } from "./errors";

/*
 * What a pasted link points at. GitHub pages (`github.com/owner/repo`, `/tree/<ref>/<path>`,
 * `/blob/<ref>/<file>`) are read through GitHub's API and raw hosts, which allow cross-origin reads;
 * any other https URL is taken as one raw markdown file. A ref with slashes (`feature/x`) cannot be
 * told from a path in a URL: the first segment is taken as the ref, as github.com does for most repos.
 */
export type Link =
  | { kind: "github"; owner: string; repo: string; ref: string | null; path: string; blob: boolean }
  | { kind: "raw"; url: string };

const NAME = /^[A-Za-z0-9_.-]+$/;

export function parseLink(input: string): Link {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new AddDeckError(`"${text}" is not a link. Paste the address of a GitHub repository, folder or file, or of a raw .md file.`);
  }
  if (url.protocol !== "https:") throw new AddDeckError(`${url.href} is not an https link: only https addresses are fetched.`);
  if (url.hostname === "github.com" || url.hostname === "www.github.com") return githubLink(url);
  if (url.hostname === "raw.githubusercontent.com") {
    const [owner, repo, ref, ...rest] = segments(url);
    if (owner && repo && ref && rest.length) return { kind: "github", owner, repo, ref, path: rest.join("/"), blob: true };
  }
  return { kind: "raw", url: url.href };
}

function segments(url: URL): string[] {
  return url.pathname.split("/").filter(Boolean).map((s) => decodeURIComponent(s));
}

function githubLink(url: URL): Link {
  const [owner, rawRepo, mode, ref, ...rest] = segments(url);
  const repo = rawRepo?.replace(/\.git$/, "");
  if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo)) {
    throw new AddDeckError(`${url.href} is not a repository link: it should look like https://github.com/owner/repository.`);
  }
  if (mode === undefined) return { kind: "github", owner, repo, ref: null, path: "", blob: false };
  if ((mode === "tree" || mode === "blob") && ref) return { kind: "github", owner, repo, ref, path: rest.join("/"), blob: mode === "blob" };
  throw new AddDeckError(`${url.href} is a GitHub page that holds no files (issues, pulls…). Paste the repository's, a folder's or a file's address.`);
}

/** What the deck is called until its bank says otherwise. */
export function linkTitle(link: Link): string {
  if (link.kind === "raw") return decodeURIComponent(new URL(link.url).pathname.split("/").pop() ?? "").replace(/\.(md|mdx|markdown)$/i, "") || new URL(link.url).hostname;
  const last = link.path.split("/").filter(Boolean).pop();
  return last && !/^readme\.(md|mdx|markdown)$/i.test(last) ? last.replace(/\.(md|mdx|markdown)$/i, "") : link.repo;
}

/** The address shown and kept for updates. */
export function linkLabel(link: Link): string {
  if (link.kind === "raw") return link.url;
  return `${link.owner}/${link.repo}${link.ref ? `@${link.ref}` : ""}${link.path ? `/${link.path}` : ""}`;
}
