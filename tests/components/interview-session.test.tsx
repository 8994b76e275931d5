// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AnswerClock } from "@/components/interview/answer-clock";
import { InterviewSession } from "@/components/interview/interview-session";
import type { Selection } from "@/lib/drill";
import type { DrillCard } from "@/lib/drill/deck-data";
import { emptyProgress } from "@/lib/progress";
import { useProgressStore } from "@/stores/progress-store";

vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), back: vi.fn(), forward: vi.fn(), refresh: vi.fn(), prefetch: vi.fn() }),
}));

const POINTS = ["Lazy until evaluated", "Chainable filters", "Cached after the first read", "<code>iterator()</code> skips the cache", "Slicing makes a LIMIT"];
const CARD: DrillCard = {
  id: "django/orm/queryset",
  prompt: "What is a QuerySet?",
  promptHtml: "What is a QuerySet?",
  frontHtml: null,
  topicTitle: "ORM",
  deckTitle: "Django",
  topicHref: "/django/orm",
  answerUrl: "/data/django/orm/0.json",
};
// The card's answer file, fetched when the question comes up.
const ANSWER = { id: CARD.id, answerHtml: "<p>A lazy database query.</p>", keyPoints: POINTS };
const selection: Selection = { topics: "all", mode: "interview", seed: "abc" };
const log = () => useProgressStore.getState().progress.log;
const suggested = () => document.querySelector("[data-suggested]")?.textContent ?? null;

class FakeRecorder {
  static instances = 0;
  constructor() {
    FakeRecorder.instances++;
  }
}

beforeEach(() => {
  localStorage.clear();
  useProgressStore.setState({ progress: emptyProgress(), notice: null, saveError: null, blocked: null, hydrated: true });
  FakeRecorder.instances = 0;
  vi.stubGlobal("MediaRecorder", FakeRecorder);
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => (url === CARD.answerUrl ? Response.json(ANSWER) : new Response("Not found", { status: 404 }))),
  );
  Object.defineProperty(navigator, "mediaDevices", {
    configurable: true,
    value: { getUserMedia: vi.fn().mockRejectedValue(new DOMException("Permission denied", "NotAllowedError")) },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, "mediaDevices");
});

describe("AnswerClock", () => {
  it("is neutral within the budget, amber from 80 %, red past it, and says so only at those moments", () => {
    const { rerender } = render(<AnswerClock elapsedMs={0} budgetMs={100_000} />);
    const clock = screen.getByTestId("answer-clock");
    const live = within(clock).getByText("Clock started: 1 minute 40 seconds to answer.");
    expect(clock).toHaveAttribute("data-phase", "within");
    rerender(<AnswerClock elapsedMs={79_000} budgetMs={100_000} />);
    expect(live).toHaveTextContent("Clock started");
    rerender(<AnswerClock elapsedMs={80_000} budgetMs={100_000} />);
    expect(clock).toHaveAttribute("data-phase", "near");
    expect(clock).toHaveTextContent("nearly time");
    expect(live).toHaveTextContent("20 seconds left.");
    rerender(<AnswerClock elapsedMs={100_001} budgetMs={100_000} />);
    expect(clock).toHaveAttribute("data-phase", "over");
    expect(clock).toHaveTextContent("over time");
    expect(live).toHaveTextContent("Time budget of 1 minute 40 seconds reached.");
  });
});

describe("InterviewSession", () => {
  async function toReview() {
    const user = userEvent.setup();
    render(<InterviewSession title="Interview" selection={selection} cards={[CARD]} exitHref="/" />);
    await user.keyboard(" ");
    await screen.findByTestId("mic-notice");
    await user.keyboard(" ");
    await screen.findByTestId("card-answer");
    return user;
  }

  it("keeps working when the microphone is refused: says so, then reviews and grades without a recording", async () => {
    const user = userEvent.setup();
    render(<InterviewSession title="Interview" selection={selection} cards={[CARD]} exitHref="/" />);
    await user.keyboard(" ");
    const notice = await screen.findByTestId("mic-notice");
    expect(notice).toHaveTextContent("Answer aloud, no recording.");
    expect(notice).toHaveTextContent("The microphone was refused");
    expect(FakeRecorder.instances).toBe(0);
    expect(screen.getByTestId("answer-clock")).toBeInTheDocument();
    await user.keyboard(" ");
    expect(screen.getByText("You answered aloud, without a recording.")).toBeInTheDocument();
    await user.keyboard("3");
    expect(log()).toEqual([expect.objectContaining({ cardId: CARD.id, rating: 3, mode: "interview" })]);
    expect(screen.getByRole("heading", { name: "Interview finished" })).toBeInTheDocument();
  });

  it("turns the ticked key points into a suggested grade, which the candidate can overrule", async () => {
    const user = await toReview();
    const boxes = within(screen.getByRole("group", { name: /Did you say this\?/ })).getAllByRole("checkbox");
    expect(boxes).toHaveLength(5);
    expect(suggested()).toMatch(/^Again/);
    await user.click(boxes[0]!);
    await user.click(boxes[1]!);
    expect(suggested()).toMatch(/^Hard/); // 40 %
    await user.click(boxes[2]!);
    await user.click(boxes[3]!);
    expect(suggested()).toMatch(/^Good/); // 80 %
    await user.click(boxes[4]!);
    expect(suggested()).toMatch(/^Easy/); // all, within the budget
    await user.keyboard("2");
    expect(log()).toEqual([expect.objectContaining({ rating: 2, mode: "interview" })]);
    const row = within(screen.getByTestId("interview-summary")).getAllByRole("row")[1]!;
    expect(row).toHaveTextContent("5 of 5");
    expect(row).toHaveTextContent(/Easy\s*Hard$/);
  });

  it("types the answer instead with T and shows it beside the model answer", async () => {
    const user = userEvent.setup();
    render(<InterviewSession title="Interview" selection={selection} cards={[CARD]} exitHref="/" />);
    await user.keyboard("t");
    const box = screen.getByRole("textbox", { name: "Your answer" });
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(box).toHaveFocus();
    await user.keyboard("It is lazy.{Control>}{Enter}{/Control}");
    expect(screen.getByTestId("typed-attempt")).toHaveTextContent("It is lazy.");
    expect(await screen.findByTestId("card-answer")).toHaveTextContent("A lazy database query.");
  });
});
