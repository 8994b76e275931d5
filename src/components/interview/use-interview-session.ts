import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { useCardAnswers } from "@/hooks/use-card-answers";
import type { DrillCard } from "@/lib/drill/deck-data";
import { currentCard, flip, gradeCurrent, isFinished, type Selection, type Session, startSession } from "@/lib/drill";
import { type AnswerMedium, type InterviewAttempt, suggestGrade, summarizeInterview } from "@/lib/interview";
import type { Rating } from "@/lib/srs";
import { useProgressStore } from "@/stores/progress-store";
import { drillQueue, intervalLabels } from "@/stores/views/schedule";
import { togglePlayback } from "./toggle-playback";
import { useRecorder } from "./use-recorder";

/** Question (prompt and budget), answering (clock running), review (beside the model answer). */
export type InterviewPhase = "question" | "answering" | "review";

interface Answer {
  phase: InterviewPhase;
  startedAt: number | null; // when answering started
  stoppedAt: number | null; // when answering stopped
  medium: AnswerMedium; // recording until the microphone fails or T switches to typing
  typed: string; // the typed answer
  ticked: boolean[]; // key points the candidate says they covered (by index; the answer, and so its points, may still be loading)
}

const fresh = (): Answer => ({ phase: "question", startedAt: null, stoppedAt: null, medium: "recording", typed: "", ticked: [] });

/**
 * An interview's state and actions. The deck is drawn like a drill's (seeded; a mock interview is
 * dealt across topics); grades go into the same review log with mode "interview".
 */
export function useInterviewSession({
  selection,
  cards,
  exitHref,
  budgetMs,
  onRecorded,
}: {
  selection: Selection;
  cards: DrillCard[];
  exitHref: string;
  budgetMs: number;
  onRecorded?: (cardId: string, blob: Blob) => void; // each finished recording (to keep it, when the setting says so)
}) {
  const router = useRouter();
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const [session, setSession] = useState<Session>(() => {
    const t = Date.now();
    const topicOf = (id: string) => byId.get(id)?.topicHref ?? id;
    return startSession(drillQueue(useProgressStore.getState(), selection, cards.map((c) => c.id), t, topicOf), t);
  });
  const cardId = currentCard(session);
  const card = cardId ? byId.get(cardId) : undefined;
  const [answer, setAnswer] = useState<Answer>(() => fresh());
  const [attempts, setAttempts] = useState<InterviewAttempt[]>([]);
  const [helpOpen, setHelpOpen] = useState(false);
  const recorder = useRecorder();
  const grade = useProgressStore((s) => s.grade);
  const progress = useProgressStore((s) => s.progress);
  const cardStates = useProgressStore((s) => s.cardStates);
  const audioRef = useRef<HTMLAudioElement>(null);
  const typingRef = useRef<HTMLTextAreaElement>(null);
  // This question's answer (its key points and model answer), and the next one's fetched meanwhile.
  const { get: answerOf, retry } = useCardAnswers(byId, [cardId, session.queue[session.index + 1]]);
  const loaded = answerOf(cardId);
  const keyPoints = loaded.status === "ready" ? loaded.answer.keyPoints : [];

  const elapsedMs = answer.startedAt !== null && answer.stoppedAt !== null ? answer.stoppedAt - answer.startedAt : 0;
  const tickedList = keyPoints.map((_, i) => answer.ticked[i] === true);
  const ticked = tickedList.filter(Boolean).length;
  const suggested = answer.phase === "review" ? suggestGrade({ ticked, total: keyPoints.length, elapsedMs, budgetMs }) : null;

  const intervals = useMemo(() => {
    if (!cardId || answer.phase !== "review") return null;
    return intervalLabels({ progress, cardStates }, cardId, answer.stoppedAt ?? 0);
  }, [cardId, answer.phase, answer.stoppedAt, progress, cardStates]);

  const start = (medium: AnswerMedium = "recording") => {
    if (answer.phase !== "question") return;
    setAnswer((a) => ({ ...a, phase: "answering", startedAt: Date.now(), medium }));
    if (medium === "recording") void recorder.start();
    else setTimeout(() => typingRef.current?.focus(), 0);
  };

  const stop = () => {
    if (answer.phase !== "answering") return;
    setAnswer((a) => ({ ...a, phase: "review", stoppedAt: Date.now() }));
    void recorder.stop(answer.medium === "recording").then((blob) => {
      if (blob && cardId) onRecorded?.(cardId, blob);
    });
  };

  const typeInstead = () => {
    if (answer.phase === "question") return start("typed");
    if (answer.phase !== "answering" || answer.medium === "typed") return;
    void recorder.stop(false);
    setAnswer((a) => ({ ...a, medium: "typed" }));
    setTimeout(() => typingRef.current?.focus(), 0);
  };

  const gradeWith = (rating: Rating) => {
    if (!cardId || answer.phase !== "review") return;
    // The answer time is how long the candidate spoke (or typed), not how long the review took.
    const entry = grade(cardId, rating, "interview", Date.now(), elapsedMs);
    const medium: AnswerMedium = answer.medium === "recording" && !recorder.recording ? "aloud" : answer.medium;
    setAttempts((list) => [...list, { cardId, medium, elapsedMs, budgetMs, pointsTotal: keyPoints.length, pointsTicked: ticked, suggested, chosen: rating }]);
    const next = gradeCurrent(flip(session), rating, entry.id, entry.at);
    setSession(next);
    recorder.release();
    setAnswer(fresh());
  };

  const actions = {
    space: () => (answer.phase === "question" ? start() : stop()),
    start: () => start(),
    stop,
    type: typeInstead,
    play: () => {
      const audio = audioRef.current;
      if (audio) togglePlayback(audio);
    },
    grade: gradeWith,
    grade1: () => gradeWith(1),
    grade2: () => gradeWith(2),
    grade3: () => gradeWith(3),
    grade4: () => gradeWith(4),
    tick: (i: number) => setAnswer((a) => ({ ...a, ticked: Array.from({ length: Math.max(a.ticked.length, i + 1) }, (_, j) => (j === i ? a.ticked[j] !== true : a.ticked[j] === true)) })),
    setTyped: (typed: string) => setAnswer((a) => ({ ...a, typed })),
    help: () => setHelpOpen(true),
    leave: () => router.push(exitHref),
    again: (ids: string[]) => {
      const t = Date.now();
      setAttempts([]);
      setSession(startSession(ids, t));
      setAnswer(fresh());
    },
  };

  const finished = isFinished(session);
  const summary = useMemo(() => (finished ? summarizeInterview(attempts) : null), [finished, attempts]);

  return {
    session,
    card,
    answer,
    modelAnswer: loaded,
    retryAnswer: () => {
      if (cardId) retry(cardId);
    },
    keyPoints,
    tickedList,
    elapsedMs,
    ticked,
    suggested,
    intervals,
    mic: recorder,
    summary,
    helpOpen,
    closeHelp: () => setHelpOpen(false),
    actions,
    audioRef,
    typingRef,
  };
}
