export const minuteMs = 60_000;
export const dayMs = 24 * 60 * minuteMs;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The wall-clock reading in `timeZone` at `instant`, encoded as if it were a UTC timestamp
 * ("local ms"). Calendar arithmetic on local ms is plain UTC arithmetic, free of DST.
 */
export function localMsAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return (
    Date.UTC(year, month - 1, day, hour, minute, second) +
    (instant - Math.floor(instant / 1000) * 1000)
  );
}

function offsetAt(instant: number, timeZone: string): number {
  return localMsAt(instant, timeZone) - instant;
}

/**
 * The instant at which the wall clock in `timeZone` reads `localMs`.
 *
 * A reading can occur twice (the hour repeated when clocks fall back): `earliest` picks the first
 * occurrence, `latest` the second. A reading can also never occur (the hour skipped when clocks
 * spring forward): both then resolve to the moment the clocks jump, the first instant whose
 * reading is past the requested one.
 */
export function instantAtLocal(
  localMs: number,
  timeZone: string,
  pick: 'earliest' | 'latest',
): number {
  // One day either side brackets any real UTC offset (at most ±14 h), so these are the offsets in
  // force before and after a transition near `localMs`, or the same offset twice when there is none.
  const offsetBefore = offsetAt(localMs - dayMs, timeZone);
  const offsetAfter = offsetAt(localMs + dayMs, timeZone);
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => localMs - offset)
    .filter((instant) => offsetAt(instant, timeZone) === localMs - instant);
  if (candidates.length > 0) {
    return pick === 'earliest' ? Math.min(...candidates) : Math.max(...candidates);
  }
  return transitionBetween(localMs - offsetAfter, localMs - offsetBefore, timeZone);
}

/** Binary search for the first instant in (`before`, `after`] that has `after`'s offset. */
function transitionBetween(before: number, after: number, timeZone: string): number {
  const offsetAfterJump = offsetAt(after, timeZone);
  let lo = before;
  let hi = after;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid, timeZone) === offsetAfterJump) hi = mid;
    else lo = mid;
  }
  return hi;
}
