import type { OpeningHours } from '@rota/schemas';
import { describe, expect, it } from 'vitest';
import { isWithinOpeningHours, openIntervals } from './opening-hours';

const hour = 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);
const iso = (intervals: { start: Date; end: Date }[]) =>
  intervals.map(({ start, end }) => [start.toISOString(), end.toISOString()]);
const hoursOf = ({ start, end }: { start: Date; end: Date }) =>
  (end.getTime() - start.getTime()) / hour;

const nineToFive = { start: '09:00', end: '17:00' };
const everyDay = (windows: { start: string; end: string }[]): OpeningHours => ({
  mon: windows,
  tue: windows,
  wed: windows,
  thu: windows,
  fri: windows,
  sat: windows,
  sun: windows,
});

describe('openIntervals', () => {
  it('is the whole range when opening hours are null (always open)', () => {
    const from = at('2026-03-01T10:00:00Z');
    const to = at('2026-03-05T10:00:00Z');
    expect(openIntervals(null, 'Europe/Berlin', from, to)).toEqual([{ start: from, end: to }]);
  });

  it('is empty for an empty or reversed range', () => {
    const t = at('2026-03-01T10:00:00Z');
    expect(openIntervals(null, 'UTC', t, t)).toEqual([]);
    expect(openIntervals(everyDay([nineToFive]), 'UTC', t, at('2026-03-01T09:00:00Z'))).toEqual([]);
  });

  it('maps local windows to instants in the resource time zone', () => {
    // Monday 2026-01-05 in Berlin (UTC+1) and New York (UTC-5).
    const from = at('2026-01-05T00:00:00Z');
    const to = at('2026-01-06T00:00:00Z');
    expect(iso(openIntervals({ mon: [nineToFive] }, 'Europe/Berlin', from, to))).toEqual([
      ['2026-01-05T08:00:00.000Z', '2026-01-05T16:00:00.000Z'],
    ]);
    expect(iso(openIntervals({ mon: [nineToFive] }, 'America/New_York', from, to))).toEqual([
      ['2026-01-05T14:00:00.000Z', '2026-01-05T22:00:00.000Z'],
    ]);
  });

  it('treats missing and empty days as closed', () => {
    // 2026-01-05 is a Monday; the week through Sunday 2026-01-11.
    const hours: OpeningHours = {
      mon: [nineToFive],
      tue: [],
      fri: [{ start: '10:00', end: '12:00' }],
    };
    const open = openIntervals(
      hours,
      'UTC',
      at('2026-01-05T00:00:00Z'),
      at('2026-01-12T00:00:00Z'),
    );
    expect(iso(open)).toEqual([
      ['2026-01-05T09:00:00.000Z', '2026-01-05T17:00:00.000Z'],
      ['2026-01-09T10:00:00.000Z', '2026-01-09T12:00:00.000Z'],
    ]);
    expect(
      openIntervals({}, 'UTC', at('2026-01-05T00:00:00Z'), at('2026-01-12T00:00:00Z')),
    ).toEqual([]);
  });

  it('uses the local weekday, not the UTC one', () => {
    // Monday 00:30 in Tokyo is still Sunday in UTC.
    const open = openIntervals(
      { mon: [{ start: '00:00', end: '01:00' }] },
      'Asia/Tokyo',
      at('2026-01-04T00:00:00Z'),
      at('2026-01-06T00:00:00Z'),
    );
    expect(iso(open)).toEqual([['2026-01-04T15:00:00.000Z', '2026-01-04T16:00:00.000Z']]);
  });

  it('clips windows to [from, to)', () => {
    const open = openIntervals(
      { mon: [nineToFive] },
      'UTC',
      at('2026-01-05T10:30:00Z'),
      at('2026-01-05T12:00:00Z'),
    );
    expect(iso(open)).toEqual([['2026-01-05T10:30:00.000Z', '2026-01-05T12:00:00.000Z']]);
  });

  it('merges windows that touch or overlap within a day, and sorts them', () => {
    const hours: OpeningHours = {
      mon: [
        { start: '13:00', end: '17:00' },
        { start: '08:00', end: '10:00' },
        { start: '10:00', end: '12:00' },
        { start: '11:00', end: '12:30' },
      ],
    };
    const open = openIntervals(
      hours,
      'UTC',
      at('2026-01-05T00:00:00Z'),
      at('2026-01-06T00:00:00Z'),
    );
    expect(iso(open)).toEqual([
      ['2026-01-05T08:00:00.000Z', '2026-01-05T12:30:00.000Z'],
      ['2026-01-05T13:00:00.000Z', '2026-01-05T17:00:00.000Z'],
    ]);
  });

  it('merges a window ending at 24:00 with the next day starting at 00:00', () => {
    const hours: OpeningHours = {
      mon: [{ start: '22:00', end: '24:00' }],
      tue: [{ start: '00:00', end: '06:00' }],
    };
    const open = openIntervals(
      hours,
      'Europe/Berlin',
      at('2026-01-05T00:00:00Z'),
      at('2026-01-07T00:00:00Z'),
    );
    expect(iso(open)).toEqual([['2026-01-05T21:00:00.000Z', '2026-01-06T05:00:00.000Z']]);
  });

  it('makes an all-day, every-day schedule one continuous interval', () => {
    const from = at('2026-03-27T12:00:00Z');
    const to = at('2026-03-31T12:00:00Z');
    const open = openIntervals(
      everyDay([{ start: '00:00', end: '24:00' }]),
      'Europe/Berlin',
      from,
      to,
    );
    expect(open).toEqual([{ start: from, end: to }]);
  });
});

