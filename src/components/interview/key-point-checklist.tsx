"use client";

/** The answer's key points as a real list of checkboxes: "did I say this?" */
export function KeyPointChecklist({ points, ticked, onToggle }: { points: string[]; ticked: boolean[]; onToggle: (index: number) => void }) {
  if (points.length === 0) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">This answer has no key points to tick: compare with the model answer and pick a grade.</p>;
  }
  const count = ticked.filter(Boolean).length;
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">
        Did you say this? <span className="font-normal text-slate-700 dark:text-slate-300">({count} of {points.length})</span>
      </legend>
      <ul className="space-y-1" aria-label="Key points">
        {points.map((html, i) => (
          <li key={i} className="flex items-start gap-3 rounded-lg p-1 hover:bg-slate-50 dark:hover:bg-slate-800/60">
            <input id={`point-${i}`} type="checkbox" checked={ticked[i] ?? false} onChange={() => onToggle(i)} className="mt-1 h-5 w-5 shrink-0 accent-green-700" />
            <label htmlFor={`point-${i}`} className="answer text-sm leading-relaxed" dangerouslySetInnerHTML={{ __html: html }} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
