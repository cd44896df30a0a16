import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { assertBookable, type BookableResource } from './check-bookable';

const daily = [{ start: '08:00', end: '18:00' }];
const berlinRoom: BookableResource = {
  timezone: 'Europe/Berlin',
  openingHours: {
    mon: daily,
    tue: daily,
    wed: daily,
    thu: daily,
    fri: daily,
    sat: daily,
    sun: daily,
  },
  minBookingMinutes: 30,
  maxBookingMinutes: 240,
  archivedAt: null,
};
const now = new Date('2026-01-01T00:00:00Z');

function codeOf(startsAt: string, endsAt: string, resource = berlinRoom): string {
  const period = { start: new Date(startsAt), end: new Date(endsAt) };
  try {
    assertBookable(resource, period, now);
    return 'OK';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('assertBookable', () => {
  it('follows opening hours in local time when summer time starts (Berlin, 2026-03-29)', () => {
    // Saturday, UTC+1: the room opens at 07:00Z.
    expect(codeOf('2026-03-28T07:00:00Z', '2026-03-28T08:00:00Z')).toBe('OK');
    expect(codeOf('2026-03-28T06:00:00Z', '2026-03-28T07:00:00Z')).toBe('OUTSIDE_OPENING_HOURS');
    // Sunday, UTC+2 from 01:00Z: it opens an hour earlier in UTC, at 06:00Z, and closes at 16:00Z.
    expect(codeOf('2026-03-29T06:00:00Z', '2026-03-29T07:00:00Z')).toBe('OK');
    expect(codeOf('2026-03-29T05:00:00Z', '2026-03-29T06:00:00Z')).toBe('OUTSIDE_OPENING_HOURS');
    expect(codeOf('2026-03-29T15:00:00Z', '2026-03-29T16:00:00Z')).toBe('OK');
    expect(codeOf('2026-03-29T16:00:00Z', '2026-03-29T17:00:00Z')).toBe('OUTSIDE_OPENING_HOURS');
  });

  it('follows opening hours in local time when summer time ends (Berlin, 2026-10-25)', () => {
    // Saturday, UTC+2: 06:00Z is 08:00 local.
    expect(codeOf('2026-10-24T06:00:00Z', '2026-10-24T07:00:00Z')).toBe('OK');
    // Sunday, UTC+1 from 01:00Z: 06:00Z is 07:00 local, still closed.
    expect(codeOf('2026-10-25T06:00:00Z', '2026-10-25T07:00:00Z')).toBe('OUTSIDE_OPENING_HOURS');
    expect(codeOf('2026-10-25T07:00:00Z', '2026-10-25T08:00:00Z')).toBe('OK');
    expect(codeOf('2026-10-25T16:30:00Z', '2026-10-25T17:00:00Z')).toBe('OK');
    expect(codeOf('2026-10-25T17:00:00Z', '2026-10-25T17:30:00Z')).toBe('OUTSIDE_OPENING_HOURS');
  });

  it('accepts any time when opening hours are null (always open)', () => {
    const alwaysOpen = { ...berlinRoom, openingHours: null };
    expect(codeOf('2026-03-29T00:30:00Z', '2026-03-29T03:00:00Z', alwaysOpen)).toBe('OK');
  });

  it('keeps the duration within the resource minimum and maximum, inclusive', () => {
    expect(codeOf('2026-06-01T08:00:00Z', '2026-06-01T08:30:00Z')).toBe('OK');
    expect(codeOf('2026-06-01T08:00:00Z', '2026-06-01T08:29:00Z')).toBe('DURATION_OUT_OF_RANGE');
    expect(codeOf('2026-06-01T08:00:00Z', '2026-06-01T12:00:00Z')).toBe('OK');
    expect(codeOf('2026-06-01T08:00:00Z', '2026-06-01T12:01:00Z')).toBe('DURATION_OUT_OF_RANGE');
  });

  it('rejects a start before now', () => {
    expect(codeOf('2025-12-31T10:00:00Z', '2025-12-31T11:00:00Z')).toBe('IN_THE_PAST');
  });

  it('rejects an archived resource before anything else', () => {
    const archived = { ...berlinRoom, archivedAt: new Date('2025-01-01T00:00:00Z') };
    expect(codeOf('2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z', archived)).toBe(
      'RESOURCE_ARCHIVED',
    );
  });

  it('rejects an empty or inverted period', () => {
    expect(codeOf('2026-06-01T09:00:00Z', '2026-06-01T09:00:00Z')).toBe('INVALID_INPUT');
    expect(codeOf('2026-06-01T10:00:00Z', '2026-06-01T09:00:00Z')).toBe('INVALID_INPUT');
  });
});
