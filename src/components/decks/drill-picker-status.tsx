"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { DECK_TOPICS_FIELD } from "@/lib/deck/user-deck-routes";
import { drillHref, parseSelection } from "@/lib/drill/selection";

const TOPIC_BOXES = 'input[type="checkbox"][name="topics"]';
/** The picker's submit buttons: one per drill mode. */
const MODE_BUTTONS = 'button[type="submit"][name="mode"]';

/** The canonical drill URL the form would submit with this button (`topics=a,b&mode=…`). */
function drillUrl(form: HTMLFormElement, submitter: HTMLElement | null): string {
  const fields = [...new FormData(form, submitter)].map(([name, value]): [string, string] => [name, String(value)]);
  // A user deck's form names its topics: with none ticked, "all" means those, not the build's.
  const deckTopics = fields.find(([name]) => name === DECK_TOPICS_FIELD)?.[1];
  if (deckTopics && !fields.some(([name]) => name === "topics")) fields.push(["topics", deckTopics]);
  return drillHref(parseSelection(new URLSearchParams(fields)));
}

/**
 * The picker form's live part. The form works without JavaScript (a GET to /drill, "all topics" or
 * "the ticked topics" switched by CSS); once this runs it says how many topics are ticked, "Clear"
 * unticks the topics only (a plain reset would also reset the question count), a mode button
 * navigates in the page to the same drill URL a link would use, and pointing at or focusing a mode
 * button prefetches that drill.
 */
export function DrillPickerStatus() {
  const ref = useRef<HTMLElement>(null);
  const router = useRouter();
  const [ticked, setTicked] = useState<number | null>(null);

  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const count = () => setTicked(form.querySelectorAll(`${TOPIC_BOXES}:checked`).length);
    const onReset = (e: Event) => {
      e.preventDefault();
      form.querySelectorAll<HTMLInputElement>(TOPIC_BOXES).forEach((box) => {
        box.checked = false;
      });
      count();
    };
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      router.push(drillUrl(form, e.submitter));
    };
    const prefetched = new Set<string>();
    const onIntent = (e: Event) => {
      const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>(MODE_BUTTONS) : null;
      const url = button ? drillUrl(form, button) : null;
      if (!url || prefetched.has(url)) return;
      prefetched.add(url);
      router.prefetch(url);
    };
    count(); // boxes ticked before this script ran count too
    form.addEventListener("change", count);
    form.addEventListener("reset", onReset);
    form.addEventListener("submit", onSubmit);
    form.addEventListener("pointerover", onIntent);
    form.addEventListener("focusin", onIntent);
    return () => {
      form.removeEventListener("change", count);
      form.removeEventListener("reset", onReset);
      form.removeEventListener("submit", onSubmit);
      form.removeEventListener("pointerover", onIntent);
      form.removeEventListener("focusin", onIntent);
    };
  }, [router]);

  if (ticked === null) {
    // Before (or without) JavaScript: the form's CSS shows whichever is true.
    return (
      <span ref={ref}>
        Drill <strong className="group-has-[[name=topics]:checked]/picker:hidden">all topics</strong>
        <strong className="hidden group-has-[[name=topics]:checked]/picker:inline">the ticked topics</strong>
      </span>
    );
  }
  return (
    <span ref={ref}>
      Drill <strong>{ticked === 0 ? "all topics" : `${ticked} selected topic${ticked === 1 ? "" : "s"}`}</strong>
    </span>
  );
}
