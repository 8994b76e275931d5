"use client";

import { useCallback, useEffect, useRef } from "react";
import type { ReaderClient } from "./reader-client";

/*
 * The reader worker of one add-deck page, started before it is needed: at the first idle moment
 * after the page opens (or when the user reaches for a source, whichever comes first) the client's
 * code is loaded, the worker started and warmed on a sample bank. Between the drop and the preview
 * there is then only the reading itself, not the download and compilation of the reader. The
 * worker lives as long as the page; every read of the page's flows goes to it.
 */
export type GetReaderClient = () => Promise<ReaderClient>;

const onIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
};

export function useReaderClient(): GetReaderClient {
  const client = useRef<Promise<ReaderClient> | null>(null);
  const get = useCallback<GetReaderClient>(
    () =>
      (client.current ??= import("./reader-client").then((m) => {
        const made = m.createReaderClient();
        made.warm();
        return made;
      }, (error: unknown) => {
        client.current = null; // a failed download (offline) is tried again by the next read
        throw error;
      })),
    [],
  );
  useEffect(() => {
    const cancel = onIdle(() => void get().catch(() => undefined));
    return () => {
      cancel();
      const made = client.current;
      client.current = null;
      void made?.then((c) => c.dispose(), () => undefined);
    };
  }, [get]);
  return get;
}
