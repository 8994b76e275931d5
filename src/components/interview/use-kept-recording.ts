import { useCallback, useEffect, useState } from "react";
import { loadRecording, saveRecording } from "./recordings-db";

interface Kept {
  cardId: string;
  url: string;
  at: number;
}

/**
 * With the "keep recordings" setting: the card's recording from an earlier session, loaded when the
 * card is shown and released when it changes.
 */
export function useKeptRecording(cardId: string | undefined, enabled: boolean): Kept | null {
  const [previous, setPrevious] = useState<Kept | null>(null);
  useEffect(() => {
    if (!enabled || !cardId) return;
    let url: string | null = null;
    let cancelled = false;
    loadRecording(cardId).then(
      (r) => {
        if (cancelled || !r) return;
        url = URL.createObjectURL(r.blob);
        setPrevious({ cardId, url, at: r.at });
      },
      () => undefined, // no earlier recording to offer; recording itself still works
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [cardId, enabled]);
  return previous && previous.cardId === cardId ? previous : null;
}

/** With the "keep recordings" setting: `keep(cardId, blob)` stores an attempt in place of the card's last one. */
export function useKeepRecording(enabled: boolean) {
  const [failed, setFailed] = useState<string | null>(null);
  const keep = useCallback(
    (forCard: string, blob: Blob) => {
      if (!enabled) return;
      saveRecording(forCard, { blob, at: Date.now() }).then(
        () => setFailed(null),
        (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)),
      );
    },
    [enabled],
  );
  return { keep, failed };
}
