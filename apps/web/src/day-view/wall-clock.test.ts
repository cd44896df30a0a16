import { describe, expect, it } from 'vitest';
import {
  addDays,
  clockTime,
  dayBounds,
  freeSlots,
  instantAt,
  periodAt,
  todayIn,
} from './wall-clock';

describe('days in a time zone', () => {
  it('runs from local midnight to local midnight, 23 hours on the spring DST change', () => {
    const day = dayBounds('2030-03-31', 'Europe/Berlin');
    expect(day?.from.toISOString()).toBe('2030-03-30T23:00:00.000Z');
    expect(day?.to.toISOString()).toBe('2030-03-31T22:00:00.000Z');
  });

  it('puts an end at or before the start on the next day', () => {
    const period = periodAt('2030-01-06', '23:00', '00:00', 'Europe/Berlin');
    expect(period?.startsAt.toISOString()).toBe('2030-01-06T22:00:00.000Z');
    expect(period?.endsAt.toISOString()).toBe('2030-01-06T23:00:00.000Z');
  });

  it('finds the instant of a wall-clock time and shows it back', () => {
    const instant = instantAt('2030-01-07', '09:30', 'America/New_York');
    expect(instant?.toISOString()).toBe('2030-01-07T14:30:00.000Z');
    expect(clockTime('2030-01-07T14:30:00.000Z', 'America/New_York')).toBe('09:30');
  });

  it('knows the date it is in a zone and steps across month ends', () => {
    expect(todayIn('Asia/Tokyo', new Date('2030-01-07T20:00:00Z'))).toBe('2030-01-08');
    expect(addDays('2030-01-31', 1)).toBe('2030-02-01');
    expect(addDays('2030-03-01', -1)).toBe('2030-02-28');
  });

  it('rejects dates that do not exist', () => {
    expect(dayBounds('2030-02-30', 'UTC')).toBeNull();
  });
});

describe('free slots', () => {
  const day = { from: new Date('2030-01-07T00:00:00Z'), to: new Date('2030-01-08T00:00:00Z') };
  const longAgo = new Date('2000-01-01T00:00:00Z');

  it('cuts free time into whole slots on the day grid, never across a busy time', () => {
    const free = [{ startsAt: '2030-01-07T09:10:00.000Z', endsAt: '2030-01-07T11:00:00.000Z' }];
    expect(freeSlots(free, day, 30, longAgo).map((slot) => slot.startsAt)).toEqual([
      '2030-01-07T09:30:00.000Z',
      '2030-01-07T10:00:00.000Z',
      '2030-01-07T10:30:00.000Z',
    ]);
  });

  it('leaves out slots that have begun and time outside the day', () => {
    const free = [{ startsAt: '2030-01-06T20:00:00.000Z', endsAt: '2030-01-07T03:00:00.000Z' }];
    const now = new Date('2030-01-07T01:15:00Z');
    expect(freeSlots(free, day, 60, now)).toEqual([
      { startsAt: '2030-01-07T02:00:00.000Z', endsAt: '2030-01-07T03:00:00.000Z' },
    ]);
  });
});
