import { useCallback, useEffect, useRef, useState } from "react";
import { lazyDrillFetcher } from "@/lib/deck/lazy-user-fetcher";
import { type CardAnswer, type DrillCard, fetchAnswer } from "@/lib/drill/deck-data";

export type AnswerState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; answer: CardAnswer };

const LOADING: AnswerState = { status: "loading" };

/**
 * The answers of the cards a session is about to show (the current card and the next: the next
 * one is fetched while the current one is read), each fetched once and kept for the session.
 */
export function useCardAnswers(byId: ReadonlyMap<string, DrillCard>, wanted: readonly (string | null | undefined)[]) {
  const [answers, setAnswers] = useState<ReadonlyMap<string, AnswerState>>(() => new Map());
  const requested = useRef(new Set<string>());
  const [fetcher] = useState(() => lazyDrillFetcher()); // one per session: a user deck is read from IndexedDB once
  const [attempt, setAttempt] = useState(0);
  const ids = wanted.filter((id): id is string => typeof id === "string" && byId.has(id)).join("\n");

  useEffect(() => {
    for (const id of ids ? ids.split("\n") : []) {
      const card = byId.get(id);
      if (!card || requested.current.has(id)) continue;
      requested.current.add(id);
      const settle = (state: AnswerState) => setAnswers((m) => new Map(m).set(id, state));
      fetchAnswer(card, fetcher).then(
        (answer) => settle({ status: "ready", answer }),
        (error: unknown) => {
          // Forgotten, so a retry (or the card coming up again) fetches it afresh.
          requested.current.delete(id);
          settle({ status: "error", message: error instanceof Error ? error.message : String(error) });
        },
      );
    }
  }, [ids, byId, attempt, fetcher]);

  const get = useCallback((id: string | null | undefined): AnswerState => (id ? (answers.get(id) ?? LOADING) : LOADING), [answers]);
  const retry = useCallback((id: string) => {
    setAnswers((m) => {
      const next = new Map(m);
      next.delete(id);
      return next;
    });
    setAttempt((n) => n + 1);
  }, []);
  return { get, retry };
}
