import type { Page } from "@playwright/test";
import { type Progress, readStoredProgress, recentKey } from "@/lib/progress";
import { expect } from "./fixtures";

export const KEY = "prepdeck:progress";

/** The page's stored progress as the app reads it: the history and, for a long one, the record of its recent reviews. */
export async function storedProgress(page: Page): Promise<Progress> {
  const texts = await page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), [KEY, recentKey(KEY)]);
  const stored = new Map([KEY, recentKey(KEY)].map((k, i) => [k, texts[i] ?? null]));
  const decoded = readStoredProgress({ getItem: (k) => stored.get(k) ?? null, setItem: () => undefined, removeItem: () => undefined }, KEY);
  if (!decoded.ok) throw new Error(`stored progress does not decode: ${decoded.message}`);
  return decoded.progress;
}

/** Reviews in the stored progress. */
export async function storedReviewCount(page: Page): Promise<number> {
  return (await storedProgress(page)).log.length;
}

/** Opens a drill deck and waits until the first card is on screen (store hydrated, cards loaded). */
export async function openDeck(page: Page, query: string) {
  await page.goto(`/drill?${query}`);
  await expect(page.getByTestId("card-prompt")).toBeVisible();
}

export async function currentPrompt(page: Page): Promise<string> {
  return (await page.getByTestId("card-prompt").textContent()) ?? "";
}

/** Prompts of a whole deck in order, walking it with S (skip), without grading. */
export async function deckOrder(page: Page, query: string): Promise<string[]> {
  await openDeck(page, query);
  const total = Number((await page.getByTestId("position").textContent())!.split("/")[1]);
  const prompts: string[] = [];
  for (let i = 0; i < total; i++) {
    prompts.push(await currentPrompt(page));
    await page.keyboard.press("s");
    if (i < total - 1) await expect(page.getByTestId("position")).toHaveText(`${i + 2} / ${total}`);
  }
  return prompts;
}

/** Flips with Space and grades with a digit key, then waits for the next card or the summary. */
export async function flipAndGrade(page: Page, rating: 1 | 2 | 3 | 4) {
  const before = await page.getByTestId("position").textContent();
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
  await page.keyboard.press(String(rating));
  await expect(page.getByTestId("position").or(page.getByRole("heading", { name: "Deck finished" }))).not.toHaveText(before ?? "");
}

const ROLLOVER_MS = 4 * 3_600_000; // the default rollover hour, 4 a.m.

/** "3 Nov" for the study day `offset` days from today, as the app labels it (same zone as the browser). */
export function studyDayLabel(offset: number): string {
  const today = new Date(Date.now() - ROLLOVER_MS);
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset, 12);
  // British English, with September as the page writes it ("Sep", not "Sept").
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" }).format(day).replace("Sept", "Sep");
}

/**
 * Holds every chunk of the pages `page` loads until the returned function is called: the page is
 * painted from its HTML, its script not yet running (it starts after the first paint), so a test
 * can act as a visitor does before the page is live.
 */
export async function holdChunks(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Waits until /add's source picker has its handlers (the page's chunks start after the first paint). */
export async function untilPickerLive(page: Page) {
  await expect(page.locator('[data-testid="source-picker"][data-live]').first()).toBeAttached();
}

/** Opens /add and waits until its picker is live. */
export async function openAdd(page: Page) {
  await page.goto("/add");
  await untilPickerLive(page);
}
