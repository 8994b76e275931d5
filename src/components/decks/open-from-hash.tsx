"use client";

import { useEffect } from "react";

/**
 * Opens the answer of the card the URL's #anchor names (a search result links to `/deck/topic#card`)
 * and moves focus to it, on arrival and whenever the anchor changes.
 */
export function OpenFromHash({ listId }: { listId: string }) {
  useEffect(() => {
    const open = () => {
      const anchor = decodeURIComponent(window.location.hash.slice(1));
      if (!anchor) return;
      const details = document.querySelector<HTMLDetailsElement>(`#${listId} > li[id="${CSS.escape(anchor)}"] details`);
      if (!details) return;
      details.open = true;
      const summary = details.querySelector("summary");
      summary?.focus({ preventScroll: true });
      summary?.scrollIntoView({ block: "start" });
    };
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, [listId]);
  return null;
}
