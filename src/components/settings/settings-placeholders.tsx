import { button, deleteRecordingsButton, input, interviewCheckbox, interviewSelect } from "@/components/settings/settings-styles";

/*
 * What Settings shows where a stored value goes until the progress store has been read: boxes of
 * the same size as what replaces them (so nothing moves), never a default that could pass for the
 * user's value. The static HTML carries these; the islands render them too until `hydrated`.
 */

/** An empty box the size of a number field. */
export function FieldPlaceholder() {
  return (
    <span aria-hidden="true" className={`${input} block`}>
      &nbsp;
    </span>
  );
}

/** The facts and actions of "Your data": the sentences laid out invisibly, the buttons disabled. */
export function DataPlaceholder() {
  return (
    <>
      <ul aria-hidden="true" className="invisible space-y-1 text-sm">
        <li>0 reviews stored in this browser.</li>
        <li>Storage used: about 0 of 5.0 M characters (the browser&apos;s limit for this site).</li>
        <li>Every review belongs to a question in the bank.</li>
      </ul>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled className={`${button} bg-blue-700 text-white opacity-60`}>
          Export progress
        </button>
        <button type="button" disabled className={`${button} border border-slate-400 opacity-60`}>
          Export reviews (CSV)
        </button>
        <span aria-hidden="true" className={`${button} border border-slate-300 opacity-60 dark:border-slate-600`}>
          Import a backup…
        </span>
        <button type="button" disabled className={`${button} border border-red-300 text-red-800 opacity-60 dark:border-red-700 dark:text-red-300`}>
          Reset progress…
        </button>
      </div>
    </>
  );
}

/** The backup list's line, laid out invisibly, and its (empty) status line. */
export function BackupsPlaceholder() {
  return (
    <>
      <p aria-hidden="true" className="invisible text-sm">
        No backups yet.
      </p>
      <p className="text-sm" />
    </>
  );
}

/** The interview controls as they will lay out, invisible, and the delete button disabled. */
export function InterviewPlaceholder() {
  return (
    <>
      <p aria-hidden="true" className="invisible flex flex-wrap items-center gap-3">
        <span>Time per question</span>
        <span className={interviewSelect}>5 minutes ▾</span>
      </p>
      <p aria-hidden="true" className="invisible flex items-start gap-3">
        <span className={interviewCheckbox} />
        <span>Keep the last recording of each question</span>
      </p>
      <p aria-hidden="true" className="invisible text-sm">
        Recordings kept: 0 (0 KB).
      </p>
      <button type="button" disabled className={deleteRecordingsButton}>
        Delete all recordings
      </button>
    </>
  );
}
