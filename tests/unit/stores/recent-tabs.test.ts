import { encodeProgress, normalizeProgress, PROGRESS_KEY, recentKey } from "@/lib/progress";

import { FakeStorage, simulatedLog } from "../progress/support";
import { MINUTE, T0, testStore } from "./store-helpers";

const RECENT = recentKey(PROGRESS_KEY);

describe("two tabs over a long history (grades kept in the record of recent reviews)", () => {
  it("writes a grade without the history, and each tab takes in the other's grades from its storage event", async () => {
    const history = normalizeProgress(simulatedLog(12_000, 300, 4));
    const text = encodeProgress(history);
    const storage = new FakeStorage({ [PROGRESS_KEY]: text });
    const a = testStore({ storage, seed: 1 });
    const b = testStore({ storage, seed: 2 });
    await a.hydrate();
    await b.hydrate();
    const later = (history.log[history.log.length - 1]?.at ?? T0) + MINUTE;

    const first = a.state().grade("django/topic-01/a", 3, "shuffle", later);
    expect(storage.data.get(PROGRESS_KEY)).toBe(text); // the history was not written again
    expect(storage.data.has(RECENT)).toBe(true);
    b.state().syncFromStorage(RECENT, storage.data.get(RECENT) ?? null);
    expect(b.state().progress.log.some((e) => e.id === first.id)).toBe(true);

    const second = b.state().grade("django/topic-02/b", 2, "due", later + MINUTE);
    a.state().syncFromStorage(PROGRESS_KEY, storage.data.get(PROGRESS_KEY) ?? null);
    a.state().syncFromStorage(RECENT, storage.data.get(RECENT) ?? null);
    for (const t of [a, b]) {
      const ids = new Set(t.state().progress.log.map((e) => e.id));
      expect(ids.has(first.id) && ids.has(second.id)).toBe(true);
      expect(t.state().progress.log).toHaveLength(history.log.length + 2);
    }
    const stored = new Set(a.stored().log.map((e) => e.id));
    expect(stored.has(first.id) && stored.has(second.id)).toBe(true);
  });
});
