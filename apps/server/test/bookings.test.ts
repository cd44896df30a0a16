import { randomUUID } from 'node:crypto';
import { bookings } from '@rota/db';
import { getTestDatabase } from '@rota/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput, slot } from './fixtures/bookings';
import { expectInvalidField, expectTRPCError } from './fixtures/errors';
import { auditTrail, orgFootprint } from './fixtures/footprint';
import { createOrgWithRoles, type OrgWithRoles } from './fixtures/orgs';
import { createResource } from './fixtures/resources';
import { startTestServer } from './harness';

const server = await startTestServer();
const { db } = await getTestDatabase();
afterAll(() => server.close());

let org: OrgWithRoles;
let other: OrgWithRoles;
beforeAll(async () => {
  org = await createOrgWithRoles(server);
  other = await createOrgWithRoles(server);
});

describe('bookings.create and get', () => {
  it('books a resource, returns the booking and records an audit event', async () => {
    const room = await createResource(org);
    const { member } = org.as;
    const booking = await member.trpc.bookings.create.mutate({
      orgSlug: org.slug,
      resourceId: room.id,
      title: '  Standup ',
      // Any offset on input; UTC on output.
      startsAt: '2031-01-06T10:00:00+01:00',
      endsAt: '2031-01-06T11:30:00+01:00',
    });
    expect(booking).toEqual({
      id: expect.any(String),
      resourceId: room.id,
      title: 'Standup',
      startsAt: '2031-01-06T09:00:00.000Z',
      endsAt: '2031-01-06T10:30:00.000Z',
      status: 'confirmed',
      bookedBy: { id: member.user.id, name: member.user.name },
      seriesId: null,
      version: 1,
      createdAt: expect.any(String),
    });
    await expect(
      org.as.viewer.trpc.bookings.get.query({ orgSlug: org.slug, bookingId: booking.id }),
    ).resolves.toEqual(booking);
    expect(await auditTrail(db, booking.id)).toEqual([
      { action: 'booking.created', actorId: member.user.id },
    ]);
  });

  it('answers CONFLICT/BOOKING_OVERLAP for an overlapping booking but allows back to back', async () => {
    const room = await createResource(org);
    const book = (startsAt: string, minutes: number) =>
      org.as.member.trpc.bookings.create.mutate(
        bookingInput(org, room.id, startsAt, { title: 'Slot', minutes }),
      );
    await book('2031-01-06T10:00:00Z', 60);
    const before = await orgFootprint(db, org.id);
    await expectTRPCError(book('2031-01-06T10:59:00Z', 30), 'CONFLICT', 'BOOKING_OVERLAP');
    expect(await orgFootprint(db, org.id)).toEqual(before);
    await expect(book('2031-01-06T11:00:00Z', 30)).resolves.toMatchObject({ version: 1 });
  });
});

describe('booking rules', () => {
  const attempt = (resourceId: string, startsAt: string, minutes = 60) =>
    org.as.member.trpc.bookings.create.mutate(
      bookingInput(org, resourceId, startsAt, { title: 'Rule check', minutes }),
    );

  it('rejects a start in the past with IN_THE_PAST', async () => {
    const room = await createResource(org);
    const before = await orgFootprint(db, org.id);
    await expectTRPCError(attempt(room.id, '2020-01-06T10:00:00Z'), 'BAD_REQUEST', 'IN_THE_PAST');
    expect(await orgFootprint(db, org.id)).toEqual(before);
  });

  it('keeps the duration within the resource limits (DURATION_OUT_OF_RANGE)', async () => {
    const room = await createResource(org, { minBookingMinutes: 30, maxBookingMinutes: 90 });
    const before = await orgFootprint(db, org.id);
    const tooShort = await expectTRPCError(
      attempt(room.id, '2031-02-03T10:00:00Z', 29),
      'BAD_REQUEST',
      'DURATION_OUT_OF_RANGE',
    );
    expect(tooShort.details).toEqual({ minBookingMinutes: 30, maxBookingMinutes: 90 });
    await expectTRPCError(
      attempt(room.id, '2031-02-03T10:00:00Z', 91),
      'BAD_REQUEST',
      'DURATION_OUT_OF_RANGE',
    );
    expect(await orgFootprint(db, org.id)).toEqual(before);
    await attempt(room.id, '2031-02-03T10:00:00Z', 30);
    await attempt(room.id, '2031-02-03T11:00:00Z', 90);
  });

  it('rejects an archived resource with RESOURCE_ARCHIVED', async () => {
    const room = await createResource(org);
    await org.as.admin.trpc.resources.archive.mutate({ orgSlug: org.slug, resourceId: room.id });
    const before = await orgFootprint(db, org.id);
    await expectTRPCError(
      attempt(room.id, '2031-02-03T10:00:00Z'),
      'BAD_REQUEST',
      'RESOURCE_ARCHIVED',
    );
    expect(await orgFootprint(db, org.id)).toEqual(before);
  });

  it('applies opening hours in the resource time zone across the start of summer time', async () => {
    // Europe/Berlin switches from UTC+1 to UTC+2 on Sunday 2030-03-31 at 01:00Z.
    const weekend = [{ start: '08:00', end: '18:00' }];
    const room = await createResource(org, {
      timezone: 'Europe/Berlin',
      openingHours: { sat: weekend, sun: weekend },
    });
    const before = await orgFootprint(db, org.id);
    const outside = [
      '2030-03-30T06:00:00Z', // Saturday (UTC+1): 08:00 local is 07:00Z.
      '2030-03-31T05:00:00Z', // Sunday (UTC+2): 08:00 local is 06:00Z,
      '2030-03-31T15:30:00Z', // and 18:00 local is 16:00Z.
      '2030-04-01T08:00:00Z', // Monday is closed all day.
    ];
    for (const startsAt of outside) {
      await expectTRPCError(attempt(room.id, startsAt), 'BAD_REQUEST', 'OUTSIDE_OPENING_HOURS');
    }
    expect(await orgFootprint(db, org.id)).toEqual(before);

    await attempt(room.id, '2030-03-30T07:00:00Z');
    await attempt(room.id, '2030-03-31T06:00:00Z');
    await attempt(room.id, '2030-03-31T15:00:00Z');
  });
});

