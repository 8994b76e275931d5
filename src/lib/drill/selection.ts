import type { DrillMode, Selection } from "./models";

import { MOCK_DEFAULT, MOCK_MAX, MOCK_MIN } from "@/lib/interview/limits";

const MODES: readonly DrillMode[] = ["shuffle", "due", "weak", "interview"];
const TOPIC_KEY = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

/**
 * The mode a form submits for a mock interview: the home page's picker is a plain GET form, where the
 * question count (`questions`) only counts for this button, so the plain "Interview" button next to it
 * stays a plain interview. Links write `mode=interview&mock=N` instead (see drillHref).
 */
export const MOCK_FORM_MODE = "mock";
/** The form field holding a mock interview's question count. */
export const MOCK_FORM_COUNT = "questions";

/** The listed topic keys: `topics=a/b,c/d` (links) or `topics=a/b&topics=c/d` (a form's checkboxes), or both. */
function parseTopics(values: string[]): Selection["topics"] {
  if (values.length === 0 || values.includes("all")) return "all";
  const keys = [...new Set(values.flatMap((v) => v.split(",")).map((t) => t.trim()).filter((t) => TOPIC_KEY.test(t)))];
  return keys.length === 0 ? "all" : keys;
}

/** A question count within the mock interview's limits, else undefined. */
function parseMockCount(raw: string | null): number | undefined {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n >= MOCK_MIN && n <= MOCK_MAX ? n : undefined;
}

/** Reads a drill URL's query; anything unknown falls back to the default rather than failing. */
export function parseSelection(params: URLSearchParams): Selection {
  const rawMode = params.get("mode");
  const formMock = rawMode === MOCK_FORM_MODE;
  const seed = params.get("seed");
  const selection: Selection = {
    topics: parseTopics(params.getAll("topics")),
    mode: formMock ? "interview" : (MODES.find((m) => m === rawMode) ?? "shuffle"),
    seed: seed && /^[A-Za-z0-9_-]{1,32}$/.test(seed) ? seed : null,
  };
  if (formMock) selection.mock = parseMockCount(params.get(MOCK_FORM_COUNT)) ?? MOCK_DEFAULT;
  else if (selection.mode === "interview") {
    const mock = parseMockCount(params.get("mock"));
    if (mock !== undefined) selection.mock = mock;
  }
  return selection;
}

/** The drill URL for a selection; the due queue has no seed (its order is the schedule's). */
export function drillHref(selection: Selection): string {
  const params = new URLSearchParams();
  params.set("topics", selection.topics === "all" ? "all" : selection.topics.join(","));
  params.set("mode", selection.mode);
  if (selection.mode !== "due" && selection.seed) params.set("seed", selection.seed);
  if (selection.mode === "interview" && selection.mock !== undefined) params.set("mock", String(selection.mock));
  return `/drill?${params.toString().replaceAll("%2F", "/").replaceAll("%2C", ",")}`;
}

/** A fresh shuffle seed from a random source (the caller passes Math.random). */
export function newSeed(rand: () => number): string {
  let seed = "";
  for (let i = 0; i < 8; i++) seed += Math.floor(rand() * 36).toString(36);
  return seed;
}

/** The "deck/topic" keys a selection covers, in bank order. */
export function selectedTopicKeys(selection: Selection, all: readonly string[]): string[] {
  if (selection.topics === "all") return [...all];
  const wanted = new Set(selection.topics);
  return all.filter((key) => wanted.has(key));
}
