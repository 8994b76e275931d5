import { MOCK_FORM_COUNT, MOCK_FORM_MODE } from "@/lib/drill/selection";
import { MOCK_DEFAULT, MOCK_MAX, MOCK_MIN } from "@/lib/interview/limits";

const COUNTS = Array.from({ length: MOCK_MAX - MOCK_MIN + 1 }, (_, i) => MOCK_MIN + i);

/**
 * "Mock interview" of N questions (3–15, default 6) across the picked topics: a count and a submit
 * button of the picker's form, so it works before and without JavaScript.
 */
export function MockInterviewLauncher({ idPrefix }: { idPrefix: string }) {
  return (
    <div className="flex items-center gap-1">
      <label htmlFor={`${idPrefix}-mock-count`} className="sr-only">
        Questions in the mock interview
      </label>
      <select
        id={`${idPrefix}-mock-count`}
        name={MOCK_FORM_COUNT}
        defaultValue={MOCK_DEFAULT}
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-950"
      >
        {COUNTS.map((n) => (
          <option key={n} value={n}>
            {n} questions
          </option>
        ))}
      </select>
      <button
        type="submit"
        name="mode"
        value={MOCK_FORM_MODE}
        title="questions dealt across the topics, weighted toward due and weak cards, with an overall clock"
        className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Mock interview
      </button>
    </div>
  );
}
