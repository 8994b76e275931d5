import type { Stats } from "@/lib/stats";
import { ChartSection } from "./chart-section";
import { DataTable } from "./data-table";
import { formatMinutes, formatWeekday, isoDay } from "./format";
import { Heatmap } from "./heatmap";

/** The last year's reviews as a calendar heatmap; as a table, the days that had reviews. */
export function ActivitySection({ stats }: { stats: Stats }) {
  const active = stats.calendar.filter((d) => d.reviews > 0);
  const total = active.reduce((n, d) => n + d.reviews, 0);
  return (
    <ChartSection
      title="Reviews in the last year"
      summary={`${total} reviews on ${active.length} of the last ${stats.calendar.length} days.`}
      chart={<Heatmap days={stats.calendar} />}
      table={
        active.length === 0 ? (
          <p>No reviews in the last year.</p>
        ) : (
          <DataTable
            caption="Days with reviews, newest first; days not listed had none"
            columns={["Day", "Reviews", "Time"]}
            rows={[...active].reverse().map((d) => ({
              key: d.day,
              head: <time dateTime={isoDay(d.day)}>{formatWeekday(d.day)}</time>,
              cells: [d.reviews, formatMinutes(d.ms)],
            }))}
          />
        )
      }
    />
  );
}
