import type { Stats } from "@/lib/stats";
import { ChartSection, tableClass } from "./chart-section";
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
          <table className={tableClass}>
            <caption className="sr-only">Days with reviews, newest first; days not listed had none</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Reviews</th>
                <th scope="col">Time</th>
              </tr>
            </thead>
            <tbody>
              {[...active].reverse().map((d) => (
                <tr key={d.day}>
                  <th scope="row" className="font-normal">
                    <time dateTime={isoDay(d.day)}>{formatWeekday(d.day)}</time>
                  </th>
                  <td>{d.reviews}</td>
                  <td>{formatMinutes(d.ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    />
  );
}
