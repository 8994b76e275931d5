import type { PlanDay } from "@/lib/plan";

const WIDTH = 640;
const HEIGHT = 140;
const TOP = 14;
const BOTTOM = 18;

function dayLabel(t: number): string {
  return new Date(t).toLocaleDateString(undefined, { month: "short", day: "numeric" });
}

/**
 * The plan's minutes per day as SVG bars (final-review days darker), the user's minutes as a line.
 * An image with a one-sentence description; the same numbers are in the table beside it.
 */
export function LoadChart({ days, minutesPerDay }: { days: PlanDay[]; minutesPerDay: number }) {
  const top = Math.max(minutesPerDay, ...days.map((d) => d.minutes), 1);
  const slot = WIDTH / Math.max(1, days.length);
  const bar = Math.max(1, Math.min(24, slot * 0.75));
  const y = (v: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - v / top);
  const peak = days.reduce((m, d) => Math.max(m, d.minutes), 0);
  const description = `Daily study the plan needs over ${days.length} days: up to ${Math.ceil(peak)} minutes a day, against your ${minutesPerDay}.`;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full" role="img" aria-label={description}>
      {days.map((d, i) => (
        <rect key={d.start} x={i * slot + (slot - bar) / 2} y={y(d.minutes)} width={bar} height={y(0) - y(d.minutes)} rx={1} className={d.final ? "fill-amber-600 dark:fill-amber-400" : "fill-blue-600 dark:fill-blue-400"}>
          <title>{`${dayLabel(d.start)}: ${d.reviews} reviews, ${Math.ceil(d.minutes)} min${d.final ? " (final review)" : ""}`}</title>
        </rect>
      ))}
      <line x1={0} x2={WIDTH} y1={y(minutesPerDay)} y2={y(minutesPerDay)} strokeDasharray="6 4" strokeWidth={1.5} className="stroke-slate-700 dark:stroke-slate-200" />
      <text x={WIDTH - 4} y={y(minutesPerDay) - 4} textAnchor="end" className="fill-slate-800 text-[11px] dark:fill-slate-200">
        your {minutesPerDay} min
      </text>
      <text x={2} y={HEIGHT - 4} className="fill-slate-700 text-[11px] dark:fill-slate-300">
        {days[0] ? "today" : ""}
      </text>
      <text x={WIDTH - 2} y={HEIGHT - 4} textAnchor="end" className="fill-slate-700 text-[11px] dark:fill-slate-300">
        {days.at(-1) ? dayLabel(days.at(-1)?.start ?? 0) : ""}
      </text>
    </svg>
  );
}

/** The chart's numbers, one row a day. */
export function LoadTable({ days }: { days: PlanDay[] }) {
  return (
    <table className="mt-2 w-full text-left text-sm">
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Reviews</th>
          <th scope="col">Minutes</th>
        </tr>
      </thead>
      <tbody>
        {days.map((d, i) => (
          <tr key={d.start}>
            <th scope="row" className="font-normal">
              {i === 0 ? "Today" : dayLabel(d.start)}
              {d.final ? " (final review)" : ""}
            </th>
            <td className="tabular-nums">{d.reviews}</td>
            <td className="tabular-nums">{Math.ceil(d.minutes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
