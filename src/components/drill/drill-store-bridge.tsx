"use client";

import { useEffect } from "react";
import { type DrillStore, useDrillStore } from "@/stores/views/drill-store";

/*
 * The drill's link to stored progress, loaded apart from the drill itself: the store, the
 * scheduler and the codec are most of the drill's JavaScript, and a shuffled deck's first card is
 * shown (and flipped) without them. Grades, flags and notes go live once this has read the store.
 */

/** Renders nothing: hands the drill its view of the store once stored progress is read, and again on every change. */
export function DrillStoreBridge({ onChange }: { onChange: (store: DrillStore) => void }) {
  const store = useDrillStore();
  useEffect(() => {
    if (store) onChange(store);
  }, [store, onChange]);
  return null;
}
