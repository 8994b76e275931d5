import { useCallback, useSyncExternalStore } from "react";
import { DEFAULT_INTERVIEW_SETTINGS, INTERVIEW_SETTINGS_KEY, type InterviewSettings, parseInterviewSettings, serializeInterviewSettings } from "@/lib/interview";

const CHANGE = "prepdeck:interview-settings";

function read(): string | null {
  try {
    return window.localStorage.getItem(INTERVIEW_SETTINGS_KEY);
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void) {
  const onStorage = (e: StorageEvent) => {
    if (e.key === INTERVIEW_SETTINGS_KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE, onChange);
  };
}

/**
 * Interview settings, in this browser's localStorage (like the recordings they govern). Other tabs
 * follow through the `storage` event. `update` returns false when the browser refused the write.
 */
export function useInterviewSettings(): { settings: InterviewSettings; update: (patch: Partial<InterviewSettings>) => boolean } {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const settings = raw === null ? DEFAULT_INTERVIEW_SETTINGS : parseInterviewSettings(raw);
  const update = useCallback(
    (patch: Partial<InterviewSettings>) => {
      try {
        window.localStorage.setItem(INTERVIEW_SETTINGS_KEY, serializeInterviewSettings({ ...parseInterviewSettings(read()), ...patch }));
        window.dispatchEvent(new Event(CHANGE));
        return true;
      } catch {
        return false;
      }
    },
    [],
  );
  return { settings, update };
}
