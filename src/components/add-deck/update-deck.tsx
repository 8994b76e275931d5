"use client";

import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { useEffect, useState } from "react";
import { refetchChoice } from "@/lib/add-deck/update";
import type { SourceChoice } from "@/lib/add-deck/sources";
import type { UserDeckRecord } from "@/lib/deck/user-deck";
import { getUserDeck } from "@/lib/deck/user-decks-db";
import AddDeckFlow from "./add-deck-flow";
import { SourcePicker } from "./source-picker";
import { muted } from "./styles";
import type { GetReaderClient } from "./use-reader-client";

type Loaded = { kind: "loading" } | { kind: "missing" } | { kind: "found"; record: UserDeckRecord };

/**
 * /add?update=<slug>: the saved deck is read from IndexedDB; a link or catalogue deck is fetched
 * again at once, any other asks for its source again. Loaded on demand, like the rest of the flow.
 */
export default function UpdateDeck({ slug, reader }: { slug: string; reader: GetReaderClient }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const [run, setRun] = useState<{ choice: SourceChoice; n: number } | null>(null);
  const [pickerBack, setPickerBack] = useState(false);

  useEffect(() => {
    let live = true;
    void getUserDeck(slug).then(
      (record) => live && setLoaded(record ? { kind: "found", record } : { kind: "missing" }),
      () => live && setLoaded({ kind: "missing" }),
    );
    return () => {
      live = false;
    };
  }, [slug]);

  if (loaded.kind === "loading") return <p className={muted}>Loading the saved deck…</p>;
  if (loaded.kind === "missing") {
    return (
      <p role="alert" data-testid="add-error">
        There is no saved deck called “{slug}” in this browser to update. <Link {...PREFETCH_ON_INTENT} href="/add" className="underline">Add it as a new deck</Link>.
      </p>
    );
  }
  const { record } = loaded;
  const refetch = refetchChoice(record);
  const current = run ?? (refetch ? { choice: refetch, n: 0 } : null);
  const choose = (choice: SourceChoice) => {
    setPickerBack(false);
    setRun((r) => ({ choice, n: (r?.n ?? 0) + 1 }));
  };

  return (
    <div className="space-y-6">
      <p className="text-lg" data-testid="updating">
        Updating <strong>{record.title}</strong>
        {refetch ? ` from ${record.source.label}` : ""}.
      </p>
      {current === null || pickerBack ? (
        <>
          <p className={muted}>
            This deck came from {record.source.label} ({record.source.kind}). Give the same source again, changed as you like; the preview says what changes before anything is saved.
          </p>
          <SourcePicker onChoose={choose} onReach={() => void reader().catch(() => undefined)} busy={false} />
        </>
      ) : null}
      {current ? <AddDeckFlow key={current.n} choice={current.choice} update={record} reader={reader} onDone={setPickerBack} /> : null}
    </div>
  );
}
