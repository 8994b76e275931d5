"use client";

import dynamic from "next/dynamic";
import { BackupsPlaceholder, DataPlaceholder, FieldPlaceholder, InterviewPlaceholder } from "@/components/settings/settings-placeholders";

/*
 * The islands of /settings that read what this browser stored (the progress store; interview
 * settings and recordings, checked with zod). The page itself (headings, explanations,
 * labels, the sections' layout) is static HTML, so its largest paint never waits for the store;
 * these load after the page, in one chunk, each showing a same-sized placeholder until then.
 */

export const ReviewField = dynamic(() => import("@/components/settings/settings-review-field").then((m) => m.ReviewField), { ssr: false, loading: FieldPlaceholder });

export const DataControls = dynamic(() => import("@/components/settings/settings-data").then((m) => m.DataControls), { ssr: false, loading: DataPlaceholder });

export const BackupList = dynamic(() => import("@/components/settings/settings-backups").then((m) => m.BackupList), { ssr: false, loading: BackupsPlaceholder });

export const InterviewControls = dynamic(() => import("@/components/settings/settings-interview").then((m) => m.InterviewControls), { ssr: false, loading: InterviewPlaceholder });

export const DeckExport = dynamic(() => import("@/components/settings/settings-deck-export").then((m) => m.DeckExport), { ssr: false, loading: () => <p className="min-h-11 text-sm">Looking for your decks…</p> });
