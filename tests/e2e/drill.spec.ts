import { axeViolations, expect, test } from "./fixtures";
import { currentPrompt, deckOrder, flipAndGrade, openDeck, storedReviewCount } from "./helpers";

test("a 5-card shuffled deck can be finished with the keyboard alone, ending in a summary", async ({ page }) => {
  await openDeck(page, "topics=django/models-orm&mode=shuffle&seed=keyboard");
  await expect(page.getByTestId("position")).toHaveText("1 / 5");
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press("Space");
  const answer = page.getByRole("region", { name: "Answer" });
  await expect(answer).toBeVisible();
  await expect(page.getByRole("region", { name: "Question" })).toBeHidden();
  await expect(page.getByRole("button", { name: /^Good/ })).toContainText(/\d+(m|h|d)/);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("1");

  for (const rating of [2, 3, 4, 3] as const) await flipAndGrade(page, rating);

  await expect(page.getByRole("heading", { name: "Deck finished" })).toBeVisible();
  await expect(page.getByTestId("summary-again")).toHaveText("1");
  await expect(page.getByTestId("summary-hard")).toHaveText("1");
  await expect(page.getByTestId("summary-good")).toHaveText("2");
  await expect(page.getByTestId("summary-easy")).toHaveText("1");
  await expect(page.getByTestId("summary-graded")).toContainText("5 cards graded");
  await expect(page.getByTestId("summary-became-weak").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Drill the 2 missed again" })).toBeVisible();
  await expect.poll(() => storedReviewCount(page)).toBe(5);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Drill the 2 missed again" }).click();
  await expect(page.getByTestId("position")).toHaveText("1 / 2");
});

test("the same seed deals the same order and another seed a different one", async ({ page }) => {
  const first = await deckOrder(page, "topics=django/models-orm,django/drf&mode=shuffle&seed=alpha");
  const again = await deckOrder(page, "topics=django/models-orm,django/drf&mode=shuffle&seed=alpha");
  const other = await deckOrder(page, "topics=django/models-orm,django/drf&mode=shuffle&seed=beta");
  expect(first).toHaveLength(10);
  expect(again).toEqual(first);
  expect(other).not.toEqual(first);
  expect([...other].sort()).toEqual([...first].sort());
});

test("a deck without a seed gets one in its URL, so a reload deals the same order", async ({ page }) => {
  await openDeck(page, "topics=django/admin&mode=shuffle");
  await expect(page).toHaveURL(/seed=[a-z0-9]+/);
  const prompt = await currentPrompt(page);
  const seed = new URL(page.url()).searchParams.get("seed")!;
  await page.reload();
  await expect(page.getByTestId("card-prompt")).toHaveText(prompt);
  await page.getByRole("button", { name: "Reshuffle" }).click();
  await expect(page).toHaveURL(/seed=[a-z0-9]+/);
  await expect(page).not.toHaveURL(new RegExp(`seed=${seed}`));
});

test("undo returns to the previous card and restores its schedule", async ({ page }) => {
  await openDeck(page, "topics=django/testing&mode=shuffle&seed=undo");
  const prompt = await currentPrompt(page);
  await page.keyboard.press("Space");
  const grades = page.getByRole("group", { name: "How well did you know it?" }).getByRole("button");
  // The card shows before stored progress is read; the intervals ("Again…") fill in once it is.
  await expect(grades.first()).not.toContainText("…");
  const labels = await grades.allTextContents();
  expect(labels.slice(0, 3)).toEqual(["Again1m, key 1(1)", "Hard6m, key 2(2)", "Good10m, key 3(3)"]);
  // The previews hold still while the answer is read (they once changed Easy's days every second).
  await page.waitForTimeout(2_100);
  expect(await grades.allTextContents()).toEqual(labels);
  await page.keyboard.press("4");
  await expect(page.getByTestId("position")).toHaveText("2 / 3");
  await expect.poll(() => storedReviewCount(page)).toBe(1);

  await page.keyboard.press("u");
  await expect(page.getByTestId("position")).toHaveText("1 / 3");
  await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Answer" })).toContainText(prompt);
  // The grade buttons preview a new card's intervals again, exactly as before the grade: Easy's
  // fuzz is seeded by the card, not by the moment of the preview.
  await expect(grades).toHaveText(labels);
  await expect.poll(() => storedReviewCount(page)).toBe(0);

  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("position")).toHaveText("1 / 3");
});

test("after grading, a due deck holds only what is due", async ({ page }) => {
  await openDeck(page, "topics=django/models-orm&mode=shuffle&seed=due");
  const again: string[] = [];
  for (const rating of [1, 4, 1, 4, 4] as const) {
    if (rating === 1) again.push(await currentPrompt(page));
    await flipAndGrade(page, rating);
  }
  await openDeck(page, "topics=django/models-orm&mode=due");
  await expect(page.getByTestId("position")).toHaveText("1 / 2");
  const due = [await currentPrompt(page)];
  await page.keyboard.press("s");
  due.push(await currentPrompt(page));
  expect(due.sort()).toEqual(again.sort());
});

