"use client";

import Link from "next/link";
import { type ComponentProps, useState } from "react";

/**
 * A `Link` that prefetches its page when someone shows intent (pointer over it, keyboard focus,
 * a touch starting on it) instead of as soon as it is on screen: a page load then downloads and
 * parses no other page's payload and code. The pattern of Next.js's prefetching guide
 * ("Hover-triggered prefetch"), with focus and touch added.
 */
export function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof Link>) {
  const [wanted, setWanted] = useState(false);
  return (
    <Link
      {...props}
      prefetch={wanted ? null : false}
      onMouseEnter={(e) => {
        setWanted(true);
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        setWanted(true);
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        setWanted(true);
        onTouchStart?.(e);
      }}
    />
  );
}
