import type { DrillMode, Selection } from "./models";

import { MOCK_MAX, MOCK_MIN } from "@/lib/interview/limits";

const MODES: readonly DrillMode[] = ["shuffle", "due", "weak", "interview"];
const TOPIC_KEY = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

/** Reads a drill URL's query; anything unknown falls back to the default rather than failing. */
export function parseSelection(params: URLSearchParams): Selection {
  const rawTopics = params.get("topics");
  const topics =
    !rawTopics || rawTopics === "all"
      ? "all"
      : [...new Set(rawTopics.split(",").map((t) => t.trim()).filter((t) => TOPIC_KEY.test(t)))];
  const mode = params.get("mode");
  const seed = params.get("seed");
  const selection: Selection = {
    topics: topics === "all" || topics.length === 0 ? "all" : topics,
    mode: MODES.find((m) => m === mode) ?? "shuffle",
    seed: seed && /^[A-Za-z0-9_-]{1,32}$/.test(seed) ? seed : null,
  };
  const mock = Number(params.get("mock"));
  if (selection.mode === "interview" && Number.isInteger(mock) && mock >= MOCK_MIN && mock <= MOCK_MAX) selection.mock = mock;
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
