import type { Stats } from "@/lib/stats";
import { BarChart } from "./bar-chart";
import { ChartSection } from "./chart-section";
import { DataTable } from "./data-table";
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
        <DataTable
          caption="Cards due per day"
          columns={["Day", "Cards due"]}
          testId="forecast-table"
          rows={[
            { key: "overdue", head: "Overdue", cells: [overdue] },
            ...days.map((d, i) => ({
              key: d.day,
              head: <time dateTime={isoDay(d.day)}>{i === 0 ? `Today (${formatWeekday(d.day)})` : formatWeekday(d.day)}</time>,
              cells: [d.due],
            })),
          ]}
        />
      }
    />
  );
}
