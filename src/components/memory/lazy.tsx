"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { AfterLoad } from "@/components/shell/after-load";

/*
 * The memory-model and interview-date islands load after the page, and only where they are shown:
 * the plan, the optimizer's controls and the simulator are never part of a page's first load.
 */

const InterviewPlanPanelLazy = dynamic(() => import("./interview-plan").then((m) => m.InterviewPlanPanel), { ssr: false });

// The plan reads the progress store (and through it the codec and ts-fsrs): mounted during
// hydration, it pulled them into the home page's first paint. It shows nothing until the store is
// read anyway, so it waits for the page's load and an idle moment, like the count lines.
export const InterviewPlanPanel = (props: ComponentProps<typeof InterviewPlanPanelLazy>) => (
  <AfterLoad>
    <InterviewPlanPanelLazy {...props} />
  </AfterLoad>
);

export const InterviewDateControls = dynamic(() => import("./interview-date-controls").then((m) => m.InterviewDateControls), { ssr: false });

// fsrs-browser is not in this chunk: the optimizer worker (public/vendor/, built by esbuild) loads it
// when the user presses "Optimize my schedule".
export const OptimizerControls = dynamic(() => import("./optimizer-controls").then((m) => m.OptimizerControls), { ssr: false });

export const RetentionSimulator = dynamic(() => import("./retention-simulator").then((m) => m.RetentionSimulator), { ssr: false });
