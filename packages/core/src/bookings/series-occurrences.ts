import type { Period } from '@rota/db';
import type { RepeatRule } from '@rota/schemas';
import { dayMs, instantAtLocal, localMsAt } from '../availability/wall-clock';

const stepMs = { daily: dayMs, weekly: 7 * dayMs } as const;

/**
 * The periods of a series: the first one repeated at the same LOCAL wall-clock time in `timeZone`,
 * so a weekly 09:00 meeting stays at 09:00 when daylight saving time starts or ends. Local times
 * resolve as opening hours do (wall-clock.ts): the first pass of a repeated hour, and the moment
 * the clocks jump for a skipped one, so 02:30–03:30 on a spring-forward night books 03:00–03:30.
 */
export function seriesOccurrences(first: Period, timeZone: string, repeat: RepeatRule): Period[] {
  const localStart = localMsAt(first.start.getTime(), timeZone);
  const localEnd = localMsAt(first.end.getTime(), timeZone);
  const at = (localMs: number) => new Date(instantAtLocal(localMs, timeZone, 'earliest'));
  return Array.from({ length: repeat.count }, (_, index) => {
    // The first occurrence is the period asked for, even inside a repeated hour.
    if (index === 0) return first;
    const shift = index * stepMs[repeat.frequency];
    return { start: at(localStart + shift), end: at(localEnd + shift) };
  });
}