describe('bad input', () => {
  it.each([
    ['endsAt before startsAt', { startsAt: '2031-03-03T11:00:00Z' }, 'endsAt'],
    ['a start without an offset', { startsAt: '2031-03-03T09:00:00' }, 'startsAt'],
    ['a malformed resource id', { resourceId: 'not-a-uuid' }, 'resourceId'],
    ['an empty title', { title: '   ' }, 'title'],
  ])('answers BAD_REQUEST naming the field for %s, writing nothing', async (_, change, path) => {
    const room = await createResource(org);
    const before = await orgFootprint(db, org.id);
    await expectInvalidField(
      org.as.member.trpc.bookings.create.mutate({
        orgSlug: org.slug,
        resourceId: room.id,
        title: 'Bad',
        startsAt: '2031-03-03T10:00:00Z',
        endsAt: '2031-03-03T10:30:00Z',
        ...change,
      }),
      path,
    );
    expect(await orgFootprint(db, org.id)).toEqual(before);
  });
});

describe('other organizations', () => {
  it("answers NOT_FOUND for another organization's resource and changes nothing", async () => {
    const foreignRoom = await createResource(other);
    const before = [await orgFootprint(db, org.id), await orgFootprint(db, other.id)];
    await expectTRPCError(
      org.as.owner.trpc.bookings.create.mutate(
        bookingInput(org, foreignRoom.id, '2031-03-03T10:00:00Z', { title: 'Sneaky' }),
      ),
      'NOT_FOUND',
      'NOT_FOUND',
    );
    await expectTRPCError(
      org.as.owner.trpc.bookings.list.query({ orgSlug: org.slug, resourceId: foreignRoom.id }),
      'NOT_FOUND',
    );
    expect([await orgFootprint(db, org.id), await orgFootprint(db, other.id)]).toEqual(before);
  });

  it("answers NOT_FOUND for another organization's booking, exactly like a missing one", async () => {
    const foreignRoom = await createResource(other);
    const foreign = await other.as.member.trpc.bookings.create.mutate(
      bookingInput(other, foreignRoom.id, '2031-03-03T10:00:00Z', { title: 'Theirs' }),
    );
    const before = await orgFootprint(db, other.id);
    for (const bookingId of [foreign.id, randomUUID()]) {
      const ref = { orgSlug: org.slug, bookingId };
      await expectTRPCError(org.as.owner.trpc.bookings.get.query(ref), 'NOT_FOUND');
      await expectTRPCError(org.as.owner.trpc.bookings.cancel.mutate(ref), 'NOT_FOUND');
      await expectTRPCError(
        org.as.owner.trpc.bookings.reschedule.mutate({
          ...ref,
          ...slot('2031-03-04T10:00:00Z'),
          expectedVersion: 1,
        }),
        'NOT_FOUND',
      );
    }
    expect(await orgFootprint(db, other.id)).toEqual(before);
    const [row] = await db.select().from(bookings).where(eq(bookings.id, foreign.id));
    expect(row).toMatchObject({ status: 'confirmed', version: 1 });
  });

  it('answers NOT_FOUND to someone who is not a member of the organization', async () => {
    await expectTRPCError(
      other.as.owner.trpc.bookings.list.query({ orgSlug: org.slug }),
      'NOT_FOUND',
    );
  });
});
