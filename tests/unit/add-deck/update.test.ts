import { describe, expect, it } from "vitest";
import { progressNote, refetchChoice, sameSourceDeck, updateSummary } from "@/lib/add-deck/update";
import type { UserDeckSummary } from "@/lib/deck/user-deck";

const diff = (added: number, changed: number, removed: number, kept: number) => ({
  added: Array.from({ length: added }, (_, i) => `a${i}`),
  changed: Array.from({ length: changed }, (_, i) => `c${i}`),
  removed: Array.from({ length: removed }, (_, i) => `r${i}`),
  kept: Array.from({ length: kept }, (_, i) => `k${i}`),
});

const summary = (slug: string, title: string, url?: string): UserDeckSummary => ({
  slug,
  title,
  source: url ? { kind: "link", label: title, url } : { kind: "paste", label: "Pasted text" },
  credits: {},
  topics: [],
  questions: 0,
  bytes: 0,
  savedAt: 0,
});

describe("update summary", () => {
  it("counts new, changed and removed cards, and the unchanged ones", () => {
    expect(updateSummary(diff(2, 1, 1, 5))).toBe("Cards: 2 new · 1 changed · 1 removed · 5 unchanged");
    expect(updateSummary(diff(1, 0, 0, 0))).toBe("Cards: 1 new · 0 changed · 0 removed · 0 unchanged");
  });

  it("says when nothing changed", () => {
    expect(updateSummary(diff(0, 0, 0, 3))).toBe("Nothing changed (3 cards as before).");
    expect(updateSummary(diff(0, 0, 0, 1))).toBe("Nothing changed (1 card as before).");
  });

  it("tells that removed cards keep their progress only when some are removed", () => {
    expect(progressNote(diff(0, 0, 1, 1))).toContain("removed cards is kept too");
    expect(progressNote(diff(1, 0, 0, 1))).not.toContain("removed");
  });
});

describe("what an update re-reads", () => {
  it("fetches a link or a catalogue bank again, asks again for anything else", () => {
    expect(refetchChoice({ source: { kind: "link", label: "o/r", url: "https://github.com/o/r" } })).toEqual({ kind: "link", url: "https://github.com/o/r" });
    expect(refetchChoice({ source: { kind: "catalogue", label: "Bank", url: "bank-id" } })).toEqual({ kind: "catalogue", id: "bank-id" });
    expect(refetchChoice({ source: { kind: "paste", label: "Pasted text" } })).toBeNull();
    expect(refetchChoice({ source: { kind: "zip", label: "x.zip" } })).toBeNull();
  });

  it("finds a saved deck of the same link first, else of the same title", () => {
    const decks = [summary("u-a", "Alpha"), summary("u-b", "Beta", "https://github.com/o/b")];
    expect(sameSourceDeck(decks, { url: "https://github.com/o/b" }, "Other")?.slug).toBe("u-b");
    expect(sameSourceDeck(decks, {}, " alpha ")?.slug).toBe("u-a");
    expect(sameSourceDeck(decks, { url: "https://github.com/o/c" }, "Gamma")).toBeNull();
  });
});
