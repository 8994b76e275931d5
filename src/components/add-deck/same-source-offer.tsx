"use client";

import { useEffect, useState } from "react";
import { sameSourceDeck } from "@/lib/add-deck/update";
import type { UserDeckRecord, UserDeckSummary } from "@/lib/deck/user-deck";
import { getUserDeck, listUserDecks } from "@/lib/deck/user-decks-db";
import { panel, secondaryButton } from "./styles";

/**
 * Re-adding a source that is already saved (same link or catalogue bank, or same title) offers to
 * update that deck, which keeps its card ids and so its progress, rather than quietly making a copy.
 */
export function SameSourceOffer({ source, title, onUpdate }: { source: { url?: string | undefined }; title: string; onUpdate: (record: UserDeckRecord) => void }) {
  const [match, setMatch] = useState<UserDeckSummary | null>(null);
  const [failed, setFailed] = useState(false);
  const url = source.url;

  useEffect(() => {
    let live = true;
    void listUserDecks().then(
      ({ decks }) => live && setMatch(sameSourceDeck(decks, url === undefined ? {} : { url }, title)),
      () => undefined, // no list, no offer: adding a new deck still works
    );
    return () => {
      live = false;
    };
  }, [url, title]);

  if (!match) return null;
  const take = () =>
    void getUserDeck(match.slug).then((record) => (record ? onUpdate(record) : setFailed(true)), () => setFailed(true));
  return (
    <section aria-labelledby="same-source" className={panel} data-testid="same-source">
      <h2 id="same-source" className="text-lg font-semibold">Already saved?</h2>
      <p>
        <strong>{match.title}</strong> looks like this source. Update it to keep your progress on every card that did not change, or save this as a new deck.
      </p>
      <button type="button" className={secondaryButton} onClick={take}>Update {match.title}</button>
      {failed ? <p role="alert">That deck could not be read; save this as a new deck, or remove the damaged one from its page.</p> : null}
    </section>
  );
}
