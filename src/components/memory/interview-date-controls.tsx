"use client";

import { useEffect, useRef, useState } from "react";
import { INTERVIEW_LIMITS, type InterviewDateSetting, isCalendarDate } from "@/lib/progress";
import { useProgressStore } from "@/stores/progress-store";
import { input, secondaryButton, button, interviewCheckbox, interviewSelect } from "@/components/settings/settings-styles";

const TARGETS = [0.8, 0.85, 0.9, 0.95] as const;

export interface TopicChoice {
  key: string; // "deck/topic"
  title: string; // the topic's title
}

/** The form of "Interview date": the day, its topics, the recall to reach and the minutes a day. */
function DateForm({
  saved,
  topics,
  focusDate,
  onSave,
  onRemove,
}: {
  saved: InterviewDateSetting | undefined;
  topics: TopicChoice[];
  focusDate: boolean; // opened by its button: the date field takes the focus the button had
  onSave: (s: InterviewDateSetting) => void;
  onRemove: () => void;
}) {
  const dateField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusDate) dateField.current?.focus();
  }, [focusDate]);
  const [date, setDate] = useState(saved?.date ?? "");
  const [target, setTarget] = useState(saved?.target ?? INTERVIEW_LIMITS.target.default);
  const [minutes, setMinutes] = useState(saved?.minutesPerDay ?? INTERVIEW_LIMITS.minutesPerDay.default);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(saved?.topics ?? []));
  const [error, setError] = useState<string | null>(null);
  const m = INTERVIEW_LIMITS.minutesPerDay;
  const save = () => {
    if (!isCalendarDate(date)) return setError("Pick the interview's date.");
    if (!Number.isInteger(minutes) || minutes < m.min || minutes > m.max) return setError(`Minutes a day must be a whole number from ${m.min} to ${m.max}.`);
    setError(null);
    onSave({ date, target, minutesPerDay: minutes, topics: topics.map((t) => t.key).filter((k) => chosen.has(k)) });
  };
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div className="flex flex-wrap gap-4">
        <p className="space-y-1">
          <label htmlFor="interview-day" className="block text-sm font-medium">
            Interview date
          </label>
          <input ref={dateField} id="interview-day" type="date" value={date} onChange={(e) => setDate(e.target.value)} className={`${input} w-44`} />
        </p>
        <p className="space-y-1">
          <label htmlFor="interview-target" className="block text-sm font-medium">
            Recall to reach on the day
          </label>
          <select id="interview-target" value={target} onChange={(e) => setTarget(Number(e.target.value))} className={interviewSelect}>
            {TARGETS.map((t) => (
              <option key={t} value={t}>
                {Math.round(t * 100)}%
              </option>
            ))}
          </select>
        </p>
        <p className="space-y-1">
          <label htmlFor="interview-minutes-day" className="block text-sm font-medium">
            Minutes a day you have
          </label>
          <input id="interview-minutes-day" type="number" min={m.min} max={m.max} step={1} value={minutes} onChange={(e) => setMinutes(e.currentTarget.valueAsNumber)} className={input} />
        </p>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Topics it is for (none ticked: all of them)</legend>
        <div className="grid max-h-60 gap-1 overflow-y-auto sm:grid-cols-2">
          {topics.map((t) => (
            <label key={t.key} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className={interviewCheckbox}
                checked={chosen.has(t.key)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(t.key);
                  else next.delete(t.key);
                  setChosen(next);
                }}
              />
              {t.title}
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          {error}
        </p>
      )}
      <p className="flex flex-wrap gap-3">
        <button type="submit" className={`${button} bg-blue-700 text-white hover:bg-blue-800`}>
          Save the date
        </button>
        {saved && (
          <button type="button" onClick={onRemove} className={secondaryButton}>
            Remove the date
          </button>
        )}
      </p>
    </form>
  );
}

/** The island of "Interview date": reads and writes the date in the progress store's settings. */
export function InterviewDateControls({ topics }: { topics: TopicChoice[] }) {
  const hydrated = useProgressStore((s) => s.hydrated);
  const { value, at } = useProgressStore((s) => s.progress.settings);
  const updateSettings = useProgressStore((s) => s.updateSettings);
  const [status, setStatus] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  if (!hydrated) return <p className="text-sm text-slate-700 dark:text-slate-300">Loading your settings…</p>;
  // Without a date, the form waits behind a button, unless the visitor came for it ("Set its
  // date" links to #interview-date): a page's first date field costs a slowed phone about 120 ms
  // (the browser builds its fields from the locale's date format), on every visit of /settings.
  const cameForIt = window.location.hash === "#interview-date";
  if (!opened && value.interview === undefined && !cameForIt) {
    return (
      <>
        <button type="button" className={secondaryButton} onClick={() => setOpened(true)}>
          Set an interview date
        </button>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {status}
        </p>
      </>
    );
  }
  return (
    <>
      {/* Keyed by the stamp: a date saved in another tab refills the form. */}
      <DateForm
        key={at}
        saved={value.interview}
        topics={topics}
        focusDate={opened}
        onSave={(s) => {
          updateSettings({ interview: s });
          setStatus("Saved: the plan is on the home page and in Stats, and Due decks follow it.");
        }}
        onRemove={() => {
          updateSettings({ interview: undefined });
          // The form stays, its Remove button gone: the date field takes the focus.
          setOpened(true);
          setStatus("Removed: scheduling is back to normal (nothing is lost).");
        }}
      />
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {status}
      </p>
    </>
  );
}
