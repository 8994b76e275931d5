"use client";

import { type RefObject, useState } from "react";
import { formatClock } from "@/components/ui/time-format";
import { togglePlayback } from "./toggle-playback";

const RATES = [1, 1.5] as const;
const BUTTON = "min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-sm font-semibold hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

/**
 * The recorded answer: play/pause (P) and 1× / 1.5× speed. Chromium's MediaRecorder files carry no
 * duration until read to the end, so on load the player seeks far ahead once to learn it.
 */
export function AttemptPlayer({ url, audioRef }: { url: string; audioRef: RefObject<HTMLAudioElement | null> }) {
  const [playing, setPlaying] = useState(false);
  const [rate, setRate] = useState<(typeof RATES)[number]>(1);
  const [duration, setDuration] = useState<number | null>(null);
  const [position, setPosition] = useState(0);
  return (
    <div className="space-y-2">
      <audio
        ref={audioRef}
        src={url}
        preload="metadata"
        data-testid="attempt-audio"
        onLoadedMetadata={(e) => {
          const a = e.currentTarget;
          if (Number.isFinite(a.duration)) setDuration(a.duration);
          else a.currentTime = Number.MAX_SAFE_INTEGER;
        }}
        onDurationChange={(e) => {
          const a = e.currentTarget;
          if (Number.isFinite(a.duration) && duration === null) {
            setDuration(a.duration);
            a.currentTime = 0;
          }
        }}
        onTimeUpdate={(e) => setPosition(e.currentTarget.currentTime)}
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
      />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-keyshortcuts="P"
          onClick={() => {
            if (audioRef.current) togglePlayback(audioRef.current);
          }}
          className={BUTTON}
        >
          {playing ? "Pause" : "Play your answer"} <kbd className="text-xs opacity-80">P</kbd>
        </button>
        <div role="group" aria-label="Playback speed" className="flex gap-1">
          {RATES.map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={rate === r}
              onClick={() => {
                setRate(r);
                if (audioRef.current) audioRef.current.playbackRate = r;
              }}
              className={`${BUTTON} aria-pressed:bg-slate-900 aria-pressed:text-white dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900`}
            >
              {r}×
            </button>
          ))}
        </div>
        <span className="text-sm tabular-nums text-slate-700 dark:text-slate-300">
          {formatClock(Math.min(position, duration ?? position) * 1000)}
          {duration !== null && ` / ${formatClock(duration * 1000)}`}
        </span>
      </div>
    </div>
  );
}
