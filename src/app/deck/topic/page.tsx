import type { Metadata } from "next";
import { Suspense } from "react";
import { UserTopicPage } from "@/components/decks/user-topic-page";

export const metadata: Metadata = {
  title: "Your deck's topic",
  description: "A topic of a deck you added in this browser, with its questions and answers.",
};

/** A static shell: the deck and topic (`?d=…&t=…`) are read from this browser's storage, after load. */
export default function UserTopicRoute() {
  return (
    <Suspense fallback={<p className="py-16 text-center text-slate-600 dark:text-slate-400">Loading the topic…</p>}>
      <UserTopicPage />
    </Suspense>
  );
}
