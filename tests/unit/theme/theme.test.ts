// @vitest-environment jsdom
import { applyTheme, LIVE_ATTR, nextTheme, parseTheme, THEME_KEY, THEME_SCRIPT, THEME_TOGGLE_ATTR, THEMES } from "@/lib/theme";

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

  describe("a click on the header's button before the page is live", () => {
    const button = () => {
      document.body.innerHTML = `<button ${THEME_TOGGLE_ATTR} type="button"><span>Theme</span></button>`;
      return document.querySelector("button") as HTMLButtonElement;
    };
    afterEach(() => {
      document.body.innerHTML = "";
    });

    it.each(THEMES)("moves a stored %s to the next theme of the cycle, stored and applied, and goes no further", (stored) => {
      if (stored !== "system") localStorage.setItem(THEME_KEY, stored);
      new Function(THEME_SCRIPT)();
      const b = button();
      const reached = vi.fn();
      document.addEventListener("click", reached);
      b.querySelector("span")?.click();
      document.removeEventListener("click", reached);
      const next = nextTheme(stored);
      expect(parseTheme(localStorage.getItem(THEME_KEY))).toBe(next);
      expect(localStorage.getItem(THEME_KEY)).toBe(next === "system" ? null : next);
      const expected = document.createElement("html");
      applyTheme(expected, next);
      expect([...document.documentElement.classList]).toEqual([...expected.classList]);
      // Stopped where it was answered: React, listening on the document, never switches a second time.
      expect(reached).not.toHaveBeenCalled();
    });

    it("leaves a live button's clicks to the component", () => {
      localStorage.setItem(THEME_KEY, "dark");
      new Function(THEME_SCRIPT)();
      const b = button();
      b.setAttribute(LIVE_ATTR, "");
      const reached = vi.fn();
      document.addEventListener("click", reached);
      b.click();
      document.removeEventListener("click", reached);
      expect(localStorage.getItem(THEME_KEY)).toBe("dark");
      expect(reached).toHaveBeenCalledTimes(1);
    });
  });
});
