// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

/*
 * The add-deck page loads the flow (reading, preview, saving) when a source is chosen, and holds it
 * once loaded. A chosen source must reach the flow; a flow that cannot be downloaded (offline, a
 * new deploy) must say so in plain words and give the picker back, not leave "Loading…" forever.
 */
function flowLoads(ok: boolean) {
  vi.doMock("@/components/add-deck/add-deck-flow", () => {
    if (!ok) throw new Error("Failed to fetch dynamically imported module");
    return { default: ({ choice }: { choice: { kind: string; text?: string } }) => <p>Flow reads {choice.kind}: {choice.text}</p> };
  });
}
// The page's reader worker is started at idle; jsdom has no Worker, and these tests read nothing.
vi.mock("@/components/add-deck/use-reader-client", () => ({ useReaderClient: () => () => new Promise(() => undefined) }));

async function pasteAndRead(text: string) {
  const { AddDeckPage } = await import("@/components/add-deck/add-deck-page");
  render(<AddDeckPage />);
  await userEvent.type(screen.getByLabelText("Markdown"), text);
  await userEvent.click(screen.getByRole("button", { name: "Read it" }));
}

describe("the add-deck page", () => {
  beforeEach(() => vi.resetModules());

  it("hands the chosen source to the flow", async () => {
    flowLoads(true);
    await pasteAndRead("## What is a view?");
    expect(await screen.findByText("Flow reads paste: ## What is a view?")).toBeTruthy();
    expect(screen.queryByLabelText("Markdown")).toBeNull(); // the picker makes way for the flow
  });

  it("says the reader could not be loaded and gives the picker back", async () => {
    flowLoads(false);
    await pasteAndRead("## What is a view?");
    expect(await screen.findByText(/The reader could not be loaded/)).toBeTruthy();
    expect(screen.getByLabelText("Markdown")).toBeTruthy();
    expect(screen.queryByText(/Flow reads/)).toBeNull();
  });
});
