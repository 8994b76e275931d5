// @vitest-environment jsdom
import { applyTheme, nextTheme, parseTheme, THEME_KEY, THEME_SCRIPT, THEMES } from "@/lib/theme";

describe("theme", () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.className = "";
  });

  it("reads only the three known values; anything else is the system theme", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("system")).toBe("system");
    for (const bad of [null, undefined, "", "Dark", "blue", 1, {}]) expect(parseTheme(bad)).toBe("system");
  });

  it("cycles system → light → dark → system in the header", () => {
    expect(THEMES.map(nextTheme)).toEqual(["light", "dark", "system"]);
  });

  it("marks the root with the chosen theme, and with neither class for system", () => {
    const root = document.documentElement;
    applyTheme(root, "dark");
    expect([...root.classList]).toEqual(["dark"]);
    applyTheme(root, "light");
    expect([...root.classList]).toEqual(["light"]);
    applyTheme(root, "system");
    expect([...root.classList]).toEqual([]);
  });

  it.each([
    ["dark", ["dark"]],
    ["light", ["light"]],
    ["system", []],
    ["<script>", []],
    [null, []],
  ] as const)("the pre-paint script applies a stored %s as applyTheme would", (stored, classes) => {
    if (stored !== null) localStorage.setItem(THEME_KEY, stored);
    new Function(THEME_SCRIPT)();
    expect([...document.documentElement.classList]).toEqual(classes);
    document.documentElement.className = "";
    applyTheme(document.documentElement, parseTheme(stored));
    expect([...document.documentElement.classList]).toEqual(classes);
  });

  it("the pre-paint script survives storage that throws", () => {
    const getItem = vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new Error("SecurityError");
    });
    expect(() => new Function(THEME_SCRIPT)()).not.toThrow();
    expect([...document.documentElement.classList]).toEqual([]);
    getItem.mockRestore();
  });
});
