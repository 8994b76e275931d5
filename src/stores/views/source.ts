import type { Progress } from "@/lib/progress";
import type { CardState } from "@/lib/srs";

/**
 * What every view over progress reads: the progress and the store's card-state selector (memoised,
 * from the stored checkpoint when it matches). The store's state is one; tests pass their own.
 */
export interface ProgressSource {
  progress: Progress;
  cardStates(progress: Progress): ReadonlyMap<string, CardState>;
  /** The states' ids by the topic their prefix names, when the source keeps them (the store does). */
  reviewedByTopic?(progress: Progress): ReadonlyMap<string, readonly string[]>;
}
