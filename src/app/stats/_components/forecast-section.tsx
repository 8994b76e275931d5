import type { Stats } from "@/lib/stats";
import { BarChart } from "./bar-chart";
import { ChartSection, tableClass } from "./chart-section";
import { formatDay, formatWeekday, isoDay } from "./format";

/** Cards due per day for the next 30 days, and how many are overdue. */
export function ForecastSection({ stats }: { stats: Stats }) {
  const { overdue, days } = stats.forecast;
  const week = days.slice(0, 7).reduce((n, d) => n + d.due, 0);
  const bars = days.map((d, i) => ({
    key: d.day,
    value: d.due,
    label: i === 0 ? "Today" : i % 7 === 0 ? formatDay(d.day) : "",
    title: `${d.due} due on ${formatDay(d.day)}`,
  }));
  return (
    <ChartSection
      title="Coming due"
      summary={
        <p>
          <strong data-testid="overdue">{overdue} overdue</strong> · {days[0]?.due ?? 0} due today · {week} in the next 7 days
        </p>
      }
      chart={<BarChart bars={bars} description={`Cards due per day for the next ${days.length} days: ${week} in the next 7 days.`} />}
      table={
        <table className={tableClass} data-testid="forecast-table">
          <caption className="sr-only">Cards due per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Cards due</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="font-normal">
                Overdue
              </th>
              <td>{overdue}</td>
            </tr>
            {days.map((d, i) => (
              <tr key={d.day}>
                <th scope="row" className="font-normal">
                  <time dateTime={isoDay(d.day)}>{i === 0 ? `Today (${formatWeekday(d.day)})` : formatWeekday(d.day)}</time>
                </th>
                <td>{d.due}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
