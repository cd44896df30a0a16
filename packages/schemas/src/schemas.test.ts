import { describe, expect, it } from 'vitest';
import {
  createBookingInput,
  instantInput,
  openingHours,
  orgSlug,
  repeatRule,
  resourceAvailabilityInput,
  timezone,
} from './index';

const issuePaths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'));

describe('instants', () => {
  it('needs an explicit offset on input and parses it to the right instant', () => {
    expect(instantInput.safeParse('2030-01-07T10:00:00').success).toBe(false);
    expect(instantInput.parse('2030-01-07T10:00:00+02:00')).toEqual(
      new Date('2030-01-07T08:00:00Z'),
    );
  });
});

describe('organization slugs', () => {
  it.each(['acme', 'acme-inc', 'a1b', 'x'.repeat(40)])('accepts %s', (slug) => {
    expect(orgSlug.safeParse(slug).success).toBe(true);
  });

  it.each(['ab', 'Acme', 'acme--inc', '-acme', 'acme-', 'acme inc', 'x'.repeat(41)])(
    'rejects %s',
    (slug) => {
      expect(orgSlug.safeParse(slug).success).toBe(false);
    },
  );
});

it('accepts IANA time zones only', () => {
  expect(timezone.safeParse('Europe/Berlin').success).toBe(true);
  expect(timezone.safeParse('Mars/Olympus_Mons').success).toBe(false);
});

describe('opening hours', () => {
  it('allows a window to end at 24:00', () => {
    expect(openingHours.safeParse({ fri: [{ start: '22:00', end: '24:00' }] }).success).toBe(true);
  });

  it('names the field of a window that ends before it starts', () => {
    const result = openingHours.safeParse({ mon: [{ start: '17:00', end: '09:00' }] });
    expect(issuePaths(result)).toEqual(['mon.0.end']);
  });
});

describe('bookings', () => {
  const booking = {
    orgSlug: 'acme',
    resourceId: '0b6f0a5e-2f4c-4a53-9a39-8f0f8d5b9b7e',
    title: 'Standup',
    startsAt: '2030-01-07T10:00:00Z',
    endsAt: '2030-01-07T10:30:00Z',
  };

  it('blames endsAt when it is not after startsAt', () => {
    const result = createBookingInput.safeParse({ ...booking, endsAt: booking.startsAt });
    expect(issuePaths(result)).toEqual(['endsAt']);
  });

  it('blames only the malformed field, not the order check', () => {
    const result = createBookingInput.safeParse({ ...booking, startsAt: 'tomorrow' });
    expect(issuePaths(result)).toEqual(['startsAt']);
  });

  it('limits a series to 2–52 occurrences', () => {
    expect(repeatRule.safeParse({ frequency: 'weekly', count: 52 }).success).toBe(true);
    expect(repeatRule.safeParse({ frequency: 'weekly', count: 53 }).success).toBe(false);
    expect(repeatRule.safeParse({ frequency: 'daily', count: 1 }).success).toBe(false);
  });
});

it('blames only a malformed availability bound, not the range check', () => {
  const result = resourceAvailabilityInput.safeParse({
    orgSlug: 'acme',
    resourceId: '0b6f0a5e-2f4c-4a53-9a39-8f0f8d5b9b7e',
    from: 'yesterday',
    to: '2030-01-07T10:00:00Z',
  });
  expect(issuePaths(result)).toEqual(['from']);
});
