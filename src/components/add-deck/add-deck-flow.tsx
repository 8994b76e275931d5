"use client";

import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { useEffect, useMemo, useRef, useState } from "react";
import { type DeckDiff, deckPageHref, diffDecks, type UserDeckRecord } from "@/lib/deck/user-deck";
import type { SourceChoice } from "@/lib/add-deck/sources";
import { updateTarget } from "@/lib/add-deck/update";
import { UserDeckSaveError } from "@/lib/deck/user-decks-db";
import { DeckPreview } from "./deck-preview";
import { saveDeck } from "./save-deck";
import { SteeringForm } from "./steering-form";
import { SuggestedHint } from "./suggested-hint";
import { muted, primaryButton, secondaryButton } from "./styles";
import { SameSourceOffer } from "./same-source-offer";
import { UpdateSummary } from "./update-summary";
import { useAddDeck } from "./use-add-deck";
import type { GetReaderClient } from "./use-reader-client";

type Saved = { kind: "saved"; slug: string; title: string; updated: boolean } | { kind: "error"; message: string } | null;

/**
 * Everything after the user chose a source: loading it, the worker, the preview, steering and
 * saving. Loaded on demand (add-deck-page.tsx), so /add's first load carries none of it (zod,
 * fflate, IndexedDB, the worker client). `onDone(true)` hands the page back to the source picker.
 * With `update` (or once the user takes the offer to update a deck of the same source), the source
 * is read with that deck's slug and hints, and Save replaces it.
 */
export default function AddDeckFlow({ choice, update, reader, onDone }: { choice: SourceChoice; update?: UserDeckRecord; reader: GetReaderClient; onDone: (showPicker: boolean) => void }) {
  const { state, choose, steer, retarget, reset } = useAddDeck(reader);
  const [replacing, setReplacing] = useState<UserDeckRecord | null>(update ?? null);
  const [saved, setSaved] = useState<Saved>(null);
  const [saving, setSaving] = useState(false);
  const status = useRef<HTMLDivElement>(null);
  const started = useRef(false);

  useEffect(() => {
    if (!started.current) {
      started.current = true;
      void choose(choice, update ? updateTarget(update) : undefined);
    }
  }, [choice, choose, update]);

  // With no preview to show (a bad source), the picker comes back under the message.
  const failedEarly = state.phase === "failed" && state.source === null;
  useEffect(() => onDone(failedEarly), [failedEarly, onDone]);

  useEffect(() => {
    if (state.phase === "failed" || saved) status.current?.focus();
  }, [state.phase, saved]);

  const busy = state.phase === "loading" || state.phase === "reading";
  const report = state.report;
  const deck = report?.deck ?? null;
  const diff = useMemo<DeckDiff | null>(() => (replacing && deck && deck.slug === replacing.slug ? diffDecks(replacing.deck, deck) : null), [replacing, deck]);

  const adopt = (record: UserDeckRecord) => {
    setReplacing(record);
    retarget(updateTarget(record));
  };

  const onSave = async () => {
    if (!state.source || !deck) return;
    setSaving(true);
    try {
      await saveDeck(state.source, deck, state.hints, Date.now(), replacing ?? undefined, report?.assets);
      setSaved({ kind: "saved", slug: deck.slug, title: deck.title, updated: replacing !== null });
    } catch (e) {
      setSaved({ kind: "error", message: e instanceof UserDeckSaveError ? e.message : "The deck could not be saved; nothing was kept." });
    } finally {
      setSaving(false);
    }
  };

  if (saved?.kind === "saved") {
    return (
      <div ref={status} tabIndex={-1} role="status" className="space-y-3" data-testid="add-saved">
        <p className="text-lg">
          <strong>{saved.title}</strong> is {saved.updated ? "updated" : "saved in this browser"}.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link {...PREFETCH_ON_INTENT} href={deckPageHref(saved.slug)} className={primaryButton}>Open the deck</Link>
          <button type="button" className={secondaryButton} onClick={() => { setSaved(null); reset(); onDone(true); }}>Add another</button>
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <div aria-live="polite" className={muted} data-testid="add-status">
        {state.phase === "loading" ? "Reading the source…" : state.phase === "reading" ? "Reading the questions…" : ""}
      </div>
      {state.failure ? (
        <div ref={status} tabIndex={-1} role="alert" data-testid="add-error" className="space-y-2 rounded-lg border border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950/50 dark:text-red-100">
          <p>{state.failure.message}</p>
          {state.failure.fallback ? <p>{state.failure.fallback}</p> : null}
          {state.source ? null : <p>Nothing was saved.</p>}
        </div>
      ) : null}
      {state.source && report ? (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <p className="flex-1">
              Source: <strong>{state.source.source.label}</strong> · {state.source.files.length} {state.source.files.length === 1 ? "file" : "files"}
            </p>
            <button type="button" className={secondaryButton} onClick={() => { reset(); onDone(true); }}>Choose another source</button>
          </div>
          {report.blocked ? (
            <p role="alert" data-testid="add-blocked" className="rounded-lg border border-amber-500 bg-amber-50 p-4 text-amber-950 dark:border-amber-600 dark:bg-amber-950/50 dark:text-amber-100">
              {report.blocked} Nothing was saved.
            </p>
          ) : null}
          {report.steered ? (
            <p data-testid="self-steered" className="rounded-lg border border-sky-600 bg-sky-50 p-4 text-sky-950 dark:border-sky-500 dark:bg-sky-950/50 dark:text-sky-100">
              {report.steered}
            </p>
          ) : null}
          {report.suggested ? <SuggestedHint hints={report.suggested} onSteer={steer} /> : null}
          {replacing ? null : <SameSourceOffer source={state.source.source} title={deck?.title ?? state.source.title} onUpdate={adopt} />}
          {replacing && diff ? <UpdateSummary title={replacing.title} diff={diff} /> : null}
          <DeckPreview report={report} skipped={state.source.skipped} />
          <SteeringForm key={state.slug ?? ""} hints={state.hints} onSteer={steer} />
          {saved?.kind === "error" ? <p ref={status} tabIndex={-1} role="alert" className="text-red-800 dark:text-red-200">{saved.message}</p> : null}
          <button type="button" className={primaryButton} disabled={!deck || report.blocked !== null || busy || saving} onClick={() => void onSave()}>
            {saving ? "Saving…" : replacing ? "Save the update" : "Save the deck"}
          </button>
        </>
      ) : null}
    </div>
  );
}
