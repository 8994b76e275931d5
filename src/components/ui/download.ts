/** Offers `text` as a file download named `name`. */
export function downloadText(name: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** Offers the exact value stored under `key` as a download; false when it cannot be read. */
export function downloadStored(key: string): boolean {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    raw = null;
  }
  if (raw === null) return false;
  downloadText(`${key.replaceAll(":", "-")}.json`, raw);
  return true;
}
