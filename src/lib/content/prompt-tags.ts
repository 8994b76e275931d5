import type { PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";

/*
 * A bank's tags after a question ("What is a closure? (Easy)", "Reverse a linked list [Asked in
 * Amazon]", "… — 🟢 Medium") rate or place the question; they are not what it asks. Only a
 * difficulty word or an "asked in/at/by X" goes; any other bracket ("(in Python)", "(ES6)") is
 * part of the question and stays.
 */

/** Only the end of a prompt is read: a regex anchored at `$` is tried from every position. */
const TAIL = 160;

const LEVEL = String.raw`(?:easy|medium|hard|beginner|intermediate|advanced|basic)(?:\s+level)?`;
const ASKED = String.raw`(?:frequently\s+|commonly\s+)?asked\s+(?:in|at|by)\s+[^()[\]（）【】\n]{1,60}?`;
const EMOJI = String.raw`(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]\s*)*`;
const TAG = String.raw`(?:difficulty\s*[:：-]?\s*)?${EMOJI}(?:${LEVEL}|${ASKED})`;
const TAGS = String.raw`${TAG}(?:\s*[,/|;·]\s*${TAG})*`;
const BRACKETED = String.raw`[(（[【]\s*${TAGS}\s*[)）\]】]`;

/**
 * A tag at the end of the text: bracketed ("(Easy)", "[Asked in Amazon]"), after a dash or a bar
 * (" - Hard", " | asked by Google"), or bare after the question mark ("? 🟢 Easy").
 */
const TRAILING_TAG = new RegExp(String.raw`(?:\s*${BRACKETED}|\s[-–—|]\s*${TAGS}|(?<=[?？])\s*${TAGS})\s*$`, "iu");
const ENDS_IN_LEVEL = new RegExp(String.raw`\b${LEVEL}\s*$`, "i");
/** A node that is only a tag ("*(Easy)*", "`Hard`"). */
const TAG_ONLY = new RegExp(String.raw`^\s*${EMOJI}(?:${BRACKETED}|${TAGS})\s*${EMOJI}$`, "iu");

/** Text that is only a tag ("(Easy)", "*Asked in Amazon*"): after a bold question, a rating, not its answer. */
export const isTagOnly = (text: string): boolean => text.length <= TAIL && TAG_ONLY.test(text);

/** The text without its trailing tag (maybe nothing left), or the text as it was. */
export function stripTrailingTag(text: string): string {
  const cut = Math.max(0, text.length - TAIL);
  const m = TRAILING_TAG.exec(text.slice(cut));
  const kept = m ? text.slice(0, cut + m.index) : text;
  // "easy | hard", "Basic - Advanced": levels compared, not a rating.
  return m && !ENDS_IN_LEVEL.test(kept.slice(-20)) ? kept : text;
}

/**
 * A question's inline content without the difficulty and company tags at its end, in its last
 * text or as nodes of their own after it. What a text node keeps is returned as a new node.
 */
export function withoutTrailingTags(nodes: PhrasingContent[], stripDecoration: (text: string) => string): PhrasingContent[] {
  const out = [...nodes];
  for (let guard = 0; guard < 4 && out.length > 0; guard++) {
    const last = out[out.length - 1]!;
    if (last.type === "text") {
      const kept = stripDecoration(stripTrailingTag(last.value).replace(/\s+$/, ""));
      if (kept === last.value || (out.length === 1 && kept.trim() === "")) break;
      if (kept.trim() === "") out.pop();
      else out[out.length - 1] = { ...last, value: kept };
    } else if (out.length > 1 && TAG_ONLY.test(toString(last))) out.pop();
    else break;
  }
  return out;
}
