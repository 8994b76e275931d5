import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { binaryKind } from "@/lib/add-deck/bytes";
import { collect, fromPaste } from "@/lib/add-deck/collect";
import { AddDeckError } from "@/lib/add-deck/errors";
import { isReadable, safePath } from "@/lib/add-deck/paths";
import { readZip } from "@/lib/add-deck/zip";
import { LIMITS } from "@/lib/deck/limits";

const md = (text: string) => strToU8(text);
const BANK = "# Bank\n\n## What is a closure?\n\nA function with its scope.\n";

describe("paths", () => {
  it("refuses absolute paths and paths that climb out", () => {
    expect(safePath("/etc/passwd")).toBeNull();
    expect(safePath("C:/x.md")).toBeNull();
    expect(safePath("a/../../x.md")).toBeNull();
    expect(safePath("..\\x.md")).toBeNull();
    expect(safePath("./repo-main//docs/a.md")).toBe("repo-main/docs/a.md");
  });
  it("reads markdown, _deck.md and metadata.json, not housekeeping, hidden or vendored files", () => {
    expect(isReadable("docs/a.markdown")).toBe(true);
    expect(isReadable("_deck.md")).toBe(true);
    expect(isReadable("q/metadata.json")).toBe(true);
    expect(isReadable("LICENSE.md")).toBe(false);
    expect(isReadable(".github/ISSUE.md")).toBe(false);
    expect(isReadable("node_modules/x/README.md")).toBe(false);
    expect(isReadable("src/index.js")).toBe(false);
  });
});

describe("files and paste", () => {
  it("names a PDF or an image chosen as a bank and reads nothing", () => {
    expect(() => collect([{ path: "cv.pdf.md", bytes: md("%PDF-1.7 ...") }], "x")).toThrow(/cv\.pdf\.md is a PDF/);
    expect(binaryKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe("a PNG image");
    expect(binaryKind(md(BANK))).toBeNull();
  });
  it("strips a folder's top level, takes it as the title and lists what it skipped", () => {
    const got = collect(
      [
        { path: "my-bank/README.md", bytes: md(BANK) },
        { path: "my-bank/LICENSE.md", bytes: md("MIT") },
        { path: "my-bank/logo.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
      ],
      "fallback",
    );
    expect(got.title).toBe("my-bank");
    expect(got.files.map((f) => f.path)).toEqual(["README.md"]);
    expect(got.skipped).toHaveLength(1);
    expect([...got.images.keys()]).toEqual(["logo.png"]); // kept aside: the cards that show it keep it
  });
  it("drops a byte-order mark", () => {
    expect(collect([{ path: "a.md", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...md("# A")]) }], "a").files[0]?.text).toBe("# A");
  });
  it("refuses input over the size limit, naming the limit", () => {
    const big = new Uint8Array(LIMITS.inputBytes + 1).fill(0x61);
    expect(() => collect([{ path: "big.md", bytes: big }], "x")).toThrow(/limit is 20 MB/);
    expect(() => fromPaste("a".repeat(LIMITS.inputBytes + 1))).toThrow(/20 MB/);
  });
  it("says an empty paste is empty", () => {
    expect(() => fromPaste("  \n")).toThrow(AddDeckError);
  });
});

describe("zip", () => {
  it("reads only the markdown of a repository zip, under its top folder", () => {
    const zip = zipSync({ "repo-main/README.md": md(BANK), "repo-main/src/app.js": md("x"), "repo-main/docs/b.md": md(BANK) });
    const got = readZip("repo-main.zip", zip);
    expect(got.title).toBe("repo");
    expect(got.files.map((f) => f.path).sort()).toEqual(["README.md", "docs/b.md"]);
    expect(got.skipped.join()).toMatch(/1 other file/);
  });
  it("refuses an entry that climbs out of the folder", () => {
    const zip = zipSync({ "../evil.md": md(BANK) });
    expect(() => readZip("evil.zip", zip)).toThrow(/points outside the folder/);
  });
  it("refuses a zip bomb by its expansion ratio", () => {
    const zip = zipSync({ "bomb.md": new Uint8Array(5 * 1024 * 1024).fill(0x61) }, { level: 9 });
    expect(() => readZip("bomb.zip", zip)).toThrow(/zip bomb/);
  });
  it("refuses markdown that expands past the total limit, though each entry is small", () => {
    const files = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`r/${i}.md`, new Uint8Array(900 * 1024).fill(97 + (i % 26))]));
    expect(() => readZip("big.zip", zipSync(files, { level: 1 }))).toThrow(/expands to more than 20 MB/);
  });
  it("says a corrupt zip cannot be read", () => {
    expect(() => readZip("bad.zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(/not a zip that can be read/);
  });
});