describe('openIntervals across DST changes', () => {
  const weekOf = (timeZone: string, fromIso: string, toIso: string) =>
    openIntervals(everyDay([nineToFive]), timeZone, at(fromIso), at(toIso));

  it('keeps 09:00–17:00 local around spring-forward in Europe/Berlin (2026-03-29)', () => {
    const open = weekOf('Europe/Berlin', '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z');
    expect(iso(open)).toEqual([
      ['2026-03-28T08:00:00.000Z', '2026-03-28T16:00:00.000Z'], // CET, UTC+1
      ['2026-03-29T07:00:00.000Z', '2026-03-29T15:00:00.000Z'], // CEST, UTC+2
      ['2026-03-30T07:00:00.000Z', '2026-03-30T15:00:00.000Z'],
    ]);
    expect(open.map(hoursOf)).toEqual([8, 8, 8]);
  });

  it('keeps 09:00–17:00 local around fall-back in Europe/Berlin (2026-10-25)', () => {
    const open = weekOf('Europe/Berlin', '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z');
    expect(iso(open)).toEqual([
      ['2026-10-24T07:00:00.000Z', '2026-10-24T15:00:00.000Z'],
      ['2026-10-25T08:00:00.000Z', '2026-10-25T16:00:00.000Z'],
      ['2026-10-26T08:00:00.000Z', '2026-10-26T16:00:00.000Z'],
    ]);
  });

  it('keeps 09:00–17:00 local around America/New_York changes (2026-03-08, 2026-11-01)', () => {
    expect(iso(weekOf('America/New_York', '2026-03-08T00:00:00Z', '2026-03-10T00:00:00Z'))).toEqual(
      [
        ['2026-03-08T13:00:00.000Z', '2026-03-08T21:00:00.000Z'], // EDT, UTC-4
        ['2026-03-09T13:00:00.000Z', '2026-03-09T21:00:00.000Z'],
      ],
    );
    expect(iso(weekOf('America/New_York', '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z'))).toEqual(
      [
        ['2026-10-31T13:00:00.000Z', '2026-10-31T21:00:00.000Z'], // EDT
        ['2026-11-01T14:00:00.000Z', '2026-11-01T22:00:00.000Z'], // EST, UTC-5
        ['2026-11-02T14:00:00.000Z', '2026-11-02T22:00:00.000Z'],
      ],
    );
  });

  it('makes a local day 23 real hours on spring-forward and 25 on fall-back', () => {
    const allDay = everyDay([{ start: '00:00', end: '24:00' }]);
    const spring = openIntervals(
      allDay,
      'Europe/Berlin',
      at('2026-03-28T23:00:00Z'),
      at('2026-03-29T23:00:00Z'),
    );
    expect(spring.map(hoursOf)).toEqual([24]); // the whole range: Monday is open too
    const sunday = { sun: [{ start: '00:00', end: '24:00' }] };
    expect(
      openIntervals(
        sunday,
        'Europe/Berlin',
        at('2026-03-28T00:00:00Z'),
        at('2026-03-31T00:00:00Z'),
      ).map(hoursOf),
    ).toEqual([23]);
    expect(
      openIntervals(
        sunday,
        'Europe/Berlin',
        at('2026-10-24T00:00:00Z'),
        at('2026-10-27T00:00:00Z'),
      ).map(hoursOf),
    ).toEqual([25]);
  });

  it('treats a window inside the skipped hour as not happening that day', () => {
    const hours = everyDay([{ start: '02:00', end: '03:00' }]);
    const open = openIntervals(
      hours,
      'Europe/Berlin',
      at('2026-03-28T00:00:00Z'),
      at('2026-03-31T00:00:00Z'),
    );
    expect(iso(open)).toEqual([
      ['2026-03-28T01:00:00.000Z', '2026-03-28T02:00:00.000Z'],
      // 2026-03-29: clocks jump 02:00 → 03:00, no interval
      ['2026-03-30T00:00:00.000Z', '2026-03-30T01:00:00.000Z'],
    ]);
  });

  it('cuts a window touching the skipped hour at the moment the clocks jump', () => {
    const open = openIntervals(
      { sun: [{ start: '01:30', end: '02:30' }] },
      'Europe/Berlin',
      at('2026-03-29T00:00:00Z'),
      at('2026-03-30T00:00:00Z'),
    );
    expect(iso(open)).toEqual([['2026-03-29T00:30:00.000Z', '2026-03-29T01:00:00.000Z']]);
    const startsInGap = openIntervals(
      { sun: [{ start: '02:30', end: '04:00' }] },
      'Europe/Berlin',
      at('2026-03-29T00:00:00Z'),
      at('2026-03-30T00:00:00Z'),
    );
    expect(iso(startsInGap)).toEqual([['2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z']]);
  });

  it('includes both passes of the repeated hour on fall-back', () => {
    const open = openIntervals(
      { sun: [{ start: '01:00', end: '03:00' }] },
      'Europe/Berlin',
      at('2026-10-24T00:00:00Z'),
      at('2026-10-27T00:00:00Z'),
    );
    // 01:00 CEST (23:00Z) until 03:00 CET (02:00Z): 3 real hours.
    expect(iso(open)).toEqual([['2026-10-24T23:00:00.000Z', '2026-10-25T02:00:00.000Z']]);
  });
});

