import { TZDate } from '@date-fns/tz';

const minuteMs = 60_000;

/** `2030-01-07` as a calendar date; null when it is not one. */
export function parseDate(
  value: string | null,
): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 ? { year, month, day } : null;
}

/** The calendar date it is now in `timeZone`, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}

/** The date `days` after `date` (negative for before), as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const parsed = parseDate(date);
  if (!parsed) return date;
  const shifted = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day + days));
  return shifted.toISOString().slice(0, 10);
}

/** The instant of `HH:MM` on `date` in `timeZone`, DST included (24:00 is the next midnight). */
export function instantAt(date: string, time: string, timeZone: string): Date | null {
  const parsed = parseDate(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!parsed || !clock) return null;
  const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
  const local = new TZDate(parsed.year, parsed.month - 1, parsed.day, hours, minutes, timeZone);
  return new Date(local.getTime());
}

/** `start`–`end` on `date`; an end at or before the start falls on the next day (23:00–00:00). */
export function periodAt(
  date: string,
  start: string,
  end: string,
  timeZone: string,
): { startsAt: Date; endsAt: Date } | null {
  const startsAt = instantAt(date, start, timeZone);
  const sameDayEnd = instantAt(date, end, timeZone);
  if (!startsAt || !sameDayEnd) return null;
  const endsAt = sameDayEnd > startsAt ? sameDayEnd : instantAt(addDays(date, 1), end, timeZone);
  return endsAt ? { startsAt, endsAt } : null;
}

/** Midnight to midnight of `date` in `timeZone`: 23, 24 or 25 hours. */
export function dayBounds(date: string, timeZone: string): { from: Date; to: Date } | null {
  const from = instantAt(date, '00:00', timeZone);
  const to = instantAt(addDays(date, 1), '00:00', timeZone);
  return from && to ? { from, to } : null;
}

/** `14:30` for an instant, as a clock in `timeZone` shows it. */
export function clockTime(instant: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

export interface Interval {
  startsAt: string;
  endsAt: string;
}

/**
 * The bookable slots of `slotMinutes` inside the free intervals, on a grid that starts at the
 * day's local midnight, skipping slots that have begun. A slot never straddles a busy time.
 */
export function freeSlots(
  free: readonly Interval[],
  day: { from: Date; to: Date },
  slotMinutes: number,
  now: Date,
): Interval[] {
  const step = slotMinutes * minuteMs;
  const slots: Interval[] = [];
  for (const interval of free) {
    const start = Math.max(Date.parse(interval.startsAt), day.from.getTime(), now.getTime());
    const end = Math.min(Date.parse(interval.endsAt), day.to.getTime());
    const firstOnGrid = day.from.getTime() + Math.ceil((start - day.from.getTime()) / step) * step;
    for (let at = firstOnGrid; at + step <= end; at += step) {
      slots.push({
        startsAt: new Date(at).toISOString(),
        endsAt: new Date(at + step).toISOString(),
      });
    }
  }
  return slots;
}
