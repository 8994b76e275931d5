import { describe, expect, it, vi } from "vitest";
import { togglePlayback } from "@/components/interview/toggle-playback";

function fakeAudio(paused: boolean, play: () => Promise<void>) {
  return { paused, play: vi.fn(play), pause: vi.fn() } as unknown as HTMLAudioElement & { play: ReturnType<typeof vi.fn>; pause: ReturnType<typeof vi.fn> };
}

describe("togglePlayback", () => {
  it("pauses a playing recording and plays a paused one", () => {
    const playing = fakeAudio(false, () => Promise.resolve());
    togglePlayback(playing);
    expect(playing.pause).toHaveBeenCalledOnce();
    expect(playing.play).not.toHaveBeenCalled();
    const paused = fakeAudio(true, () => Promise.resolve());
    togglePlayback(paused);
    expect(paused.play).toHaveBeenCalledOnce();
  });

  it("a pause that interrupts play() is not reported as an error", async () => {
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      togglePlayback(fakeAudio(true, () => Promise.reject(new DOMException("The play() request was interrupted by a call to pause().", "AbortError"))));
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });

  it("any other playback failure still surfaces", async () => {
    const unhandled = vi.fn();
    const listeners = process.listeners("unhandledRejection");
    process.removeAllListeners("unhandledRejection");
    process.on("unhandledRejection", unhandled);
    try {
      togglePlayback(fakeAudio(true, () => Promise.reject(new DOMException("no source", "NotSupportedError"))));
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toHaveBeenCalledOnce();
    } finally {
      process.off("unhandledRejection", unhandled);
      for (const l of listeners) process.on("unhandledRejection", l);
    }
  });
});
