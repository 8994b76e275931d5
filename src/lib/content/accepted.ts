import { type Candidate, promptText } from "./candidate";
import { asksOutright } from "./question-sentence";

/*
 * Which of a run's candidates become cards (blocks.ts finds them): a candidate that reads as a
 * question, or every one of its shape when most of its siblings of that shape do.
 */

/** Which candidates are questions: those that read as one, or all of a shape when most do. */
export function accepted(candidates: Candidate[], run: { paragraphs: number; blocks: number; titled: boolean }, forced: boolean): Set<Candidate> {
  const out = new Set<Candidate>();
  const byShape = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.fragment) continue;
    const key = c.shape === "plain" || c.shape === "table" ? `${c.shape}:${c.list}` : c.shape;
    byShape.set(key, [...(byShape.get(key) ?? []), c]);
  }
  for (const [key, group] of byShape) {
    if (forced) {
      group.forEach((c) => out.add(c));
      continue;
    }
    const reading = group.filter((c) => c.reads).length;
    const most = reading / group.length >= 0.5;
    // One question per paragraph: only when the run is made of them (a quiz's numbered questions
    // among their options, or a rhetorical question in prose, is not this shape).
    if (key === "paragraph" && (group.length < 3 || group.length / run.paragraphs < 0.8 || group.length / run.blocks < 0.6)) continue;
    for (const c of group) {
      // A plain bullet that reads as a question among statements is more likely prose than a card.
      if (key.startsWith("plain:") ? most : c.reads || (most && reading >= 1)) out.add(c);
    }
  }
  // "What is X?" alone right after a list of questions, its answer below it: the list's questions
  // go on in paragraphs, and this one is a question too. So is one in a section's prose, or after
  // a list of statements, that plainly asks ("What…?", "How…?"), its answer below it (in a file
  // without headings, paragraph questions are a bank of that shape: read.ts steers to it and says so).
  candidates.forEach((c, i) => {
    if (c.shape !== "paragraph" || !c.after || c.input.answer.length === 0 || out.has(c)) return;
    const before = candidates[i - 1];
    const afterQuestions = c.after !== "prose" && before !== undefined && out.has(before) && before.list >= 0;
    if (afterQuestions || (run.titled && asksOutright(promptText(c)))) out.add(c);
  });
  return out;
}
