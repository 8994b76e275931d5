// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GradeBar } from "@/components/drill/grade-bar";

const intervals = { 1: "1m", 2: "6m", 3: "10m", 4: "3d" } as const;

describe("GradeBar", () => {
  it("offers only Show answer before the card is flipped", async () => {
    const onFlip = vi.fn();
    const onGrade = vi.fn();
    render(<GradeBar flipped={false} intervals={null} onFlip={onFlip} onGrade={onGrade} />);
    expect(screen.getAllByRole("button")).toHaveLength(1);
    await userEvent.setup().click(screen.getByRole("button", { name: /Show answer/ }));
    expect(onFlip).toHaveBeenCalledTimes(1);
    expect(onGrade).not.toHaveBeenCalled();
  });

  it("shows the four grades with their next intervals once flipped", () => {
    render(<GradeBar flipped intervals={intervals} onFlip={vi.fn()} onGrade={vi.fn()} />);
    const group = screen.getByRole("group", { name: "How well did you know it?" });
    const buttons = screen.getAllByRole("button");
    expect(group).toContainElement(buttons[0] ?? null);
    expect(buttons.map((b) => b.textContent)).toEqual(["Again1m, key 1(1)", "Hard6m, key 2(2)", "Good10m, key 3(3)", "Easy3d, key 4(4)"]);
    expect(screen.getByRole("button", { name: /^Good/ })).toHaveAttribute("aria-keyshortcuts", "3");
    expect(screen.queryByRole("button", { name: /Show answer/ })).toBeNull();
  });

  it("shows a placeholder while the intervals are not known", () => {
    render(<GradeBar flipped intervals={null} onFlip={vi.fn()} onGrade={vi.fn()} />);
    expect(screen.getByRole("button", { name: /^Again/ })).toHaveTextContent("…");
  });

  it("grades Good with 3", async () => {
    const onGrade = vi.fn();
    render(<GradeBar flipped intervals={intervals} onFlip={vi.fn()} onGrade={onGrade} />);
    await userEvent.setup().click(screen.getByRole("button", { name: /^Good/ }));
    expect(onGrade).toHaveBeenCalledExactlyOnceWith(3);
  });
});
