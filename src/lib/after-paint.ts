/**
 * Runs `run` once, after the next frame is painted: work a key press causes but the next frame
 * does not need (a save, fetching the card after the next) stays out of the time from the key to
 * the painted answer. React flushes a discrete event's effects before the browser paints, so an
 * effect that starts such work must defer it through this. A hidden tab paints no frames: a timer
 * backs the frame up, and `run` runs once, whichever comes first. Returns a cancel.
 */
export function afterPaint(run: () => void, fallbackMs = 250): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  const timers: ReturnType<typeof setTimeout>[] = [];
  let frame: number | null = null;
  if (typeof requestAnimationFrame === "function") frame = requestAnimationFrame(() => timers.push(setTimeout(once, 0)));
  timers.push(setTimeout(once, fallbackMs));
  return () => {
    done = true;
    if (frame !== null && typeof cancelAnimationFrame === "function") cancelAnimationFrame(frame);
    for (const t of timers) clearTimeout(t);
  };
}
