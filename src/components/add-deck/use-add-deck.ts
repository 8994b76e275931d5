"use client";

import { startTransition, useCallback, useState } from "react";
import type { ReaderHints } from "@/lib/content/hints";
import { AddDeckError } from "@/lib/add-deck/errors";
import { type DeckReport, deckReport } from "@/lib/add-deck/report";
import { type LoadedSource, loadSource, type SourceChoice } from "@/lib/add-deck/sources";
import type { UpdateTarget } from "@/lib/add-deck/update";
import { userDeckSlug } from "@/lib/deck/user-deck";
import { listUserDecks } from "@/lib/deck/user-decks-db";
import type { GetReaderClient } from "./use-reader-client";

/*
 * The add-deck flow's state: a source is loaded once (files read, zip inflated, link fetched), then
 * read by the worker as often as the user steers; nothing is saved until they press Save. The
 * worker is the page's (use-reader-client.ts), started before the user chose a source.
 */
export type Phase = "idle" | "loading" | "reading" | "ready" | "failed";
export interface Failure {
  message: string;
  fallback?: string;
}

export interface AddDeckState {
  phase: Phase;
  source: LoadedSource | null;
  slug: string | null;
  hints: ReaderHints;
  report: DeckReport | null;
  failure: Failure | null;
}

const failureOf = (e: unknown): Failure =>
  e instanceof AddDeckError ? { message: e.message, ...(e.fallback ? { fallback: e.fallback } : {}) } : { message: e instanceof Error ? e.message : "Something went wrong; nothing was added." };

export function useAddDeck(reader: GetReaderClient) {
  const [state, setState] = useState<AddDeckState>({ phase: "idle", source: null, slug: null, hints: {}, report: null, failure: null });

  const read = useCallback(async (source: LoadedSource, slug: string, hints: ReaderHints) => {
    setState((s) => ({ ...s, phase: "reading", source, slug, hints, failure: null }));
    try {
      const client = await reader();
      const done = await client.read({ slug, title: source.title, files: source.files, hints });
      if (done === null) return; // a newer read is on its way
      // A transition: React renders the preview (dozens of rendered answers) in slices, not one long task.
      startTransition(() => setState((s) => ({ ...s, phase: "ready", report: deckReport(done, source.images) })));
    } catch (e) {
      setState((s) => ({ ...s, phase: "failed", report: null, failure: failureOf(e) }));
    }
  }, [reader]);

  const choose = useCallback(
    async (choice: SourceChoice, target?: UpdateTarget) => {
      setState({ phase: "loading", source: null, slug: null, hints: {}, report: null, failure: null });
      try {
        // The saved decks are listed (IndexedDB) while the source is read, not after it.
        const listed = target ? null : listUserDecks();
        listed?.catch(() => undefined); // awaited below, unless loading the source failed first
        const source = await loadSource(choice, (url, init) => fetch(url, init));
        // An update reads with the saved deck's slug and hints: the same ids, so progress follows the cards.
        if (target) return await read(source, target.slug, target.hints);
        const { decks, corrupt } = await (listed ?? listUserDecks());
        // The slug comes from the source, not from steering, so card ids stay put while the user steers.
        const slug = userDeckSlug(source.title, [...decks.map((d) => d.slug), ...corrupt.map((d) => d.slug)]);
        await read(source, slug, {});
      } catch (e) {
        setState((s) => ({ ...s, phase: "failed", failure: failureOf(e) }));
      }
    },
    [read],
  );

  const steer = useCallback(
    (hints: ReaderHints) => {
      if (state.source && state.slug) void read(state.source, state.slug, hints);
    },
    [read, state.source, state.slug],
  );

  /** Re-reads the loaded source as an update of a saved deck (its slug and hints). */
  const retarget = useCallback(
    (target: UpdateTarget) => {
      if (state.source) void read(state.source, target.slug, target.hints);
    },
    [read, state.source],
  );

  const reset = useCallback(() => setState({ phase: "idle", source: null, slug: null, hints: {}, report: null, failure: null }), []);

  return { state, choose, steer, retarget, reset };
}
