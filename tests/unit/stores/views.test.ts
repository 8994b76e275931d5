import type { TopicIndexEntry } from "@/lib/deck/payload";
import { emptyProgress } from "@/lib/progress";
import { weakCandidates } from "@/lib/srs";
import { drillStoreOf } from "@/stores/views/drill-store";
import { drillQueue, intervalLabels, nextDue } from "@/stores/views/schedule";
import { todayLine } from "@/stores/views/today";
import { topicsOfCards, weakNow } from "@/stores/views/weak";

import { FakeStorage } from "../progress/support";
import { MINUTE, T0, testStore, type TestStore } from "./store-helpers";

const DAY = 24 * 60 * MINUTE;
const IDS = ["d/t/a", "d/t/b", "d/t/c"];
let t: TestStore;
const state = () => t.state();

beforeEach(async () => {
  t = testStore();
  await t.hydrate();
});

describe("views over progress", () => {
  it("weakNow gives the weak cards with why, most reasons first", () => {
    state().grade("d/t/a", 3, "shuffle", T0);
    state().grade("d/t/b", 1, "shuffle", T0);
    state().setFlag("d/t/b", true, T0);
    expect(weakNow(state(), IDS, T0 + MINUTE)).toEqual([{ cardId: "d/t/b", reasons: ["flagged", "last-again"] }]);
  });

  it("only flagged or reviewed cards can be weak, and topicsOfCards keeps bank order", () => {
    state().grade("d/u/a", 3, "shuffle", T0);
    state().setFlag("d/t/c", true, T0);
    state().setFlag("d/v/x", false, T0);
    const { flags, log } = state().progress;
    expect(weakCandidates(flags, log)).toEqual(new Set(["d/u/a", "d/t/c"]));
    const topics: TopicIndexEntry[] = ["t", "u", "v"].map((slug) => ({ deckSlug: "d", slug, title: slug, count: 1, otherIds: [] }));
    expect(topicsOfCards(topics, ["d/u/a", "d/t/c"])).toEqual(["d/t", "d/u"]);
  });

  it("intervalLabels labels each grade, a new card's Again in minutes", () => {
    const labels = intervalLabels(state(), "d/t/a", T0);
    expect(Object.keys(labels)).toEqual(["1", "2", "3", "4"]);
    expect(labels[1]).toMatch(/m$/);
  });

  it("drillQueue draws due cards first, and nextDue says when the next one is due", () => {
    state().grade("d/t/a", 3, "shuffle", T0);
    const due = nextDue(state(), IDS);
    expect(due).toBeGreaterThan(T0);
    expect(drillQueue(state(), { topics: "all", mode: "due", seed: null }, IDS, due! + DAY)[0]).toBe("d/t/a");
  });

  it("todayLine counts today's reviews against the goal", () => {
    state().grade("d/t/a", 3, "shuffle", T0);
    state().grade("d/t/b", 3, "shuffle", T0 + MINUTE);
    expect(todayLine(state().progress, T0 + 2 * MINUTE)).toMatchObject({ reviews: 2, goal: emptyProgress().settings.value.dailyGoal, streak: 1 });
  });

  it("the drill's store view grades into the store and says whether grades are saved", async () => {
    const drill = drillStoreOf(state());
    expect(drill.saves).toBe(true);
    drill.grade("d/t/a", 4, "shuffle", T0, 1000);
    expect(t.stored().log).toHaveLength(1);

    const future = testStore({ storage: new FakeStorage({ "prepdeck:progress": JSON.stringify({ version: 99 }) }) });
    await future.hydrate();
    expect(drillStoreOf(future.state()).saves).toBe(false);
    const none = testStore({ storage: null });
    await none.hydrate();
    expect(drillStoreOf(none.state()).saves).toBe(false);
  });
});