test("with nothing due, the due deck says when the next review is and offers a shuffle", async ({ page }) => {
  await openDeck(page, "topics=django/admin&mode=shuffle&seed=easy");
  for (let i = 0; i < 3; i++) await flipAndGrade(page, 4);
  await page.goto("/drill?topics=django/admin&mode=due");
  await expect(page.getByRole("heading", { name: "Nothing is due" })).toBeVisible();
  await expect(page.getByText(/The next review is due in \d+ days?/)).toBeVisible();
  await page.getByRole("link", { name: "Shuffle the deck" }).click();
  await expect(page.getByTestId("card-prompt")).toBeVisible();
});

test("the weak deck holds exactly the flagged and the derived weak cards", async ({ page }) => {
  await openDeck(page, "topics=django/architecture&mode=shuffle&seed=weak");
  const flagged = await currentPrompt(page);
  await page.keyboard.press("f");
  await expect(page.getByRole("button", { name: /Flagged weak/ })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("s");
  const hard = await currentPrompt(page);
  await flipAndGrade(page, 2);
  await flipAndGrade(page, 3);
  await flipAndGrade(page, 3);

  await openDeck(page, "topics=django/architecture&mode=weak&seed=w");
  await expect(page.getByTestId("position")).toHaveText("1 / 2");
  const weak = [await currentPrompt(page)];
  await page.keyboard.press("s");
  weak.push(await currentPrompt(page));
  expect(weak.sort()).toEqual([flagged, hard].sort());

  await page.goto("/weak");
  const items = page.getByRole("list", { name: "Weak questions" }).getByRole("listitem").filter({ has: page.getByRole("list", { name: "Why it is weak" }) });
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: flagged })).toContainText("You flagged it");
  await expect(items.filter({ hasText: hard })).toContainText("Last graded Hard");
  expect(await axeViolations(page)).toEqual([]);
  await items.filter({ hasText: flagged }).getByRole("button", { name: /Unflag/ }).click();
  await expect(items).toHaveCount(1);
});

test("with no weak cards, the weak deck says so and offers the full deck", async ({ page }) => {
  await page.goto("/drill?topics=django/i18n&mode=weak&seed=none");
  await expect(page.getByRole("heading", { name: "No weak questions" })).toBeVisible();
  await page.getByRole("link", { name: "Drill the full deck" }).click();
  await expect(page.getByTestId("position")).toHaveText("1 / 3");
});

test("a multi-topic deck chosen on the home page holds exactly those topics' cards", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("checkbox", { name: "Select Admin Interface" }).check();
  await page.getByRole("checkbox", { name: "Select Asynchronous Capabilities" }).check();
  await expect(page.getByText("Drill 2 selected topics")).toBeVisible();
  await page.getByRole("button", { name: /^Shuffle/ }).click();
  await expect(page).toHaveURL(/topics=django\/admin,django\/async/);
  await expect(page.getByTestId("position")).toHaveText("1 / 6");
  const topics = new Set<string>();
  for (let i = 0; i < 6; i++) {
    topics.add((await page.getByRole("region", { name: "Question" }).locator("p").first().textContent()) ?? "");
    await page.keyboard.press("s");
  }
  expect([...topics].sort()).toEqual(["Django / Admin Interface", "Django / Asynchronous Capabilities"]);
});

test("Esc leaves the deck, ? opens the keyboard help", async ({ page }) => {
  await openDeck(page, "topics=django/security&mode=shuffle&seed=esc");
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/django\/security$/);
});

test("a note written on a card shows on its back", async ({ page }) => {
  await openDeck(page, "topics=django/async&mode=shuffle&seed=note");
  await page.keyboard.press("n");
  const dialog = page.getByRole("dialog", { name: "Your note" });
  await dialog.getByRole("textbox").fill("Mention ASGI servers.");
  await dialog.getByRole("button", { name: "Save note" }).click();
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: "Answer" })).toContainText("Mention ASGI servers.");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test("tap flips and the grade buttons are at least 44 px, within thumb reach", async ({ page }) => {
    await openDeck(page, "topics=django/admin&mode=shuffle&seed=touch");
    await page.getByRole("region", { name: "Question" }).tap();
    await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
    for (const name of ["Again", "Hard", "Good", "Easy"]) {
      const box = (await page.getByRole("button", { name: new RegExp(`^${name}`) }).boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.y + box.height).toBeGreaterThan(740 - 120);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: /^Good/ }).tap();
    await expect(page.getByTestId("position")).toHaveText("2 / 3");
  });
});

