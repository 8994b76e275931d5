"use client";

import dynamic from "next/dynamic";

/*
 * The memory-model and interview-date islands load after the page, and only where they are shown:
 * the plan, the optimizer's controls and the simulator are never part of a page's first load.
 */

export const InterviewPlanPanel = dynamic(() => import("./interview-plan").then((m) => m.InterviewPlanPanel), { ssr: false });

export const InterviewDateControls = dynamic(() => import("./interview-date-controls").then((m) => m.InterviewDateControls), { ssr: false });

// fsrs-browser is not in this chunk: the optimizer worker (public/vendor/, built by esbuild) loads it
// when the user presses "Optimize my schedule".
export const OptimizerControls = dynamic(() => import("./optimizer-controls").then((m) => m.OptimizerControls), { ssr: false });

export const RetentionSimulator = dynamic(() => import("./retention-simulator").then((m) => m.RetentionSimulator), { ssr: false });
