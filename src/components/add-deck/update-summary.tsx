import { progressNote, updateSummary } from "@/lib/add-deck/update";
import type { DeckDiff } from "@/lib/deck/user-deck";
import { panel } from "./styles";

/** What saving this update will do to the saved deck, said before Save. */
export function UpdateSummary({ title, diff }: { title: string; diff: DeckDiff }) {
  return (
    <section aria-labelledby="update-summary" className={panel} data-testid="update-summary">
      <h2 id="update-summary" className="text-lg font-semibold">What this update changes in {title}</h2>
      <p data-testid="update-counts">{updateSummary(diff)}</p>
      <p>{progressNote(diff)}</p>
    </section>
  );
}
