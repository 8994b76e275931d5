import { parseBody } from "@/lib/content/parse";

/** The file as one card (its `#` heading the question) is only ever taken from a file of at most one card. */
describe("parseBody's lone card", () => {
  it("is made for a file under one `#` question with no other card", () => {
    const body = parseBody("q.md", "# What is a closure?\n\nA function with the scope it was made in.\n", 0, { lone: true });
    expect(body.lone?.prompt).toBe("What is a closure?");
  });

  it("is not made for a file of several cards", () => {
    const body = parseBody("qs.md", "# Closures\n\n## What is A?\n\nA is a letter.\n\n## What is B?\n\nB is another.\n", 1, { lone: true });
    expect(body.lone).toBeNull();
  });

  it("is not made when not asked for", () => {
    expect(parseBody("q.md", "# What is a closure?\n\nA function.\n", 1).lone).toBeNull();
  });
});
