/**
 * Plays a paused recording or pauses a playing one. A pause that lands before
 * play() has started rejects play()'s promise with an AbortError: that is the
 * user's own choice, not a failure, so it is not reported.
 */
export function togglePlayback(audio: HTMLAudioElement): void {
  if (!audio.paused) {
    audio.pause();
    return;
  }
  audio.play().catch((err: unknown) => {
    if (err instanceof DOMException && err.name === "AbortError") return;
    throw err;
  });
}
