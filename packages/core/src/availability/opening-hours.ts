import { type OpeningHours, weekdays } from '@rota/schemas';
import { type Interval, mergeIntervals } from './intervals';
import { dayMs, instantAtLocal, localMsAt, minuteMs } from './wall-clock';

export type { Interval };

/**
 * The instants in [from, to) when the resource is open; null openingHours = always open.
 * Adjacent windows (including across midnight, e.g. "22:00-24:00" then the next day's
 * "00:00-06:00") are merged.
 *
 * Windows are wall-clock times in `timeZone`: 09:00–17:00 is 09:00–17:00 local every day, DST-change
 * days included, and an all-day window lasts 23 or 25 real hours on those days. A window opens the
 * first time the clock shows its start and closes the last time the clock shows its end, so on a
 * fall-back day a window spanning the repeated hour includes both passes of it. A time the clocks
 * skip on a spring-forward day resolves to the moment of the jump: in Europe/Berlin on 2026-03-29
 * "02:00-03:00" is empty (that hour never happens) and "01:30-02:30" lasts the 30 real minutes
 * until the clocks jump to 03:00. Rejecting such windows instead would make a valid weekly
 * schedule fail on two days a year.
 */
export function openIntervals(
  openingHours: OpeningHours | null,
  timeZone: string,
  from: Date,
  to: Date,
): Interval[] {
  if (from >= to) return [];
  if (openingHours === null) return [{ start: from, end: to }];

  const windows: Interval[] = [];
  const lastDay = startOfLocalDay(to.getTime(), timeZone);
  // #region local-windows
  for (let day = startOfLocalDay(from.getTime(), timeZone); day <= lastDay; day += dayMs) {
    const weekday = weekdays[new Date(day).getUTCDay()];
    for (const window of (weekday && openingHours[weekday]) ?? []) {
      const start = instantAtLocal(day + msAfterMidnight(window.start), timeZone, 'earliest');
      const end = instantAtLocal(day + msAfterMidnight(window.end), timeZone, 'latest');
      const clipped = { start: Math.max(start, from.getTime()), end: Math.min(end, to.getTime()) };
      if (clipped.start < clipped.end) {
        windows.push({ start: new Date(clipped.start), end: new Date(clipped.end) });
      }
    }
  }
  // #endregion
  return mergeIntervals(windows);
}

/** True when [start, end) lies entirely inside ONE merged open interval. */
export function isWithinOpeningHours(
  openingHours: OpeningHours | null,
  timeZone: string,
  start: Date,
  end: Date,
): boolean {
  const open = openIntervals(openingHours, timeZone, start, end);
  // Clipped to [start, end), the only way to cover it all is a single interval equal to it.
  return (
    open.length === 1 &&
    open[0]?.start.getTime() === start.getTime() &&
    open[0].end.getTime() === end.getTime()
  );
}

/** Local midnight of the day containing `instant`, in local ms (see wall-clock.ts). */
function startOfLocalDay(instant: number, timeZone: string): number {
  const local = localMsAt(instant, timeZone);
  return local - (((local % dayMs) + dayMs) % dayMs);
}

/** 'HH:MM' (up to '24:00') as milliseconds after local midnight. */
function msAfterMidnight(clockTime: string): number {
  const [hours = 0, minutes = 0] = clockTime.split(':').map(Number);
  return (hours * 60 + minutes) * minuteMs;
}
