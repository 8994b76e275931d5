import { describe, expect, it } from "vitest";
import { readResponseSchema } from "@/lib/add-deck/protocol";
import { deckReport, groupNotes } from "@/lib/add-deck/report";
import { type Reader, serveRead } from "@/lib/add-deck/serve-read";
import { warmUpFiles } from "@/lib/add-deck/warm-up";
import { readDeck } from "@/lib/content";
import type { Deck } from "@/lib/content/models";

const card = (id: string) => ({
  id, deckSlug: "u-x", topicSlug: "t", prompt: "Q?", promptHtml: "Q?", frontHtml: null, answerHtml: "<p>A</p>", hasAnswer: true, keyPoints: [], tags: [], links: [], file: "a.md", line: 3,
});
const deck: Deck = { slug: "u-x", title: "X", topics: [{ slug: "t", title: "T", order: 1, cards: [card("u-x/t/q")] }] };
const reader: Reader = () => Promise.resolve({ deck, problems: [], warnings: ["a.md:9: section \"Links\" has no questions and was skipped", "a.md:2: front matter key ignored"], suggested: null, steered: null });
const request = { type: "read", id: 7, input: { slug: "u-x", title: "X", files: [{ path: "a.md", text: "# Q?" }], hints: { questions: "heading", headingLevel: 2 } } };

describe("reader worker protocol", () => {
  it("answers a valid request with the deck, paired by id, in a shape the page accepts", async () => {
    const answer = await serveRead(request, reader, () => 0);
    expect(answer).toMatchObject({ type: "done", id: 7, deck });
    expect(readResponseSchema.safeParse(answer).success).toBe(true);
  });
  it("refuses a malformed request without running the reader", async () => {
    let ran = false;
    const spy: Reader = (input) => ((ran = true), reader(input));
    expect(await serveRead({ ...request, input: { ...request.input, slug: "../x" } }, spy, () => 0)).toMatchObject({ type: "failed", id: 7 });
    expect(await serveRead({ ...request, input: { ...request.input, hints: { questions: "poems" } } }, spy, () => 0)).toMatchObject({ type: "failed" });
    expect(await serveRead("hello", spy, () => 0)).toMatchObject({ type: "failed", id: -1 });
    expect(ran).toBe(false);
  });
  it("answers a warm-up with nothing, after reading the sample bank (a crash in it included)", async () => {
    const read: string[] = [];
    const spy: Reader = (input) => (read.push(input.files[0]?.text ?? ""), reader(input));
    expect(await serveRead({ type: "warm" }, spy, () => 0)).toBeNull();
    expect(read).toEqual([warmUpFiles()[0]?.text]);
    expect(await serveRead({ type: "warm" }, () => Promise.reject(new Error("boom")), () => 0)).toBeNull();
  });
  it("the warm-up sample is a bank the reader reads whole (so it warms the paths a real bank takes)", async () => {
    const { deck: warm } = await readDeck({ slug: "u-warm-up", title: "Warm-up", files: warmUpFiles(), hints: {} });
    expect(warm?.topics.map((t) => t.cards.length)).toEqual([12, 12]);
    const answers = warm?.topics.flatMap((t) => t.cards.map((c) => c.answerHtml ?? "")).join("") ?? "";
    for (const shape of ["<pre", "<table", "<ol", "<ul", "<blockquote", "<a "]) expect(answers).toContain(shape);
  });
  it("turns a reader crash into a failed answer for that request", async () => {
    expect(await serveRead(request, () => Promise.reject(new Error("boom")), () => 0)).toMatchObject({ type: "failed", id: 7, message: expect.stringMatching(/boom/) });
  });
  it("the page refuses an answer whose deck breaks the schema (a card without an id)", () => {
    const bad = { type: "done", id: 1, deck: { ...deck, topics: [{ ...deck.topics[0], cards: [{ ...card("x"), id: "Not An Id" }] }] }, problems: [], warnings: [], suggested: null, steered: null, ms: 1 };
    expect(readResponseSchema.safeParse(bad).success).toBe(false);
  });
});

