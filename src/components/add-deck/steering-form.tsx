"use client";

import { useState } from "react";
import { ANSWER_PLACES, type AnswerPlace, QUESTION_SHAPE_LABELS, QUESTION_SHAPES, type QuestionShape, type ReaderHints, readerHintsSchema } from "@/lib/content/hints";
import { field, muted, panel, secondaryButton } from "./styles";

const ANSWER_LABELS: Record<AnswerPlace, string> = {
  auto: "Detect (everything until the next question)",
  below: "Below the question",
  details: "In a <details> block",
  "next-column": "In the next table column",
};

/**
 * Steering: the reader's hints (src/lib/content/hints.ts), the same ones a bank's `_deck.md` takes.
 * Each change re-reads the bank at once; only values the schema accepts are sent.
 */
export function SteeringForm({ hints, onSteer }: { hints: ReaderHints; onSteer: (hints: ReaderHints) => void }) {
  const [skip, setSkip] = useState((hints.skip ?? []).join("\n"));
  const [title, setTitle] = useState(hints.title ?? "");
  const [description, setDescription] = useState(hints.description ?? "");

  const apply = (patch: Partial<ReaderHints>) => {
    const next: Record<string, unknown> = { ...hints, ...patch };
    for (const [k, v] of Object.entries(next)) if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) delete next[k];
    const parsed = readerHintsSchema.safeParse(next);
    if (parsed.success) onSteer(parsed.data);
  };
  const shape = hints.questions ?? "auto";

  return (
    <section aria-labelledby="steer" className={panel}>
      <h2 id="steer" className="text-lg font-semibold">Steer the reader</h2>
      <p className={muted}>When the preview is wrong, say what a question looks like in this bank. The preview updates at once; the same hints work in a bank&apos;s _deck.md under <code>reader:</code>.</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block space-y-1">
          <span className="block font-medium">Questions are</span>
          <select value={shape} onChange={(e) => apply({ questions: e.target.value as QuestionShape })} className={`${field} w-full`}>
            {QUESTION_SHAPES.map((s) => (
              <option key={s} value={s}>{QUESTION_SHAPE_LABELS[s]}</option>
            ))}
          </select>
        </label>
        <label className="block space-y-1">
          <span className="block font-medium">Heading level of questions</span>
          <select
            value={hints.headingLevel ?? ""}
            disabled={shape !== "heading"}
            onChange={(e) => apply({ headingLevel: e.target.value ? Number(e.target.value) : undefined })}
            className={`${field} w-full disabled:opacity-60`}
          >
            <option value="">Detect</option>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>{`${"#".repeat(n)} (level ${n})`}</option>
            ))}
          </select>
        </label>
        <label className="block space-y-1">
          <span className="block font-medium">Answers are</span>
          <select value={hints.answers ?? "auto"} onChange={(e) => apply({ answers: e.target.value as AnswerPlace })} className={`${field} w-full`}>
            {ANSWER_PLACES.map((a) => (
              <option key={a} value={a}>{ANSWER_LABELS[a]}</option>
            ))}
          </select>
        </label>
      </div>
      <form
        data-app-form="add-deck-steering"
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          apply({ skip: skip.split("\n").map((s) => s.trim()).filter(Boolean), title: title.trim() || undefined, description: description.trim() || undefined });
        }}
      >
        <label className="block space-y-1">
          <span className="block font-medium">Deck title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} className={`${field} w-full`} />
        </label>
        <label className="block space-y-1">
          <span className="block font-medium">Description</span>
          <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={300} className={`${field} w-full`} />
        </label>
        <label className="block space-y-1 sm:col-span-2">
          <span className="block font-medium">Leave out (one section title or file path per line; * and ** allowed)</span>
          <textarea value={skip} onChange={(e) => setSkip(e.target.value)} rows={3} className={`${field} w-full font-mono text-sm`} />
        </label>
        <div>
          <button type="submit" className={secondaryButton}>Apply</button>
        </div>
      </form>
    </section>
  );
}
