/// <reference lib="webworker" />
import { readDeck } from "@/lib/content";
import { serveRead } from "@/lib/add-deck/serve-read";

/*
 * The bank reader off the main thread: parsing, sanitizing and rendering a 500 KB README takes
 * longer than a frame, and the page must stay responsive while the user steers. Loaded only by the
 * add-deck page (and a deck's update), through `new Worker(new URL(...))`, so no other route's
 * first load carries the markdown pipeline. The page starts it (and has it read a sample bank) at an
 * idle moment after /add opens, so a dropped file finds the reader loaded and warm.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener("message", (event: MessageEvent<unknown>) => {
  void serveRead(event.data, (input) => readDeck(input), () => performance.now()).then((answer) => answer && scope.postMessage(answer));
});
