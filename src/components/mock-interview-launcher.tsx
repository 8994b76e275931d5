"use client";

import Link from "next/link";
import { useState } from "react";
import type { Selection } from "@/lib/drill/models";
import { drillHref } from "@/lib/drill/selection";
import { MOCK_DEFAULT, MOCK_MAX, MOCK_MIN } from "@/lib/interview/limits";

const COUNTS = Array.from({ length: MOCK_MAX - MOCK_MIN + 1 }, (_, i) => MOCK_MIN + i);

/** "Mock interview" of N questions (3–15, default 6) across the selected topics. */
export function MockInterviewLauncher({ topics }: { topics: Selection["topics"] }) {
  const [count, setCount] = useState(MOCK_DEFAULT);
  return (
    <div className="flex items-center gap-1">
      <label htmlFor="mock-count" className="sr-only">
        Questions in the mock interview
      </label>
      <select
        id="mock-count"
        value={count}
        onChange={(e) => setCount(Number(e.target.value))}
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-950"
      >
        {COUNTS.map((n) => (
          <option key={n} value={n}>
            {n} questions
          </option>
        ))}
      </select>
      <Link
        href={drillHref({ topics, mode: "interview", seed: null, mock: count })}
        title="questions dealt across the topics, weighted toward due and weak cards, with an overall clock"
        className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Mock interview
      </Link>
    </div>
  );
}
