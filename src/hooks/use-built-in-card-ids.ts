"use client";

import { useEffect, useState } from "react";
import { CARD_IDS_URL, readCardIds } from "@/lib/deck/card-ids";

export type BuiltInCardIds = { status: "loading" } | { status: "ready"; ids: readonly string[] } | { status: "failed" };

/** The built-in cards' ids, fetched once the component is on screen (the service worker keeps a copy for offline use). */
export function useBuiltInCardIds(): BuiltInCardIds {
  const [state, setState] = useState<BuiltInCardIds>({ status: "loading" });
  useEffect(() => {
    let live = true;
    fetch(CARD_IDS_URL)
      .then((r) => (r.ok ? r.json() : null))
      .then((json: unknown) => {
        const ids = readCardIds(json);
        if (live) setState(ids ? { status: "ready", ids } : { status: "failed" });
      })
      .catch(() => {
        if (live) setState({ status: "failed" });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
