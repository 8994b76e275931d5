"use client";

import { type ReactNode, useRef } from "react";

interface FlipCardProps {
  flipped: boolean;
  front: ReactNode;
  back: ReactNode;
  onFlip: () => void;
  /** Pointer swipe on the card (after flipping): left or right. */
  onSwipe?: (direction: "left" | "right") => void;
}

const FACE = "rounded-2xl border border-slate-200 bg-white p-5 shadow-sm [backface-visibility:hidden] sm:p-8 dark:border-slate-700 dark:bg-slate-900";

/**
 * A card with two faces and a 3D flip (300 ms; instant with reduced motion). The face that is not
 * showing is `inert` and hidden from assistive technology, and it leaves the layout so the card is
 * as tall as the side being read.
 */
export function FlipCard({ flipped, front, back, onFlip, onSwipe }: FlipCardProps) {
  const startX = useRef<number | null>(null);
  return (
    <div
      className="[perspective:1600px]"
      onPointerDown={(e) => {
        startX.current = e.clientX;
      }}
      onPointerUp={(e) => {
        if (startX.current === null) return;
        const dx = e.clientX - startX.current;
        startX.current = null;
        if (Math.abs(dx) > 60 && flipped && onSwipe) onSwipe(dx > 0 ? "right" : "left");
      }}
    >
      <div
        data-testid="flip-card"
        data-flipped={flipped}
        className={`relative transition-transform duration-300 ease-out [transform-style:preserve-3d] motion-reduce:transition-none ${flipped ? "[transform:rotateY(180deg)]" : ""}`}
      >
        <section
          aria-label="Question"
          aria-hidden={flipped}
          inert={flipped}
          onClick={() => !flipped && onFlip()}
          className={`${FACE} ${flipped ? "absolute inset-x-0 top-0" : "relative"} flex min-h-64 cursor-pointer flex-col`}
        >
          {front}
        </section>
        <section
          aria-label="Answer"
          aria-hidden={!flipped}
          inert={!flipped}
          className={`${FACE} ${flipped ? "relative" : "absolute inset-x-0 top-0 max-h-full overflow-hidden"} min-h-64 [transform:rotateY(180deg)]`}
        >
          {back}
        </section>
      </div>
    </div>
  );
}
