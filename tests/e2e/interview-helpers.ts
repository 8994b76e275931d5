import type { Page } from "@playwright/test";
import { axeViolations, expect as baseExpect } from "./fixtures";
import { KEY } from "./helpers";

/**
 * These journeys load a deck across topics and answer in real time; on a shared, busy machine a
 * screen can take longer than the default 5 s to appear, so they wait up to 20 s for each.
 */
export const expect = baseExpect.configure({ timeout: 20_000 });

/** A 3-question mock interview across three topics, with a fixed seed. */
export const MOCK = "/drill?topics=django/models-orm,django/drf,django/testing&mode=interview&seed=e2e&mock=3";

/** The mode letter of every stored review (the compact log: M–P are interview grades 1–4). */
export async function storedGrades(page: Page): Promise<string[]> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
  const log = raw ? (JSON.parse(raw) as { log: string }).log : "";
  return log ? log.split(",").map((entry) => /^[0-9a-z]+([A-P])/.exec(entry)?.[1] ?? "?") : [];
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Ticks the first `n` key points with the keyboard (focus, Space); returns how many there are. */
export async function tick(page: Page, n: number) {
  const boxes = page.getByRole("group", { name: /Did you say this\?/ }).getByRole("checkbox");
  for (let i = 0; i < n; i++) {
    await boxes.nth(i).focus();
    await page.keyboard.press("Space");
    await expect(boxes.nth(i)).toBeChecked();
  }
  return boxes.count();
}

/** The grade button the checklist suggests. */
export const suggestedGrade = (page: Page) => page.getByRole("group", { name: "How well did you know it?" }).locator("[data-suggested]");
