/**
 * Main-thread long tasks in a page under bench (issues 23 and 24): an init script that records every
 * long task (PerformanceObserver "longtask", over 50 ms) and the first `change` event (a file given
 * to an input), and the summary of the tasks in a window. Each bench adds its own markers beside it.
 */
export const LONG_TASK_PROBE = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
  addEventListener("change", () => (window.__changeAt ??= performance.now()), true);
};

const r0 = (n) => Math.round(n);

/** The tasks that overlap [from, to], as a count, the longest and each one's length (ms). */
export function longTasksWithin(tasks, from, to) {
  const during = tasks.filter((t) => t.start + t.ms >= from && t.start <= to);
  return { longTasks: during.length, longestTaskMs: r0(Math.max(0, ...during.map((t) => t.ms))), tasksMs: during.map((t) => r0(t.ms)) };
}
