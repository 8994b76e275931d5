import { readDeck } from "@/lib/content";
import { withoutPlaceNumbers } from "@/lib/content/text";

/** Section titles numbered by their place lose the number; a number that means something stays. */
async function topicsOf(text: string) {
  const r = await readDeck({ slug: "d", title: "Bank", files: [{ path: "README.md", text }] });
  return (r.deck?.topics ?? []).map((t) => ({ title: t.title, prompts: t.cards.map((c) => c.prompt) }));
}
const sections = (...titles: string[]) => titles.map((t, i) => `## ${t}\n\n### What is X${i}?\n\nX${i} is a thing.\n\n### What is Y${i}?\n\nY${i} is a thing.\n`).join("\n");

describe("numbered section titles", () => {
  it("sections counting 1, 2, 3 in order lose the number, whatever follows it", async () => {
    expect((await topicsOf(sections("1. Basics", "2. Models"))).map((t) => t.title)).toEqual(["Basics", "Models"]);
    expect((await topicsOf(sections("1 basics", "2 models", "3 views"))).map((t) => t.title)).toEqual(["basics", "models", "views"]);
    expect((await topicsOf(sections("1 basics", "2 models", "3D graphics"))).map((t) => t.title)).toEqual(["basics", "models", "3D graphics"]);
  });

  it("a section numbered under another (\"1.1 Intro\") is part of the run: the plural after \"2\" is no count", async () => {
    expect((await topicsOf(sections("1. Basics", "1.1 Intro", "2 Models", "3 Views"))).map((t) => t.title)).toEqual(["Basics", "Intro", "Models", "Views"]);
  });

  it("sections titled only by their place name nothing: their questions are the file's topic", async () => {
    const topics = await topicsOf(`# Java questions\n\n${sections("1", "2")}`);
    expect(topics).toEqual([{ title: "Java questions", prompts: ["What is X0?", "What is Y0?", "What is X1?", "What is Y1?"] }]);
  });

  it("a number that is not a place stays: an error code, a dimension, years", async () => {
    expect((await topicsOf(sections("404 Errors", "3D Graphics"))).map((t) => t.title)).toEqual(["404 Errors", "3D Graphics"]);
    expect((await topicsOf(sections("404 Errors", "500 Errors"))).map((t) => t.title)).toEqual(["404 Errors", "500 Errors"]);
    expect((await topicsOf(sections("2019", "2020", "2021"))).map((t) => t.title)).toEqual(["2019", "2020", "2021"]);
  });

  it("withoutPlaceNumbers decides across siblings", () => {
    expect(withoutPlaceNumbers(["1. Basics", "2 Models", "3"])).toEqual(["Basics", "Models", ""]);
    expect(withoutPlaceNumbers(["8 Streams", "9 Workers", "10 Tests"])).toEqual(["Streams", "Workers", "Tests"]);
    expect(withoutPlaceNumbers(["3 Ways To Sort", "4 Tips For Tests"])).toBeNull();
    expect(withoutPlaceNumbers(["1 Basics", "3 Models"])).toBeNull();
    expect(withoutPlaceNumbers(["3D Graphics"])).toBeNull();
    // A sub-place ("1.1") belongs to the place before it, and does not break the run; one under no place in the run does.
    expect(withoutPlaceNumbers(["1. Basics", "1.1 Intro", "2 Models", "2.1. Managers", "3 Views"])).toEqual(["Basics", "Intro", "Models", "Managers", "Views"]);
    expect(withoutPlaceNumbers(["1. Basics", "7.1 Intro", "2 Models"])).toBeNull();
    expect(withoutPlaceNumbers(["1.1 Intro", "1.2 Setup"])).toBeNull();
  });
});
