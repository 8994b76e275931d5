import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { QUESTION_SHAPE_LABELS, type ReaderHints } from "@/lib/content/hints";
import type { UserDeckRecord } from "@/lib/deck/user-deck";

const SOURCE_KIND: Record<UserDeckRecord["source"]["kind"], string> = {
  files: "Files",
  folder: "A folder",
  zip: "A zip",
  paste: "Pasted text",
  link: "A link",
  catalogue: "The catalogue",
  anki: "An Anki deck",
  csv: "A CSV file",
};

/** The steering hints in plain words; empty when the reader detected everything. */
function hintLines(h: ReaderHints): string[] {
  return [
    h.questions && h.questions !== "auto" ? `Questions: ${QUESTION_SHAPE_LABELS[h.questions]}${h.headingLevel ? ` (level ${h.headingLevel})` : ""}` : null,
    h.answers && h.answers !== "auto" ? `Answers: ${h.answers}` : null,
    h.skip?.length ? `Left out: ${h.skip.join(", ")}` : null,
    h.title ? `Title: ${h.title}` : null,
    h.description ? `Description: ${h.description}` : null,
  ].filter((x): x is string => x !== null);
}

const safeHref = (url: string | undefined) => (url && /^https:\/\//.test(url) ? url : null);

/** Where a user deck comes from, who made it, its licence, and how the reader was steered. */
export function UserDeckAbout({ record }: { record: UserDeckRecord }) {
  const { source, credits, hints } = record;
  const sourceHref = safeHref(source.url) ?? safeHref(credits.sourceUrl);
  const hintsUsed = hintLines(hints);
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="deck-about">
      <dt className="font-semibold">Source</dt>
      <dd>
        {SOURCE_KIND[source.kind]}:{" "}
        {sourceHref ? (
          <Link {...PREFETCH_ON_INTENT} href={sourceHref} className="underline underline-offset-4" rel="noopener noreferrer">
            {source.label}
          </Link>
        ) : (
          source.label
        )}
      </dd>
      <dt className="font-semibold">Licence</dt>
      <dd>{credits.licence ?? "Not stated"}</dd>
      <dt className="font-semibold">Author</dt>
      <dd>{credits.author ?? "Not stated"}</dd>
      <dt className="font-semibold">Saved</dt>
      <dd>{new Date(record.savedAt).toLocaleString()}</dd>
      <dt className="font-semibold">Reader hints</dt>
      <dd>{hintsUsed.length === 0 ? "None: the reader detected everything" : <ul>{hintsUsed.map((l) => <li key={l}>{l}</li>)}</ul>}</dd>
    </dl>
  );
}
