"use client";

import dynamic from "next/dynamic";

/*
 * The memory-model and interview-date islands load after the page, and only where they are shown:
 * the plan, the optimizer's controls and the simulator are never part of a page's first load.
 */

export const InterviewPlanPanel = dynamic(() => import("./interview-plan").then((m) => m.InterviewPlanPanel), { ssr: false });

export const InterviewDateControls = dynamic(() => import("./interview-date-controls").then((m) => m.InterviewDateControls), { ssr: false });

// The optimizer's controls (./optimizer-controls.tsx) are not mounted yet: with fsrs-browser in the
// bundle, `next build` (Turbopack) hung twice on this machine; see the branch report.

export const RetentionSimulator = dynamic(() => import("./retention-simulator").then((m) => m.RetentionSimulator), { ssr: false });
