import { useCallback, useEffect, useRef, useState } from "react";
import { afterPaint } from "@/lib/after-paint";
import { lazyDrillFetcher } from "@/lib/deck/lazy-user-fetcher";
import { type CardAnswer, type DrillCard, fetchAnswer } from "@/lib/drill/deck-data";

export type AnswerState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; answer: CardAnswer };

const LOADING: AnswerState = { status: "loading" };

/**
 * The answers of the cards a session is about to show (`wanted`: the current card first, then the
 * next, fetched while the current one is read), each fetched once and kept for the session.
 */
export function useCardAnswers(byId: ReadonlyMap<string, DrillCard>, wanted: readonly (string | null | undefined)[]) {
  const [answers, setAnswers] = useState<ReadonlyMap<string, AnswerState>>(() => new Map());
  const requested = useRef(new Set<string>());
  const [fetcher] = useState(() => lazyDrillFetcher()); // one per session: a user deck is read from IndexedDB once
  const [attempt, setAttempt] = useState(0);
  const valid = (id: string | null | undefined): id is string => typeof id === "string" && byId.has(id);
  const [first, ...rest] = wanted;
  const now = valid(first) ? first : null;
  const later = rest.filter(valid).join("\n");

  useEffect(() => {
    const request = (id: string) => {
      const card = byId.get(id);
      if (!card || requested.current.has(id)) return;
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
    };
    if (now) request(now);
    // The cards after it once the frame that shows this one is painted: after a grade, this effect
    // runs before that paint, and starting a fetch there delays the next question.
    return later ? afterPaint(() => later.split("\n").forEach(request)) : undefined;
  }, [now, later, byId, attempt, fetcher]);

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
