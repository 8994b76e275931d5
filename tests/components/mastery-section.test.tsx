// @vitest-environment jsdom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { masteryGroups } from "@/app/stats/_components/mastery-groups";
import { MasterySection } from "@/app/stats/_components/topics-section";
import type { Stats, TopicMastery } from "@/lib/stats";

function topic(key: string, over: Partial<TopicMastery> = {}): TopicMastery {
  return {
    key, title: key.split("/")[1] ?? key, total: 10, new: 10, learning: 0, review: 0, mastered: 0, recall: null,
    retention: { reviews: 0, passed: 0, rate: null }, answerSeconds: null, timedReviews: 0, ...over,
  };
}

const TOPICS = [
  topic("django/orm"),
  topic("u-go/basics", { new: 6, learning: 1, review: 2, mastered: 1, recall: 0.8, retention: { reviews: 4, passed: 3, rate: 0.75 } }),
  topic("u-go/channels", { total: 5, new: 3, review: 2, recall: 0.5, retention: { reviews: 1, passed: 1, rate: 1 } }),
];
const GROUPED = new Map([["u-go", "Go questions"]]);

describe("masteryGroups (added decks as one mastery line each)", () => {
  it("lists built-in topics one by one and sums each added deck's topics", () => {
    const { listed, groups } = masteryGroups(TOPICS, GROUPED);
    expect(listed.map((t) => t.key)).toEqual(["django/orm"]);
    expect(groups).toHaveLength(1);
    const [go] = groups;
    expect(go?.title).toBe("Go questions");
    expect(go?.topics.map((t) => t.key)).toEqual(["u-go/basics", "u-go/channels"]);
    expect(go?.total).toMatchObject({ total: 15, new: 9, learning: 1, review: 4, mastered: 1, retention: { reviews: 5, passed: 4, rate: 0.8 } });
    // Recall is averaged over reviewed cards: (0.8 × 4 + 0.5 × 2) / 6.
    expect(go?.total.recall).toBeCloseTo(0.7);
  });

  it("groups nothing when no deck is named", () => {
    expect(masteryGroups(TOPICS, new Map()).groups).toEqual([]);
  });
});

describe("MasterySection", () => {
  it("shows an added deck as one line and puts its topics in the page when opened", () => {
    const stats = { topics: TOPICS } as unknown as Stats; // the section reads stats.topics only
    render(<MasterySection stats={stats} grouped={GROUPED} />);
    const list = screen.getAllByRole("list")[1]!;
    expect(within(list).getByText("orm")).toBeTruthy();
    expect(screen.getByText("Go questions")).toBeTruthy();
    expect(screen.queryByText("channels")).toBeNull();
    const details = screen.getByText("Go questions").closest("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    expect(screen.getByText("channels")).toBeTruthy();
  });
});
