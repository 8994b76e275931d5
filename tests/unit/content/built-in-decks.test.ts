import { loadBankFrom } from "@/build";

/**
 * Keeps every built-in deck (content/) as issue 21 left it: checklists an interviewer can tick, and
 * Django docs links that match the version the answers are written for.
 */

/** The Django release each deck's answers target; its docs links must name it (see below). */
const DJANGO_TARGET: Record<string, string> = { django: "5.2" };
const MIN_POINTS = 3;
const MAX_POINTS = 7;
/** About what one says in a breath; a longer point is two points or a paragraph. */
const MAX_POINT_WORDS = 40;

/** Visible text: tags removed, entities counted as one character (as the answers test does). */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, "x")
    .trim();
const wordCount = (html: string) => text(html).split(/\s+/).filter(Boolean).length;
const versionNumber = (v: string) => v.split(".").map(Number).reduce((major, minor) => major * 100 + minor);

/** What is wrong with a card's checklist, in words; empty when nothing is. */
function checklistProblems(keyPoints: string[]): string[] {
  const problems: string[] = [];
  if (keyPoints.length < MIN_POINTS || keyPoints.length > MAX_POINTS) problems.push(`${keyPoints.length} key points`);
  for (const point of keyPoints) {
    const words = text(point);
    if (!words) problems.push("an empty key point");
    else if (words.endsWith(":")) problems.push(`a label with nothing after it: "${words}"`);
    if (wordCount(point) > MAX_POINT_WORDS) problems.push(`${wordCount(point)} words: "${words.slice(0, 60)}…"`);
  }
  return problems;
}

/**
 * A docs.djangoproject.com link must name a version: the deck's target, or a later release the
 * answer itself names ("CSP is built in from Django 6.0"), never dev/stable or an older one.
 */
function docsLinkProblems(deck: string, links: string[], answerHtml: string): string[] {
  const target = DJANGO_TARGET[deck];
  const named = new Set([...text(answerHtml).matchAll(/Django (\d+\.\d+)/g)].map((m) => m[1]));
  return links
    .map((href) => new URL(href))
    .filter((url) => url.hostname === "docs.djangoproject.com")
    .flatMap((url) => {
      const version = /^\/[a-z-]+\/(\d+\.\d+)\//.exec(url.pathname)?.[1];
      if (!target) return [`${url.href}: the deck has no target in DJANGO_TARGET`];
      if (version === target) return [];
      const later = version !== undefined && versionNumber(version) > versionNumber(target) && named.has(version);
      return later ? [] : [`${url.href}: not Django ${target}${version ? "" : " (no version in the path)"}`];
    });
}

describe("every card of every built-in deck", async () => {
  const bank = await loadBankFrom();
  const cards = bank.decks.flatMap((deck) => deck.topics.flatMap((topic) => topic.cards.map((card) => ({ deck: deck.slug, card }))));

  it("has cards to check", () => {
    expect(cards.length).toBeGreaterThan(0);
  });

  it("has 3 to 7 key points, none empty, none a bare label, none over about 40 words", () => {
    const problems = cards.flatMap(({ card }) => checklistProblems(card.keyPoints).map((p) => `${card.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("links the Django docs of the version the deck targets (or a later one the answer names)", () => {
    const problems = cards.flatMap(({ deck, card }) => docsLinkProblems(deck, card.links, card.answerHtml ?? "").map((p) => `${card.id}: ${p}`));
    expect(problems).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("flag a bare label, an empty point, a long point and a short checklist", () => {
    const long = Array.from({ length: 41 }, () => "word").join(" ");
    expect(checklistProblems(["Causes:", "<code></code>", long])).toEqual([
      'a label with nothing after it: "Causes:"',
      "an empty key point",
      `41 words: "${long.slice(0, 60)}…"`,
    ]);
    expect(checklistProblems(["a", "b"])).toEqual(["2 key points"]);
    expect(checklistProblems(["a", "b", "c"])).toEqual([]);
  });

  it("flag docs links to dev, to an older release, or to a later one the answer does not name", () => {
    const base = "https://docs.djangoproject.com/en";
    const links = [`${base}/5.2/topics/cache/`, `${base}/dev/ref/csp/`, `${base}/4.2/ref/csp/`, `${base}/6.0/ref/csp/`];
    expect(docsLinkProblems("django", links, "<p>Plain answer.</p>")).toHaveLength(3);
    expect(docsLinkProblems("django", links, "<p>Built in from Django 6.0.</p>")).toHaveLength(2);
  });
});
