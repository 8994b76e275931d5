import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay, formatWeekday, reviewsOn } from "@/app/stats/_components/format";
import { formatCount } from "@/components/ui/count-format";

const DAY_MS = 86_400_000;
// The labels' oracle: what Intl says in British English (which writes September "Sept").
const intlDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const intlWeekday = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "UTC" });
const british = (day: number) => intlDay.format(new Date(day * DAY_MS)).replace("Sept", "Sep");

describe("the stats page's day labels", () => {
  it("name every day of a leap year as Intl does, day then month", () => {
    const start = Date.UTC(2028, 0, 1) / DAY_MS;
    for (let day = start; day < start + 366; day++) {
      expect(formatDay(day)).toBe(british(day));
      expect(formatWeekday(day)).toBe(`${intlWeekday.format(new Date(day * DAY_MS))} ${british(day)}`);
    }
    expect(formatDay(Date.UTC(2028, 1, 29) / DAY_MS)).toBe("29 Feb");
    expect(formatWeekday(Date.UTC(2026, 10, 3) / DAY_MS)).toBe("Tue 3 Nov");
  });

  it("label a heatmap cell in words", () => {
    const day = Date.UTC(2026, 11, 7) / DAY_MS;
    expect(reviewsOn(1, day)).toBe("1 review on 7 Dec");
    expect(reviewsOn(12, day)).toBe("12 reviews on 7 Dec");
  });
});

describe("counts", () => {
  it("separate thousands with commas, as English does", () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString("en"));
      }),
    );
    expect(formatCount(100_000)).toBe("100,000");
    expect(formatCount(999)).toBe("999");
  });
});
