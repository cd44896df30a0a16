import { describe, expect, it } from 'vitest';
import { mergeIntervals, subtractIntervals } from './intervals';

const t = (hour: number) => new Date(Date.UTC(2026, 0, 5, hour));
const span = (start: number, end: number) => ({ start: t(start), end: t(end) });

describe('mergeIntervals', () => {
  it('sorts, joins touching and overlapping intervals, and keeps gaps', () => {
    expect(mergeIntervals([span(5, 6), span(1, 2), span(2, 3), span(2, 4)])).toEqual([
      span(1, 4),
      span(5, 6),
    ]);
  });

  it('does not modify its input', () => {
    const input = [span(1, 3), span(2, 4)];
    mergeIntervals(input);
    expect(input).toEqual([span(1, 3), span(2, 4)]);
  });
});

describe('subtractIntervals', () => {
  it('cuts holes out of intervals', () => {
    expect(subtractIntervals([span(8, 18)], [span(9, 10), span(12, 13)])).toEqual([
      span(8, 9),
      span(10, 12),
      span(13, 18),
    ]);
  });

  it('handles holes at the edges, across several intervals and outside them', () => {
    expect(
      subtractIntervals(
        [span(8, 12), span(13, 17)],
        [span(7, 9), span(11, 14), span(16, 17), span(20, 21)],
      ),
    ).toEqual([span(9, 11), span(14, 16)]);
  });

  it('leaves nothing when a hole covers everything, and everything without holes', () => {
    expect(subtractIntervals([span(8, 12)], [span(8, 12)])).toEqual([]);
    expect(subtractIntervals([span(8, 12)], [])).toEqual([span(8, 12)]);
  });
});
