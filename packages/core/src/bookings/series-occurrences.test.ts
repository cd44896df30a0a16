import { describe, expect, it } from 'vitest';
import { seriesOccurrences } from './series-occurrences';

const berlin = 'Europe/Berlin';
const berlinClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: berlin,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

describe('seriesOccurrences', () => {
  it('keeps the local time of a weekly series across the start of summer time', () => {
    // Thursdays 09:00–10:00 Berlin; summer time starts on Sunday 2026-03-29.
    const first = {
      start: new Date('2026-03-19T08:00:00Z'),
      end: new Date('2026-03-19T09:00:00Z'),
    };
    const occurrences = seriesOccurrences(first, berlin, { frequency: 'weekly', count: 3 });
    expect(occurrences.map((o) => o.start.toISOString())).toEqual([
      '2026-03-19T08:00:00.000Z',
      '2026-03-26T08:00:00.000Z',
      '2026-04-02T07:00:00.000Z',
    ]);
    expect(occurrences.map((o) => berlinClock.format(o.start))).toEqual([
      'Thu 09:00',
      'Thu 09:00',
      'Thu 09:00',
    ]);
    expect(occurrences.map((o) => berlinClock.format(o.end))).toEqual([
      'Thu 10:00',
      'Thu 10:00',
      'Thu 10:00',
    ]);
  });

  it('keeps the local time of a daily series across the end of summer time', () => {
    // 18:30–19:00 Berlin daily; summer time ends on Sunday 2026-10-25.
    const first = {
      start: new Date('2026-10-24T16:30:00Z'),
      end: new Date('2026-10-24T17:00:00Z'),
    };
    const occurrences = seriesOccurrences(first, berlin, { frequency: 'daily', count: 2 });
    expect(occurrences).toEqual([
      first,
      { start: new Date('2026-10-25T17:30:00Z'), end: new Date('2026-10-25T18:00:00Z') },
    ]);
  });
});

describe('seriesOccurrences on the night clocks spring forward', () => {
  it('starts an occurrence in the skipped hour when the clocks jump', () => {
    // Sundays 02:30–03:30 Berlin; on 2026-03-29 02:00 jumps to 03:00.
    const first = {
      start: new Date('2026-03-22T01:30:00Z'),
      end: new Date('2026-03-22T02:30:00Z'),
    };
    const [, springForward] = seriesOccurrences(first, berlin, { frequency: 'weekly', count: 2 });
    expect(springForward).toEqual({
      start: new Date('2026-03-29T01:00:00Z'),
      end: new Date('2026-03-29T01:30:00Z'),
    });
  });
});

it('keeps the first occurrence exactly as asked, even in the repeated hour of a fall-back night', () => {
  // 01:30–02:30 EST on 2026-11-01, the second pass of New York's repeated 01:00–02:00.
  const first = { start: new Date('2026-11-01T06:30:00Z'), end: new Date('2026-11-01T07:30:00Z') };
  const [occurrence] = seriesOccurrences(first, 'America/New_York', {
    frequency: 'daily',
    count: 2,
  });
  expect(occurrence).toEqual(first);
});
