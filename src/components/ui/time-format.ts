/** "0:07", "12:34": time on a card or in a session. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** "in 10 minutes", "in 3 days", "now": when something is due, relative to `now`. */
export function formatWhen(at: number, now: number): string {
  const diff = at - now;
  if (diff <= 60_000) return "now";
  const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const minutes = Math.round(diff / 60_000);
  if (minutes < 60) return rtf.format(minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (hours < 24) return rtf.format(hours, "hour");
  const days = Math.round(hours / 24);
  if (days < 60) return rtf.format(days, "day");
  return rtf.format(Math.round(days / 30), "month");
}
