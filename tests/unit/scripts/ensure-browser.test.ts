// @ts-expect-error: a plain .mjs script without type declarations
import { browserPlan, INSTALL_COMMAND } from "../../../scripts/ensure-browser.mjs";

const on = (...paths: string[]) => (p: string) => paths.includes(p);

describe("the browser for the end-to-end tests", () => {
  it("uses CHROMIUM_PATH when it exists (CI's path)", () => {
    expect(browserPlan({ chromiumPath: "/usr/bin/chromium", exists: on("/usr/bin/chromium"), ownBrowserPath: null })).toEqual({ action: "use", path: "/usr/bin/chromium" });
  });

  it("stops with one sentence naming the command when CHROMIUM_PATH points nowhere", () => {
    const plan = browserPlan({ chromiumPath: "/nowhere/chrome", exists: on(), ownBrowserPath: null });
    expect(plan.action).toBe("fail");
    expect(plan.message).toContain(INSTALL_COMMAND);
    expect(plan.message.trim().split(/\.\s/)).toHaveLength(1);
  });

  it("uses the system Chromium, else Playwright's own once installed", () => {
    expect(browserPlan({ exists: on("/usr/bin/chromium", "/cache/chrome"), ownBrowserPath: "/cache/chrome" })).toEqual({ action: "use", path: "/usr/bin/chromium" });
    expect(browserPlan({ exists: on("/cache/chrome"), ownBrowserPath: "/cache/chrome" })).toEqual({ action: "use", path: "/cache/chrome" });
  });

  it("installs Playwright's Chromium on a fresh laptop that has none", () => {
    expect(browserPlan({ exists: on(), ownBrowserPath: "/cache/chrome" })).toEqual({ action: "install" });
  });
});
