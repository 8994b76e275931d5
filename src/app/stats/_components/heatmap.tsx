"use client";

import { type KeyboardEvent, useRef, useState } from "react";
import type { CalendarDay } from "@/lib/stats";
import { formatDay, reviewsOn } from "./format";

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;
const TOP = 14; // month labels
const LEFT = 26; // weekday labels
const ROWS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
// Light and dark fills per level (0 = no reviews); the legend and the table carry the numbers.
const LEVELS = [
  "fill-slate-200 dark:fill-slate-800",
  "fill-emerald-200 dark:fill-emerald-900",
  "fill-emerald-400 dark:fill-emerald-700",
  "fill-emerald-600 dark:fill-emerald-500",
  "fill-emerald-800 dark:fill-emerald-300",
];

/** Monday = 0 … Sunday = 6 for a study-day number (day 0, 1970-01-01, was a Thursday). */
const weekdayOf = (day: number) => (day + 3) % 7;

function level(reviews: number, max: number): number {
  return reviews === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((4 * reviews) / max));
}

/**
 * The last year as a grid of days, a column per week, a row per weekday. One tab stop: arrows move
 * a day (up, down) or a week (left, right), Home and End go to the first day and today. Each day is
 * labelled "12 reviews on 3 Nov", and the focused or hovered one is repeated below the grid.
 */
export function Heatmap({ days }: { days: CalendarDay[] }) {
  const [active, setActive] = useState(days.length - 1);
  const svgRef = useRef<SVGSVGElement>(null);
  const first = days[0];
  if (!first) return null;
  const offset = weekdayOf(first.day);
  const columns = Math.ceil((days.length + offset) / 7);
  const max = days.reduce((m, d) => Math.max(m, d.reviews), 0);
  const position = (i: number) => ({ col: Math.floor((i + offset) / 7), row: (i + offset) % 7 });

  const move = (to: number) => {
    const next = Math.min(days.length - 1, Math.max(0, to));
    setActive(next);
    svgRef.current?.querySelector<SVGElement>(`[data-index="${next}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const delta: Record<string, number> = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7 };
    if (e.key in delta) move(active + (delta[e.key] ?? 0));
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(days.length - 1);
    else return;
    e.preventDefault();
  };

  const months: { col: number; label: string }[] = [];
  days.forEach((d, i) => {
    if (new Date(d.day * 86_400_000).getUTCDate() === 1) months.push({ col: position(i).col, label: formatDay(d.day).split(" ")[1] ?? "" });
  });
  const current = days[active];

  return (
    <div className="space-y-2">
      {/* On a narrow screen the year scrolls sideways from today's end: a reversed row starts
          scrolled there, with no script measuring the page (which cost a forced layout on load). */}
      <div className="flex flex-row-reverse overflow-x-auto">
      <svg ref={svgRef} viewBox={`0 0 ${LEFT + columns * STEP} ${TOP + 7 * STEP}`} className="w-full min-w-[34rem]" role="grid" aria-label="Reviews per day, last 365 days" onKeyDown={onKeyDown}>
        <g aria-hidden="true" className="fill-slate-700 text-[9px] dark:fill-slate-300">
          {months.map((m) => (
            <text key={`${m.col}-${m.label}`} x={LEFT + m.col * STEP} y={TOP - 4}>
              {m.label}
            </text>
          ))}
          {[0, 2, 4].map((r) => (
            <text key={r} x={0} y={TOP + r * STEP + CELL - 2}>
              {ROWS[r]}
            </text>
          ))}
        </g>
        {ROWS.map((name, row) => (
          <g role="row" key={name}>
            {days.map((d, i) => {
              const p = position(i);
              if (p.row !== row) return null;
              return (
                <rect
                  key={d.day}
                  role="gridcell"
                  data-index={i}
                  data-day={d.day}
                  aria-label={reviewsOn(d.reviews, d.day)}
                  aria-selected={i === active}
                  tabIndex={i === active ? 0 : -1}
                  x={LEFT + p.col * STEP}
                  y={TOP + row * STEP}
                  width={CELL}
                  height={CELL}
                  rx={2}
                  className={`${LEVELS[level(d.reviews, max)]} outline-none focus-visible:stroke-blue-700 focus-visible:stroke-2 dark:focus-visible:stroke-blue-300`}
                  onFocus={() => setActive(i)}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => move(i)}
                />
              );
            })}
          </g>
        ))}
      </svg>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700 dark:text-slate-300">
        <p data-testid="heatmap-active">{current ? reviewsOn(current.reviews, current.day) : ""}</p>
        <p className="flex items-center gap-1" aria-hidden="true">
          Less
          <svg viewBox={`0 0 ${5 * STEP} ${CELL}`} className="h-3 w-16">
            {LEVELS.map((cls, i) => (
              <rect key={cls} x={i * STEP} y={0} width={CELL} height={CELL} rx={2} className={cls} />
            ))}
          </svg>
          More
        </p>
      </div>
    </div>
  );
}
