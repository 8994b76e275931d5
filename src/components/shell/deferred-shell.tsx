"use client";

import { usePathname } from "next/navigation";
import { AfterLoad } from "@/components/shell/after-load";
import { ProgressProvider, UpdatePrompt } from "@/components/shell/lazy";

/**
 * The layout's invisible islands: reading stored progress (and its notices) and the service
 * worker's registration and update prompt. They start once the page has loaded and is idle, so a
 * page paints and hydrates first; the drill reads stored progress at once, since grading needs it.
 */
export function DeferredShell() {
  const drill = usePathname() === "/drill";
  return (
    <AfterLoad now={drill}>
      <ProgressProvider />
      <UpdatePrompt />
    </AfterLoad>
  );
}