describe('openIntervals with DST changes at midnight (America/Santiago)', () => {
  const lateNight: OpeningHours = {
    sat: [{ start: '22:00', end: '24:00' }],
    sun: [{ start: '00:00', end: '06:00' }],
  };

  it('joins across a skipped midnight (2026-09-06, 00:00 → 01:00)', () => {
    const open = openIntervals(
      lateNight,
      'America/Santiago',
      at('2026-09-05T12:00:00Z'),
      at('2026-09-07T00:00:00Z'),
    );
    // 22:00 -04 until 06:00 -03: 7 real hours.
    expect(iso(open)).toEqual([['2026-09-06T02:00:00.000Z', '2026-09-06T09:00:00.000Z']]);
  });

  it('joins across a repeated hour before midnight (2026-04-05, 00:00 → 23:00)', () => {
    const open = openIntervals(
      lateNight,
      'America/Santiago',
      at('2026-04-04T12:00:00Z'),
      at('2026-04-06T00:00:00Z'),
    );
    // 22:00 -03 until 06:00 -04: 9 real hours.
    expect(iso(open)).toEqual([['2026-04-05T01:00:00.000Z', '2026-04-05T10:00:00.000Z']]);
  });
});

describe('isWithinOpeningHours', () => {
  const hours: OpeningHours = {
    mon: [nineToFive, { start: '22:00', end: '24:00' }],
    tue: [{ start: '00:00', end: '06:00' }],
  };

  it('accepts a span inside one window and rejects one that spills out', () => {
    expect(
      isWithinOpeningHours(hours, 'UTC', at('2026-01-05T09:00:00Z'), at('2026-01-05T17:00:00Z')),
    ).toBe(true);
    expect(
      isWithinOpeningHours(hours, 'UTC', at('2026-01-05T08:59:00Z'), at('2026-01-05T10:00:00Z')),
    ).toBe(false);
    expect(
      isWithinOpeningHours(hours, 'UTC', at('2026-01-05T16:00:00Z'), at('2026-01-05T17:01:00Z')),
    ).toBe(false);
  });

  it('rejects a span that bridges two separate windows', () => {
    expect(
      isWithinOpeningHours(hours, 'UTC', at('2026-01-05T16:00:00Z'), at('2026-01-05T23:00:00Z')),
    ).toBe(false);
  });

  it('accepts a span across midnight when the windows join', () => {
    expect(
      isWithinOpeningHours(hours, 'UTC', at('2026-01-05T23:00:00Z'), at('2026-01-06T05:00:00Z')),
    ).toBe(true);
    expect(
      isWithinOpeningHours(hours, 'UTC', at('2026-01-05T23:00:00Z'), at('2026-01-06T07:00:00Z')),
    ).toBe(false);
  });

  it('rejects closed days and empty spans, and accepts anything when always open', () => {
    expect(
      isWithinOpeningHours(hours, 'UTC', at('2026-01-07T10:00:00Z'), at('2026-01-07T11:00:00Z')),
    ).toBe(false);
    const t = at('2026-01-05T10:00:00Z');
    expect(isWithinOpeningHours(hours, 'UTC', t, t)).toBe(false);
    expect(
      isWithinOpeningHours(null, 'UTC', at('2026-01-07T03:00:00Z'), at('2026-02-07T03:00:00Z')),
    ).toBe(true);
  });

  it('checks in the resource time zone on a DST-change day', () => {
    const sunday = { sun: [nineToFive] };
    // 09:00–17:00 CEST on 2026-03-29 is 07:00Z–15:00Z; 08:00Z–16:00Z would have been right a day earlier.
    expect(
      isWithinOpeningHours(
        sunday,
        'Europe/Berlin',
        at('2026-03-29T07:00:00Z'),
        at('2026-03-29T15:00:00Z'),
      ),
    ).toBe(true);
    expect(
      isWithinOpeningHours(
        sunday,
        'Europe/Berlin',
        at('2026-03-29T08:00:00Z'),
        at('2026-03-29T16:00:00Z'),
      ),
    ).toBe(false);
  });
});