describe("doctor's report", () => {
  it("groups the reader's notes per file in line order", () => {
    expect(groupNotes(["b.md:4: x", "a.md:9: y", "a.md:2: z", "something general"])).toEqual([
      { file: "b.md", notes: [{ line: 4, message: "x" }] },
      { file: "a.md", notes: [{ line: 2, message: "z" }, { line: 9, message: "y" }] },
      { file: "(deck)", notes: [{ line: null, message: "something general" }] },
    ]);
  });
  it("blocks saving a bank with no questions, with the reader's reasons", () => {
    const report = deckReport({ type: "done", id: 1, deck: null, problems: [{ file: "a.md", line: 1, message: "the deck has no questions", fix: "f" }], warnings: [], suggested: { questions: "paragraph", answers: "below" }, steered: null, ms: 1 });
    expect(report.blocked).toBe("The reader found no questions. Steer the reader below (what a question looks like), or choose other files.");
    const folder = deckReport({ type: "done", id: 1, deck: null, problems: [{ file: "d", line: 1, message: "the deck folder has no .md or .mdx files", fix: "f" }], warnings: [], suggested: null, steered: null, ms: 1 });
    expect(folder.blocked).toMatch(/^The reader found no questions\. The deck folder has no \.md or \.mdx files\. Steer/);
    const why = deckReport({ type: "done", id: 1, deck: null, problems: [{ file: "a.md", line: 1, message: "the deck has no questions:\n    a.md: no questions found: 3 paragraphs ending in “?”", fix: "f" }], warnings: [], suggested: null, steered: null, ms: 1 });
    expect(why.blocked).toBe("The reader found no questions. a.md: no questions found: 3 paragraphs ending in “?”. Steer the reader below (what a question looks like), or choose other files.");
    expect(report.suggested).toEqual({ questions: "paragraph", answers: "below" });
  });
  it("a bank read in a shape the reader chose itself says so once, as a sentence, and not among the skipped notes", () => {
    const note = "a.md: read as one question per paragraph, each answered by what is below it (`questions: paragraph, answers: below`): no heading, bullet or bold line asks a question; steer the reader if this is wrong";
    const report = deckReport({ type: "done", id: 1, deck, problems: [], warnings: [note, "a.md:9: section \"Links\" has no questions and was skipped"], suggested: null, steered: { questions: "paragraph", answers: "below" }, ms: 1 });
    expect(report.steered).toBe("Read as one question per paragraph, each answered by what is below it (questions: paragraph, answers: below): no heading, bullet or bold line asks a question; steer the reader if this is wrong.");
    expect(report.notes).toEqual([{ file: "a.md", notes: [{ line: 9, message: "section \"Links\" has no questions and was skipped" }] }]);
    expect(deckReport({ type: "done", id: 1, deck, problems: [], warnings: [note], suggested: null, steered: null, ms: 1 }).steered).toBeNull();
  });
  it("counts topics, questions and answers of a readable bank", () => {
    expect(deckReport({ type: "done", id: 1, deck, problems: [], warnings: [], suggested: null, steered: null, ms: 1 })).toMatchObject({ questions: 1, answered: 1, blocked: null, suggested: null, topics: [{ slug: "t", count: 1 }] });
  });
});

describe("remote images", () => {
  it("become links, so an added deck makes no request to another host", async () => {
    const { remoteImagesAsLinks } = await import("@/lib/add-deck/images");
    expect(remoteImagesAsLinks('<p><img src="https://x.example/a.png" alt="A diagram"> <img src="/local.png" alt=""></p>')).toBe(
      '<p><a href="https://x.example/a.png" rel="noopener noreferrer">[A diagram]</a> <img src="/local.png" alt=""></p>',
    );
  });
  it("are links already in the worker's answer (the page makes no pass over the answers for them)", async () => {
    const withRemote: Deck = { ...deck, topics: [{ ...deck.topics[0]!, cards: [{ ...card("u-x/t/q"), answerHtml: '<p><img src="https://x.example/a.png" alt="A"></p>' }] }] };
    const answer = await serveRead(request, () => Promise.resolve({ deck: withRemote, problems: [], warnings: [], suggested: null, steered: null }), () => 0);
    expect(answer?.type === "done" && answer.deck?.topics[0]?.cards[0]?.answerHtml).toBe('<p><a href="https://x.example/a.png" rel="noopener noreferrer">[A]</a></p>');
  });
});
