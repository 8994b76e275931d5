import type { ReactNode } from "react";

/** One bar: its value, the label under it (or "" for none) and its accessible title. */
export interface Bar {
  key: string | number;
  value: number;
  label: string;
  title: string;
}

// A fixed drawing size: the SVG scales to the width, so text keeps one size whatever the bar count.
const WIDTH = 640;
const BAR_AREA = 120;
const LABEL_SPACE = 20;
const VALUE_SPACE = 16;
const HEIGHT = VALUE_SPACE + BAR_AREA + LABEL_SPACE;

/**
 * Vertical bars drawn as SVG, values printed over non-zero bars. The chart is an image with a
 * one-sentence description; the numbers are in the table its section offers.
 */
export function BarChart({ bars, description, max, overlay }: { bars: Bar[]; description: string; max?: number; overlay?: (scale: (v: number) => number, width: number) => ReactNode }) {
  const top = Math.max(1, max ?? bars.reduce((m, b) => Math.max(m, b.value), 0));
  const slot = WIDTH / Math.max(1, bars.length);
  const barWidth = Math.min(32, slot * 0.7);
  const y = (v: number) => VALUE_SPACE + BAR_AREA - (Math.max(0, v) / top) * BAR_AREA;
  const anchor = (i: number) => (i === 0 ? "start" : i === bars.length - 1 ? "end" : "middle");
  const labelX = (i: number) => (i === 0 ? i * slot + (slot - barWidth) / 2 : i === bars.length - 1 ? (i + 1) * slot - (slot - barWidth) / 2 : (i + 0.5) * slot);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full" role="img" aria-label={description}>
      <line x1={0} x2={WIDTH} y1={y(0)} y2={y(0)} className="stroke-slate-400 dark:stroke-slate-500" strokeWidth={1} />
      {bars.map((b, i) => (
        <g key={b.key}>
          <title>{b.title}</title>
          <rect x={i * slot + (slot - barWidth) / 2} y={y(b.value)} width={barWidth} height={y(0) - y(b.value)} rx={2} className="fill-blue-600 dark:fill-blue-400" />
          {b.value > 0 && (
            <text x={(i + 0.5) * slot} y={y(b.value) - 4} textAnchor="middle" className="fill-slate-800 text-[11px] dark:fill-slate-200">
              {b.value}
            </text>
          )}
          {b.label && (
            <text x={labelX(i)} y={HEIGHT - 5} textAnchor={anchor(i)} className="fill-slate-700 text-[11px] dark:fill-slate-300">
              {b.label}
            </text>
          )}
        </g>
      ))}
      {overlay?.(y, WIDTH)}
    </svg>
  );
}
