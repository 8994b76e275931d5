import type { CardState } from "@/lib/srs";

import type { Forecast } from "./models";
import { studyDay, studyDayStart } from "./study-days";

/** Study days the forecast covers, today included. */
export const FORECAST_DAYS = 30;

/**
 * Cards due per study day from today on, and those overdue: due on an earlier study day and not
 * reviewed since. Learning cards count on the day their next step falls.
 */
export function dueForecast(states: Iterable<CardState>, now: number, rolloverHour: number, count = FORECAST_DAYS): Forecast {
  const today = studyDay(now, rolloverHour);
  const todayStart = studyDayStart(today, rolloverHour);
  const horizon = studyDayStart(today + count, rolloverHour);
  const due = new Array<number>(count).fill(0);
  let overdue = 0;
  for (const state of states) {
    if (state.due < todayStart) overdue++;
    else if (state.due < horizon) {
      const index = studyDay(state.due, rolloverHour) - today;
      if (index >= 0 && index < count) due[index] = (due[index] ?? 0) + 1;
    }
  }
  return { overdue, days: due.map((n, i) => ({ day: today + i, due: n })) };
}
