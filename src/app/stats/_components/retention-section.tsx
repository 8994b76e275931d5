import type { Stats } from "@/lib/stats";
import { BarChart } from "./bar-chart";
import { ChartSection } from "./chart-section";
import { DataTable } from "./data-table";
import { formatDay, formatPercent } from "./format";

/** True retention per week (12 weeks) next to the desired retention, as Anki's table shows it. */
export function RetentionSection({ stats }: { stats: Stats }) {
  const weeks = [...stats.weeks].reverse(); // oldest first, left to right
  const reviews = stats.weeks.reduce((n, w) => n + w.reviews, 0);
  const passed = stats.weeks.reduce((n, w) => n + w.passed, 0);
  const overall = reviews === 0 ? null : passed / reviews;
  const desired = stats.desiredRetention;
  const bars = weeks.map((w, i) => ({
    key: w.from,
    value: w.rate === null ? 0 : Math.round(w.rate * 100),
    label: i === weeks.length - 1 ? "This week" : i % 3 === 0 ? formatDay(w.from) : "",
    title: `Week of ${formatDay(w.from)}: ${formatPercent(w.rate)} of ${w.reviews} reviews`,
  }));
  return (
    <ChartSection
      title="True retention"
      summary={
        <p>
          Reviews of cards in review phase not graded Again: <strong>{formatPercent(overall)}</strong> over 12 weeks ({reviews} reviews), against a
          desired retention of <strong>{formatPercent(desired)}</strong>.
        </p>
      }
      chart={
        <BarChart
          bars={bars}
          max={100}
          description={`True retention per week for 12 weeks, ${formatPercent(overall)} overall, desired ${formatPercent(desired)}.`}
          overlay={(y, width) => (
            <line x1={0} x2={width} y1={y(desired * 100)} y2={y(desired * 100)} strokeDasharray="4 3" strokeWidth={1} className="stroke-amber-600 dark:stroke-amber-400" />
          )}
        />
      }
      table={
        <DataTable
          caption="True retention per week, newest first"
          columns={["Week", "Reviews", "Passed", "True retention", "Desired"]}
          rows={stats.weeks.map((w) => ({
            key: w.from,
            head: `${formatDay(w.from)} – ${formatDay(w.to)}`,
            cells: [w.reviews, w.passed, formatPercent(w.rate), formatPercent(desired)],
          }))}
        />
      }
    />
  );
}