test("in a due deck, a card graded Again comes back later in the session", async ({ page }) => {
  await openDeck(page, "topics=django/admin&mode=due");
  await expect(page.getByTestId("position")).toHaveText("1 / 3");
  const missed = await currentPrompt(page);
  await page.keyboard.press("Space");
  await page.keyboard.press("1");
  await expect(page.getByTestId("position")).toHaveText("2 / 4");
  await flipAndGrade(page, 3);
  await flipAndGrade(page, 3);
  await expect(page.getByTestId("card-prompt")).toHaveText(missed);
  await flipAndGrade(page, 3);
  await expect(page.getByTestId("summary-graded")).toContainText("3 cards graded");
  await expect(page.getByTestId("summary-again")).toHaveText("1");
  await expect(page.getByTestId("summary-good")).toHaveText("3");
});

test("a drill downloads its topic's questions once, and the answers of the card showing and the next only", async ({ page }) => {
  const data: string[] = [];
  page.on("request", (req) => {
    const { pathname } = new URL(req.url());
    if (pathname.startsWith("/data/")) data.push(pathname);
  });
  await openDeck(page, "topics=django/models-orm&mode=shuffle&seed=bytes");
  const answers = () => data.filter((p) => /^\/data\/django\/models-orm\/\d+\.json$/.test(p));
  // The questions index was preloaded by the page's inline script and that download is the one used.
  expect(data.filter((p) => p === "/data/django/models-orm.json")).toHaveLength(1);
  await expect.poll(() => answers().length).toBe(2);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-answer")).toBeVisible();
  await page.keyboard.press("3");
  await expect(page.getByTestId("position")).toHaveText("2 / 5");
  await expect.poll(() => answers().length).toBe(3);
  expect(new Set(answers()).size).toBe(3);
});

test("a seeded shuffle's first card is painted before any of the page's JavaScript runs, and it is the player's first card", async ({ page }) => {
  const query = "topics=django/models-orm&mode=shuffle&seed=prepaint";
  await openDeck(page, query);
  const first = await currentPrompt(page);
  // The page's bundles answer empty: only the inline scripts run, React never hydrates.
  await page.route("**/_next/static/**/*.js", (route) => route.fulfill({ contentType: "application/javascript", body: "" }));
  await page.goto(`/drill?${query}`);
  const card = page.getByRole("region", { name: "Question" });
  await expect(card.getByRole("heading", { level: 2 })).toHaveText(first);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shuffle · Models & ORM");
  await expect(page.getByText("Loading the deck…")).toBeHidden();

  // Without a seed (the home page's Shuffle button), the script draws one; the player puts that seed in
  // the URL and starts on the card the script painted.
  await page.unroute("**/_next/static/**/*.js");
  await page.goto("/drill?topics=django/models-orm&mode=shuffle");
  await expect(page).toHaveURL(/seed=/);
  const painted = await page.evaluate(() => {
    const card = (window as unknown as Record<string, { seed: string; promptHtml: string } | undefined>).__prepdeckFirstCard;
    const text = document.createElement("div");
    text.innerHTML = card?.promptHtml ?? "";
    return { seed: card?.seed, prompt: text.textContent };
  });
  expect(new URL(page.url()).searchParams.get("seed")).toBe(painted.seed);
  await expect(page.getByTestId("card-prompt")).toHaveText(painted.prompt!);
  await expect(page.getByTestId("position")).toHaveText("1 / 5");
});

test("after a grade the next card's question shows at once: the card turns over when flipped, not back over the next question", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await openDeck(page, "topics=django/models-orm&mode=shuffle&seed=turn");
  // Every transition that starts on the card (whichever element holds it), noted as it starts: a slow
  // machine may finish a 300 ms turn before a check made after the key could see it running.
  await page.evaluate(() => {
    const turns: string[] = [];
    Reflect.set(window, "__turns", turns);
    document.addEventListener("transitionrun", (e) => {
      if (e.target instanceof HTMLElement && e.target.dataset.testid === "flip-card") turns.push(e.propertyName);
    });
  });
  const turns = () => page.evaluate(() => (Reflect.get(window, "__turns") as string[]).splice(0).length);
  const first = await currentPrompt(page);
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
  await expect.poll(turns).toBeGreaterThan(0); // the flip is a turn of the card
  await page.waitForTimeout(500); // past the 300 ms turn
  await turns();
  await page.keyboard.press("3");
  await expect(page.getByTestId("card-prompt")).not.toHaveText(first);
  await expect(page.getByTestId("flip-card")).toHaveAttribute("data-flipped", "false");
  await page.waitForTimeout(500);
  expect(await turns()).toBe(0);
  await expect(page.getByRole("region", { name: "Question" })).toBeVisible();
});
