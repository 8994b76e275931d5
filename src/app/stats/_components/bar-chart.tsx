import type { ReactNode } from "react";

/** One bar: its value, the label under it (or "" for none) and its accessible title. */
export interface Bar {
  key: string | number;
  value: number;
  label: string;
  title: string;
}

const BAR_AREA = 100;
const LABEL_SPACE = 16;
const VALUE_SPACE = 12;

/**
 * Vertical bars drawn as SVG, values printed over non-zero bars. The chart is an image with a
 * one-sentence description; the numbers are in the table its section offers.
 */
export function BarChart({ bars, description, max, overlay }: { bars: Bar[]; description: string; max?: number; overlay?: (scale: (v: number) => number, width: number) => ReactNode }) {
  const top = Math.max(1, max ?? bars.reduce((m, b) => Math.max(m, b.value), 0));
  const width = bars.length * 20;
  const height = VALUE_SPACE + BAR_AREA + LABEL_SPACE;
  const y = (v: number) => VALUE_SPACE + BAR_AREA - (Math.max(0, v) / top) * BAR_AREA;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="w-full" role="img" aria-label={description}>
      <line x1={0} x2={width} y1={y(0)} y2={y(0)} className="stroke-slate-400 dark:stroke-slate-500" strokeWidth={1} />
      {bars.map((b, i) => (
        <g key={b.key}>
          <title>{b.title}</title>
          <rect x={i * 20 + 3} y={y(b.value)} width={14} height={y(0) - y(b.value)} rx={2} className="fill-blue-600 dark:fill-blue-400" />
          {b.value > 0 && (
            <text x={i * 20 + 10} y={y(b.value) - 2} textAnchor="middle" className="fill-slate-800 text-[8px] dark:fill-slate-200">
              {Number.isInteger(b.value) ? b.value : b.value.toFixed(1)}
            </text>
          )}
          {b.label && (
            <text x={i * 20 + 10} y={height - 4} textAnchor="middle" className="fill-slate-700 text-[8px] dark:fill-slate-300">
              {b.label}
            </text>
          )}
        </g>
      ))}
      {overlay?.(y, width)}
    </svg>
  );
}
