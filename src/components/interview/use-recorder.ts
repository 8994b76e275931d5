import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Where the microphone stands: not asked yet, being asked, recording, or not usable (refused,
 * missing, or a browser without MediaRecorder), in which case the interview goes on without it.
 */
export type MicStatus = "idle" | "asking" | "recording" | "refused" | "missing" | "unsupported";

interface Live {
  recorder: MediaRecorder;
  stream: MediaStream;
  chunks: Blob[];
}

const stopTracks = (stream: MediaStream) => stream.getTracks().forEach((t) => t.stop());

/**
 * Records the answer with MediaRecorder. The recording stays in memory as an object URL, which is
 * revoked by `release()` (when the card changes) and on unmount: nothing leaves the browser.
 */
export function useRecorder() {
  const [status, setStatus] = useState<MicStatus>("idle");
  const [recording, setRecording] = useState<{ url: string; blob: Blob } | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const live = useRef<Live | null>(null);
  const wanted = useRef(false);
  const urlRef = useRef<string | null>(null);

  const start = useCallback(async () => {
    wanted.current = true;
    if (typeof navigator === "undefined" || !navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === "undefined") {
      setStatus("unsupported");
      return;
    }
    setStatus("asking");
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      const name = error instanceof DOMException ? error.name : "";
      setStatus(name === "NotFoundError" || name === "NotReadableError" || name === "OverconstrainedError" ? "missing" : "refused");
      setDetail(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      return;
    }
    if (!wanted.current) {
      // Stopped (or typed instead) while the browser was asking: record nothing.
      stopTracks(stream);
      setStatus("idle");
      return;
    }
    const recorder = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => {
      if (e.data.size > 0) chunks.push(e.data);
    };
    recorder.start();
    live.current = { recorder, stream, chunks };
    setStatus("recording");
  }, []);

  /** Stops recording; the recording (if any) becomes playable. */
  const stop = useCallback(
    (keep = true): Promise<Blob | null> => {
      wanted.current = false;
      const current = live.current;
      live.current = null;
      if (!current) {
        setStatus((s) => (s === "asking" || s === "recording" ? "idle" : s));
        return Promise.resolve(null);
      }
      return new Promise((resolve) => {
        current.recorder.onstop = () => {
          stopTracks(current.stream);
          setStatus("idle");
          if (!keep || current.chunks.length === 0) return resolve(null);
          const blob = new Blob(current.chunks, { type: current.recorder.mimeType || "audio/webm" });
          const url = URL.createObjectURL(blob);
          urlRef.current = url;
          setRecording({ url, blob });
          resolve(blob);
        };
        current.recorder.stop();
      });
    },
    [],
  );

  /** Forgets the recording: its memory is released. The microphone status is kept. */
  const release = useCallback(() => {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = null;
    setRecording(null);
  }, []);

  useEffect(
    () => () => {
      wanted.current = false;
      if (live.current) {
        live.current.recorder.onstop = null;
        if (live.current.recorder.state !== "inactive") live.current.recorder.stop();
        stopTracks(live.current.stream);
      }
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );

  return { status, recording, detail, start, stop, release };
}
