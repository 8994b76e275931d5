import { type CardState, type PreparedScheduler, dayStart, nextState, prepareScheduler, retrievability } from "@/lib/srs";

import { dayIndex, studyDays } from "./days";
import type { InterviewPlan, PlanDay, PlanInput, PlannedCard } from "./models";

/*
 * The interview-date plan. Each card follows its normal schedule until the date (every planned
 * review assumed graded Good); a card whose predicted recall at the interview would then be below
 * the target gets one more review as late as it still lifts it over the target, inside the final
 * days when they have room, so nothing is reviewed earlier than useful and nothing after the date.
 * After the date nothing here applies: the log is untouched, scheduling simply continues.
 */

const GOOD = 3;
const DEFAULT_FINAL_DAYS = 3;
/** Same-day learning steps followed after one review (ts-fsrs has two steps by default). */
const MAX_STEPS = 4;
/** Extra reviews tried for a card whose recall a single late review cannot lift. */
const MAX_EXTRA = 4;

interface Sim {
  cardId: string;
  state: CardState | undefined;
  reviews: number[];
  lastDay: number; // study day of the last review, -1 if before today
}

interface Grid {
  input: PlanInput;
  scheduler: PreparedScheduler; // input.scheduler, built once for the whole plan
  starts: number[]; // study-day starts, today = now
  load: number[]; // reviews planned per day
}

function dayEnd(grid: Grid, day: number): number {
  return grid.starts[day + 1] ?? grid.input.interviewAt;
}

/** One Good at `at` and the same-day learning steps after it; returns the new state and times. */
function reviewAt(grid: Grid, state: CardState | undefined, at: number, day: number): { state: CardState; times: number[] } {
  const end = dayEnd(grid, day);
  let next = nextState(state, at, GOOD, grid.scheduler);
  const times = [next.lastReview];
  while (next.phase !== "review" && next.due < end && times.length <= MAX_STEPS) {
    next = nextState(next, next.due, GOOD, grid.scheduler);
    times.push(next.lastReview);
  }
  return { state: next, times };
}

function apply(grid: Grid, sim: Sim, day: number, at: number): void {
  const { state, times } = reviewAt(grid, sim.state, at, day);
  sim.state = state;
  sim.reviews.push(...times);
  sim.lastDay = day;
  grid.load[day] = (grid.load[day] ?? 0) + times.length;
}

function recallAt(grid: Grid, state: CardState | undefined): number {
  return state ? retrievability(state, grid.input.interviewAt, grid.scheduler) : 0;
}

/** When a review on `day` happens: today from now on, any other day from its start. */
function timeOf(grid: Grid, day: number): number {
  return grid.starts[day] ?? grid.input.now;
}

/** The card's normal reviews before the date (introducing it on `introDay` if it is new). */
function followSchedule(grid: Grid, sim: Sim, introDay: number | null): void {
  if (introDay !== null) apply(grid, sim, introDay, timeOf(grid, introDay));
  for (let guard = 0; sim.state && sim.state.due < grid.input.interviewAt && guard < 200; guard++) {
    const at = Math.max(sim.state.due, grid.input.now);
    apply(grid, sim, dayIndex(grid.starts, at), at);
  }
}

function liftsOnDay(grid: Grid, sim: Sim, day: number): boolean {
  return recallAt(grid, reviewAt(grid, sim.state, timeOf(grid, day), day).state) >= grid.input.target;
}

/** Extra reviews until the card's recall on the day reaches the target, as late as that works. */
function topUp(grid: Grid, sim: Sim, capacity: number, finalDays: number): void {
  const last = grid.starts.length - 1;
  for (let extra = 0; extra < MAX_EXTRA && recallAt(grid, sim.state) < grid.input.target; extra++) {
    const first = sim.lastDay + 1;
    if (first > last) return;
    const windowStart = Math.max(first, last - finalDays + 1);
    let chosen: number | null = null;
    for (let d = last; d >= windowStart && chosen === null; d--) if ((grid.load[d] ?? 0) < capacity && liftsOnDay(grid, sim, d)) chosen = d;
    if (chosen === null && liftsOnDay(grid, sim, last)) chosen = last;
    // No single review is enough: one halfway to the date first (it raises stability), then try again.
    if (chosen === null) chosen = first + Math.floor((last - first) / 2);
    apply(grid, sim, chosen, timeOf(grid, chosen));
  }
}

/**
 * The plan from now until `input.interviewAt`, or null when the interview day has begun (or is
 * past): from then on the normal schedule applies.
 */
export function buildPlan(input: PlanInput): InterviewPlan | null {
  const { now, interviewAt, rolloverHour, cardIds, states, target } = input;
  if (now >= interviewAt) return null;
  const starts = studyDays(now, interviewAt, rolloverHour);
  const grid: Grid = { input, scheduler: prepareScheduler(input.scheduler), starts, load: starts.map(() => 0) };
  const daysLeft = starts.length;
  const finalDays = Math.max(1, Math.min(input.finalDays ?? DEFAULT_FINAL_DAYS, daysLeft));
  const capacity = Math.max(1, Math.floor((input.minutesPerDay * 60) / Math.max(1, input.secondsPerReview)));
  const todayStart = dayStart(now, rolloverHour);

  const newIds = cardIds.filter((id) => !states.has(id));
  const introDays = Math.max(1, daysLeft - finalDays);
  const newPerDay = Math.max(1, input.newPerDay, Math.ceil(newIds.length / introDays));
  let newIndex = 0;
  // New cards introduced the same day follow the same schedule (the scheduler sees no card id):
  // simulate one per day and copy it, which keeps a 10,000-card plan cheap.
  const introduced = new Map<number, Sim>();
  const sims: Sim[] = cardIds.map((cardId) => {
    const state = states.get(cardId);
    const sim: Sim = { cardId, state, reviews: [], lastDay: state && state.lastReview >= todayStart ? 0 : -1 };
    if (state) {
      followSchedule(grid, sim, null);
      return sim;
    }
    const introDay = Math.min(daysLeft - 1, Math.floor(newIndex++ / newPerDay));
    const twin = introduced.get(introDay);
    if (!twin) {
      followSchedule(grid, sim, introDay);
      introduced.set(introDay, sim);
      return sim;
    }
    for (const t of twin.reviews) {
      const day = dayIndex(starts, t);
      grid.load[day] = (grid.load[day] ?? 0) + 1;
    }
    return { cardId, state: twin.state, reviews: [...twin.reviews], lastDay: twin.lastDay };
  });
  for (const sim of sims) topUp(grid, sim, capacity, finalDays);

  const seconds = Math.max(1, input.secondsPerReview);
  const days: PlanDay[] = starts.map((start, i) => {
    const reviews = grid.load[i] ?? 0;
    return { start, reviews, minutes: (reviews * seconds) / 60, final: i >= daysLeft - finalDays };
  });
  const cards: PlannedCard[] = sims.map((s) => {
    const recallOnDay = recallAt(grid, s.state);
    return { cardId: s.cardId, reviews: s.reviews, recallOnDay, reachable: recallOnDay >= target };
  });
  const tomorrow = starts[1] ?? interviewAt;
  const peakMinutes = days.reduce((m, d) => Math.max(m, d.minutes), 0);
  return {
    interviewAt,
    target,
    daysLeft,
    days,
    cards,
    today: cards.filter((c) => c.reviews.some((t) => t < tomorrow)).map((c) => c.cardId),
    unreachable: cards.filter((c) => !c.reachable).map((c) => c.cardId),
    peakMinutes,
    capacity,
    fits: days.every((d) => d.reviews <= capacity),
  };
}
