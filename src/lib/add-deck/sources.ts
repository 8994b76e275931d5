import { binaryKind } from "./bytes";
import { CATALOGUE_INDEX, catalogueFileUrl, catalogueSchema } from "./catalogue";
import { collect, type Collected, fromPaste, type RawFile } from "./collect";
import { AddDeckError } from "./errors";
import { fetchLink, type Fetch } from "./github";
import { linkLabel, linkTitle, parseLink } from "./link";
import { readZip } from "./zip";

/*
 * Every source the add-deck page offers, turned into files for the reader plus what the saved deck
 * records about where it came from (to re-fetch it for updates, and to credit it).
 */
export type SourceChoice =
  | { kind: "files"; files: RawFile[] }
  | { kind: "folder"; files: RawFile[] }
  | { kind: "paste"; text: string }
  | { kind: "link"; url: string }
  | { kind: "catalogue"; id: string };

export interface LoadedSource extends Collected {
  source: { kind: "files" | "folder" | "zip" | "paste" | "link" | "catalogue"; label: string; url?: string };
  credits: { licence?: string; author?: string; sourceUrl?: string };
}

const isZip = (f: RawFile) => /\.zip$/i.test(f.path) || binaryKind(f.bytes) === "a zip archive";

export async function loadSource(choice: SourceChoice, fetcher: Fetch): Promise<LoadedSource> {
  switch (choice.kind) {
    case "paste":
      return { ...fromPaste(choice.text), source: { kind: "paste", label: "Pasted text" }, credits: {} };
    case "files":
    case "folder": {
      if (choice.files.length === 0) throw new AddDeckError("No file was chosen.");
      const first = choice.files[0];
      if (choice.files.length === 1 && first && isZip(first)) {
        return { ...readZip(first.path, first.bytes), source: { kind: "zip", label: first.path }, credits: {} };
      }
      const names = choice.files.map((f) => f.path);
      const fallback = choice.files.length === 1 ? (names[0] ?? "deck").replace(/\.(md|mdx|markdown)$/i, "") : "My deck";
      const collected = collect(choice.files, fallback);
      const label = choice.kind === "folder" ? collected.title : names.length === 1 ? (names[0] ?? "") : `${names.length} files`;
      return { ...collected, source: { kind: choice.kind, label }, credits: {} };
    }
    case "link": {
      const link = parseLink(choice.url);
      const collected = collect(await fetchLink(link, fetcher), linkTitle(link));
      // One file: its name is noise ("README"); the repository or file name is the better title.
      return { ...collected, title: linkTitle(link), source: { kind: "link", label: linkLabel(link), url: choice.url.trim() }, credits: { sourceUrl: choice.url.trim() } };
    }
    case "catalogue": {
      const res = await fetcher(CATALOGUE_INDEX);
      const index = catalogueSchema.safeParse(res.ok ? ((await res.json()) as unknown) : null);
      const entry = index.success ? index.data.banks.find((b) => b.id === choice.id) : undefined;
      if (!entry) throw new AddDeckError(`The catalogue has no bank called "${choice.id}".`);
      const files: RawFile[] = [];
      for (const path of entry.files) {
        const file = await fetcher(catalogueFileUrl(entry.id, path));
        if (!file.ok) throw new AddDeckError(`Could not load ${catalogueFileUrl(entry.id, path)} (${file.status}); are you offline?`);
        files.push({ path, bytes: new Uint8Array(await file.arrayBuffer()) });
      }
      const collected = collect(files, entry.title);
      return {
        ...collected,
        title: entry.title,
        source: { kind: "catalogue", label: entry.title, url: entry.id },
        credits: { licence: entry.licence, author: entry.author, sourceUrl: entry.sourceUrl },
      };
    }
  }
}
