import { readCardIds } from "@/lib/deck/card-ids";

describe("readCardIds", () => {
  it("reads a list of ids", () => {
    expect(readCardIds(["django/admin/a", "django/orm/b"])).toEqual(["django/admin/a", "django/orm/b"]);
    expect(readCardIds([])).toEqual([]);
  });

  it.each([[null], [{}], ["django/admin/a"], [["django/admin/a", 3]], [[null]]])("refuses what is not a list of strings: %j", (value) => {
    expect(readCardIds(value)).toBeNull();
  });
});
