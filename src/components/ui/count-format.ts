/**
 * "100,000": a count with its thousands separated by commas, as English writes them. Written out,
 * not Intl.NumberFormat: a page's first Intl formatter loads the locale's data (90–200 ms of a
 * 4×-slowed phone's main thread), and toLocaleString makes a new formatter on every call.
 */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
