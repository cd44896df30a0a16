import { TZDate } from '@date-fns/tz';
import type { Period } from '@rota/db';
import type { RepeatRule } from '@rota/schemas';
import { addDays, addWeeks } from 'date-fns';

const step = { daily: addDays, weekly: addWeeks } as const;

/**
 * The periods of a series: the first one repeated at the same LOCAL wall-clock time in `timeZone`,
 * so a weekly 09:00 meeting stays at 09:00 when daylight saving time starts or ends.
 */
export function seriesOccurrences(first: Period, timeZone: string, repeat: RepeatRule): Period[] {
  const add = step[repeat.frequency];
  const start = new TZDate(first.start, timeZone);
  const end = new TZDate(first.end, timeZone);
  return Array.from({ length: repeat.count }, (_, index) => ({
    start: new Date(add(start, index).getTime()),
    end: new Date(add(end, index).getTime()),
  }));
}
