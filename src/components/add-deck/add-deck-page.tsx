"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { SourceChoice } from "@/lib/add-deck/sources";
import { SourcePicker } from "./source-picker";
import { muted } from "./styles";
import { useReaderClient } from "./use-reader-client";

const loadFlow = () => import("./add-deck-flow");
type Flow = (typeof import("./add-deck-flow"))["default"];
const UpdateDeck = dynamic(() => import("./update-deck"), { ssr: false, loading: () => <p className={muted}>Loading the reader…</p> });

/**
 * The add-deck page: the source picker is in the first load; the rest (reading, preview, steering,
 * saving) loads when a source is chosen. `?catalogue=<id>` (the catalogue's Add link) and `?link=<url>`
 * (the link form sent before the page's script ran, or a shared link) start at once;
 * `?update=<slug>` (a user deck's page) updates that deck.
 */
const noSubscription = () => () => {};
const catalogueParam = () => new URLSearchParams(window.location.search).get("catalogue");
const updateParam = () => new URLSearchParams(window.location.search).get("update");
const linkParam = () => new URLSearchParams(window.location.search).get("link")?.trim() || null;

export function AddDeckPage() {
  // A static page has no query on the server (null there): the catalogue's link is read in the browser.
  const catalogueId = useSyncExternalStore(noSubscription, catalogueParam, () => null);
  const updateSlug = useSyncExternalStore(noSubscription, updateParam, () => null);
  // `?link=` is the link form sent before the page's script ran (or a shared "add this bank" link).
  const linkUrl = useSyncExternalStore(noSubscription, linkParam, () => null);
  const [run, setRun] = useState<{ choice: SourceChoice; n: number } | null>(null);
  const [pickerBack, setPickerBack] = useState(false);
  const reader = useReaderClient();
  // The flow's component, held once loaded rather than behind next/dynamic's Suspense boundary:
  // React holds back a boundary's content for 300 ms after showing its fallback, which was a fifth
  // of drop → preview even when the code was already loaded.
  const [flow, setFlow] = useState<{ Flow: Flow } | null>(null);
  const [flowFailed, setFlowFailed] = useState(false);
  const ensureFlow = useCallback(
    () =>
      loadFlow().then(
        (m) => {
          setFlowFailed(false);
          setFlow((f) => f ?? { Flow: m.default });
        },
        () => {
          setFlowFailed(true);
          setPickerBack(true); // the picker comes back under the message, to try again
        },
      ),
    [],
  );
  const current =
    run ?? (catalogueId ? { choice: { kind: "catalogue" as const, id: catalogueId }, n: 0 } : linkUrl ? { choice: { kind: "link" as const, url: linkUrl }, n: 0 } : null);

  const choose = (choice: SourceChoice) => {
    setPickerBack(false);
    setRun((r) => ({ choice, n: (r?.n ?? 0) + 1 }));
    void ensureFlow();
  };
  // While the user picks a source, an idle moment loads and evaluates the flow's code (schemas, the
  // preview), so it is not one more long task between the drop and the preview; useReaderClient
  // starts and warms the reader worker the same way.
  useEffect(() => {
    if (catalogueId || linkUrl) {
      void ensureFlow();
      return;
    }
    if (typeof requestIdleCallback !== "function") return;
    const id = requestIdleCallback(() => void ensureFlow());
    return () => cancelIdleCallback(id);
  }, [catalogueId, linkUrl, ensureFlow]);
  const onDone = useCallback((showPicker: boolean) => {
    if (showPicker) setPickerBack(true);
  }, []);

  if (updateSlug) return <UpdateDeck slug={updateSlug} reader={reader} />;
  return (
    <div className="space-y-6">
      {current === null || pickerBack ? <SourcePicker onChoose={choose} onReach={() => void reader().catch(() => undefined)} busy={false} /> : null}
      {current && flow ? <flow.Flow key={current.n} choice={current.choice} reader={reader} onDone={onDone} /> : null}
      {current && !flow ? (
        <p className={muted} role="status">
          {flowFailed ? "The reader could not be loaded. Check your connection, then choose the source again." : "Loading the reader…"}
        </p>
      ) : null}
    </div>
  );
}
