import { getTestDatabase } from '@rota/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput } from './fixtures/bookings';
import { expectInvalidField, expectTRPCError } from './fixtures/errors';
import { auditTrail, orgFootprint } from './fixtures/footprint';
import { createOrgWithRoles, type OrgWithRoles } from './fixtures/orgs';
import { createResource } from './fixtures/resources';
import { startTestServer } from './harness';

const server = await startTestServer();
const { db } = await getTestDatabase();
afterAll(() => server.close());

let org: OrgWithRoles;
beforeAll(async () => {
  org = await createOrgWithRoles(server);
});

const berlinClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

describe('bookings.createSeries', () => {
  it('refuses a series whose bookings would overlap each other, writing nothing', async () => {
    const room = await createResource(org, { maxBookingMinutes: 3000 });
    const before = await orgFootprint(db, org.id);
    await expectInvalidField(
      org.as.member.trpc.bookings.createSeries.mutate({
        ...bookingInput(org, room.id, '2030-10-17T07:00:00Z', { minutes: 26 * 60 }),
        repeat: { frequency: 'daily', count: 3 },
      }),
      'repeat.frequency',
      'INVALID_INPUT',
    );
    expect(await orgFootprint(db, org.id)).toEqual(before);
  });

  it('keeps the local wall-clock time of a weekly series across the end of summer time', async () => {
    // Thursdays 09:00–10:00 in Berlin, which leaves summer time (UTC+2) on Sunday 2030-10-27.
    const weekdays = [{ start: '08:00', end: '18:00' }];
    const room = await createResource(org, {
      timezone: 'Europe/Berlin',
      openingHours: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays },
    });
    const { member } = org.as;
    const series = await member.trpc.bookings.createSeries.mutate({
      ...bookingInput(org, room.id, '2030-10-17T07:00:00Z', { title: 'Weekly' }),
      repeat: { frequency: 'weekly', count: 4 },
    });
    expect(series.bookings.map((b) => [b.startsAt, b.endsAt])).toEqual([
      ['2030-10-17T07:00:00.000Z', '2030-10-17T08:00:00.000Z'],
      ['2030-10-24T07:00:00.000Z', '2030-10-24T08:00:00.000Z'],
      ['2030-10-31T08:00:00.000Z', '2030-10-31T09:00:00.000Z'],
      ['2030-11-07T08:00:00.000Z', '2030-11-07T09:00:00.000Z'],
    ]);
    expect(new Set(series.bookings.map((b) => berlinClock.format(new Date(b.startsAt))))).toEqual(
      new Set(['Thu 09:00']),
    );
    for (const booking of series.bookings) {
      expect(booking).toMatchObject({
        seriesId: series.seriesId,
        resourceId: room.id,
        title: 'Weekly',
        status: 'confirmed',
        version: 1,
        bookedBy: { id: member.user.id },
      });
    }
    expect(await auditTrail(db, series.seriesId)).toEqual([
      { action: 'booking.series_created', actorId: member.user.id },
    ]);
    const listed = await member.trpc.bookings.list.query({
      orgSlug: org.slug,
      resourceId: room.id,
    });
    expect(listed.items).toEqual(series.bookings);
  });

  it('writes nothing and lists every colliding occurrence when some collide', async () => {
    const room = await createResource(org);
    const book = (startsAt: string, minutes: number) =>
      org.as.admin.trpc.bookings.create.mutate(
        bookingInput(org, room.id, startsAt, { title: 'In the way', minutes }),
      );
    // Daily 10:00–11:00 (UTC) from 2031-08-04; occurrences 1 and 3 are partly taken, and a
    // booking ending exactly at 10:00 on day 2 touches without colliding.
    await book('2031-08-05T10:30:00Z', 60);
    await book('2031-08-06T09:00:00Z', 60);
    await book('2031-08-07T09:30:00Z', 60);
    const cancelled = await book('2031-08-08T10:00:00Z', 60);
    await org.as.admin.trpc.bookings.cancel.mutate({ orgSlug: org.slug, bookingId: cancelled.id });

    const before = await orgFootprint(db, org.id);
    const data = await expectTRPCError(
      org.as.member.trpc.bookings.createSeries.mutate({
        ...bookingInput(org, room.id, '2031-08-04T10:00:00Z', { title: 'Daily' }),
        repeat: { frequency: 'daily', count: 5 },
      }),
      'CONFLICT',
      'SERIES_CONFLICT',
    );
    expect(data.details).toEqual({
      conflicts: [
        { index: 1, startsAt: '2031-08-05T10:00:00.000Z', endsAt: '2031-08-05T11:00:00.000Z' },
        { index: 3, startsAt: '2031-08-07T10:00:00.000Z', endsAt: '2031-08-07T11:00:00.000Z' },
      ],
    });
    expect(await orgFootprint(db, org.id)).toEqual(before);
  });

  it('applies the booking rules to every occurrence, naming the first that breaks one', async () => {
    const mondays = [{ start: '08:00', end: '18:00' }];
    const room = await createResource(org, { timezone: 'UTC', openingHours: { mon: mondays } });
    const before = await orgFootprint(db, org.id);
    const data = await expectTRPCError(
      org.as.member.trpc.bookings.createSeries.mutate({
        ...bookingInput(org, room.id, '2031-08-04T10:00:00Z', {
          title: 'Daily on a Monday-only room',
        }),
        repeat: { frequency: 'daily', count: 3 },
      }),
      'BAD_REQUEST',
      'OUTSIDE_OPENING_HOURS',
    );
    expect(data.details).toEqual({
      occurrence: {
        index: 1,
        startsAt: '2031-08-05T10:00:00.000Z',
        endsAt: '2031-08-05T11:00:00.000Z',
      },
    });
    expect(await orgFootprint(db, org.id)).toEqual(before);
  });

  it.each([
    [{ count: 53 }, 'repeat.count'],
    [{ count: 1 }, 'repeat.count'],
    [{ frequency: 'monthly' }, 'repeat.frequency'],
  ])('answers BAD_REQUEST for repeat %o, naming %s and writing nothing', async (repeat, path) => {
    const room = await createResource(org);
    const before = await orgFootprint(db, org.id);
    await expectInvalidField(
      org.as.member.trpc.bookings.createSeries.mutate({
        ...bookingInput(org, room.id, '2031-08-04T10:00:00Z', { title: 'Too many' }),
        // Deliberately outside the input type: the server must reject what a client cannot send.
        repeat: { frequency: 'weekly', count: 2, ...repeat } as never,
      }),
      path,
    );
    expect(await orgFootprint(db, org.id)).toEqual(before);
  });
});
