import { useEffect, useMemo, useRef, useState } from "react";
import type { TopicIndexEntry } from "@/lib/deck/payload";
import { progressForTransfer } from "@/lib/progress";
import { logLength } from "@/lib/progress/lazy-log";
import { replayFacts, type Stats, statsForTopics } from "@/lib/stats";
import { readStatsAnswer, STATS_WORKER_MIN_REVIEWS, STATS_WORKER_URL, type StatsRequest } from "@/lib/stats/worker-protocol";
import { useProgressStore } from "../progress-store";

interface Answered {
  topics: readonly TopicIndexEntry[]; // the statistics are for these topics
  stats: Stats;
}

/**
 * Every statistic of /stats at `now`; null until the store is read and, for a long history, until
 * the worker has answered. A log of STATS_WORKER_MIN_REVIEWS reviews or more is replayed in the
 * stats worker (seconds at 100,000 reviews, which on the page would freeze it); a shorter one here,
 * and any if the worker cannot start (offline before it was ever fetched) or answers wrongly.
 * While a new answer is on its way the last one stays shown.
 */
export function useStats(topics: readonly TopicIndexEntry[], now: number): Stats | null {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  const [failed, setFailed] = useState(false);
  const [answered, setAnswered] = useState<Answered | null>(null);
  const worker = useRef<Worker | null>(null);
  const asked = useRef(0);
  const inWorker = hydrated && !failed && logLength(progress) >= STATS_WORKER_MIN_REVIEWS;

  useEffect(() => () => worker.current?.terminate(), []);
  useEffect(() => {
    if (!inWorker) return;
    const fail = () => setFailed(true);
    let w = worker.current;
    if (!w) {
      try {
        w = new Worker(STATS_WORKER_URL);
      } catch {
        void Promise.resolve().then(fail); // a refused worker (a policy): counted on the page
        return;
      }
      worker.current = w;
    }
    const id = ++asked.current;
    const onMessage = (event: MessageEvent<unknown>) => {
      const answer = readStatsAnswer(event.data);
      if (answer.id !== id && answer.id >= 0) return; // an earlier request's answer: a newer one is coming
      if (answer.type === "error") fail();
      else setAnswered({ topics, stats: answer.stats });
    };
    // Not loaded (offline, before it was ever fetched), or it threw: counted on the page instead.
    w.addEventListener("error", fail);
    w.addEventListener("message", onMessage);
    const request: StatsRequest = { id, progress: progressForTransfer(progress), topics: [...topics], now };
    w.postMessage(request);
    return () => {
      w.removeEventListener("error", fail);
      w.removeEventListener("message", onMessage);
    };
  }, [inWorker, progress, topics, now]);

  // The replay depends on the log and the scheduler settings only, not on the minute.
  const onPage = hydrated && !inWorker;
  const facts = useMemo(() => (onPage ? replayFacts(progress) : null), [onPage, progress]);
  const pageStats = useMemo(() => (facts ? statsForTopics(progress, topics, now, facts) : null), [facts, progress, topics, now]);
  if (onPage) return pageStats;
  return answered && answered.topics === topics ? answered.stats : null;
}

/** How many reviews the store holds once read (null before): what /stats says it is counting. */
export function useStoredReviewCount(): number | null {
  const hydrated = useProgressStore((s) => s.hydrated);
  const progress = useProgressStore((s) => s.progress);
  return hydrated ? logLength(progress) : null;
}
