/** A half-open span of time, [start, end). */
export interface Interval {
  start: Date;
  end: Date;
}

/** Sorts and joins intervals that overlap or touch. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) {
      if (interval.end > last.end) last.end = interval.end;
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
}

/** The parts of `intervals` not covered by any of `holes`. */
export function subtractIntervals(intervals: Interval[], holes: Interval[]): Interval[] {
  const sortedHoles = mergeIntervals(holes);
  const remaining: Interval[] = [];
  for (const interval of mergeIntervals(intervals)) {
    let start = interval.start;
    for (const hole of sortedHoles) {
      if (hole.end <= start || hole.start >= interval.end) continue;
      if (hole.start > start) remaining.push({ start, end: hole.start });
      start = hole.end;
    }
    if (start < interval.end) remaining.push({ start, end: interval.end });
  }
  return remaining;
}
