// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ImportPreview } from "@/components/import/import-preview";
import type { DeckPreview } from "@/lib/import/preview";

const topics = Array.from({ length: 300 }, (_, i) => ({ slug: `t${i}`, title: `Topic ${i}`, cards: i + 1 }));
const preview: DeckPreview = { title: "Bench", cards: 45_150, topics, sample: [] };

describe("the import preview", () => {
  it("puts the topic counts in the page only when the Topics list is opened", async () => {
    const { container } = render(<ImportPreview preview={preview} anki={null} />);
    expect(screen.getByText(/45,150 cards in 300 topics/)).toBeTruthy();
    expect(container.querySelectorAll("details li")).toHaveLength(0);
    await userEvent.click(screen.getByText("Topics"));
    expect(container.querySelectorAll("details li")).toHaveLength(300);
    expect(screen.getByText("Topic 299: 300 cards")).toBeTruthy();
  });
});
