// @vitest-environment jsdom
import { fireEvent, render, screen } from "@testing-library/react";
import { SuggestedHint } from "@/components/add-deck/suggested-hint";

describe("SuggestedHint", () => {
  it("names the steering as a user writes it, and one click reads the bank with exactly those hints", () => {
    const onSteer = vi.fn();
    const hints = { questions: "paragraph" as const, answers: "below" as const, skip: ["Links"] };
    render(<SuggestedHint hints={hints} onSteer={onSteer} />);
    const button = screen.getByRole("button", { name: "Try questions: paragraph, answers: below" });
    fireEvent.click(button);
    expect(onSteer).toHaveBeenCalledWith(hints);
  });
});
