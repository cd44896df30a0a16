import { bookings } from '@rota/db';
import { getTestDatabase } from '@rota/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput, rescheduleInput } from './fixtures/bookings';
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

async function bookRoom(startsAt = '2031-06-02T10:00:00Z') {
  const room = await createResource(org, { minBookingMinutes: 30, maxBookingMinutes: 120 });
  const booking = await org.as.member.trpc.bookings.create.mutate(
    bookingInput(org, room.id, startsAt, { title: 'Review' }),
  );
  return { room, booking };
}

const readRow = async (bookingId: string) =>
  (await db.select().from(bookings).where(eq(bookings.id, bookingId)))[0];

describe('bookings.reschedule', () => {
  it('moves the booking, bumps its version and records an audit event', async () => {
    const { booking } = await bookRoom();
    const moved = await org.as.member.trpc.bookings.reschedule.mutate(
      rescheduleInput(org, booking.id, '2031-06-02T15:00:00Z', { minutes: 90 }),
    );
    expect(moved).toEqual({
      ...booking,
      startsAt: '2031-06-02T15:00:00.000Z',
      endsAt: '2031-06-02T16:30:00.000Z',
      version: 2,
    });
    expect(await auditTrail(db, booking.id)).toEqual([
      { action: 'booking.created', actorId: org.as.member.user.id },
      { action: 'booking.rescheduled', actorId: org.as.member.user.id },
    ]);
  });

  it('answers CONFLICT/STALE_VERSION for a stale expectedVersion and changes nothing', async () => {
    const { booking } = await bookRoom();
    const reschedule = (startsAt: string, expectedVersion: number) =>
      org.as.member.trpc.bookings.reschedule.mutate(
        rescheduleInput(org, booking.id, startsAt, { expectedVersion }),
      );
    await reschedule('2031-06-02T11:00:00Z', 1);
    const before = await orgFootprint(db, org.id);
    await expectTRPCError(reschedule('2031-06-02T12:00:00Z', 1), 'CONFLICT', 'STALE_VERSION');
    await expectTRPCError(reschedule('2031-06-02T12:00:00Z', 3), 'CONFLICT', 'STALE_VERSION');
    expect(await orgFootprint(db, org.id)).toEqual(before);
    expect(await readRow(booking.id)).toMatchObject({
      version: 2,
      period: { start: new Date('2031-06-02T11:00:00Z'), end: new Date('2031-06-02T12:00:00Z') },
    });
  });

  it('lets exactly one of two edits based on the same version win', async () => {
    const { booking } = await bookRoom();
    const edits = ['2031-06-02T13:00:00Z', '2031-06-02T14:00:00Z'].map((startsAt) =>
      org.as.member.trpc.bookings.reschedule.mutate(rescheduleInput(org, booking.id, startsAt)),
    );
    const results = await Promise.allSettled(edits);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [loser] = results.filter((r) => r.status === 'rejected');
    expect(loser?.reason).toMatchObject({ data: { code: 'CONFLICT', appCode: 'STALE_VERSION' } });
    expect(await readRow(booking.id)).toMatchObject({ version: 2 });
  });

  it('leaves overlap to the database: moving onto another booking is BOOKING_OVERLAP', async () => {
    const { room, booking } = await bookRoom('2031-06-03T10:00:00Z');
    await org.as.admin.trpc.bookings.create.mutate(
      bookingInput(org, room.id, '2031-06-03T12:00:00Z', { title: 'Taken' }),
    );
    await expectTRPCError(
      org.as.member.trpc.bookings.reschedule.mutate(
        rescheduleInput(org, booking.id, '2031-06-03T11:30:00Z'),
      ),
      'CONFLICT',
      'BOOKING_OVERLAP',
    );
    expect(await readRow(booking.id)).toMatchObject({ version: 1 });
    // Moving within its own current slot is fine: the booking does not collide with itself.
    await org.as.member.trpc.bookings.reschedule.mutate(
      rescheduleInput(org, booking.id, '2031-06-03T10:30:00Z'),
    );
  });

  it('applies the booking rules to the new period', async () => {
    const { booking } = await bookRoom();
    const reschedule = (startsAt: string, minutes: number) =>
      org.as.member.trpc.bookings.reschedule.mutate(
        rescheduleInput(org, booking.id, startsAt, { minutes }),
      );
    await expectTRPCError(reschedule('2020-06-02T10:00:00Z', 60), 'BAD_REQUEST', 'IN_THE_PAST');
    await expectTRPCError(
      reschedule('2031-06-02T10:00:00Z', 121),
      'BAD_REQUEST',
      'DURATION_OUT_OF_RANGE',
    );
    await expectInvalidField(
      org.as.member.trpc.bookings.reschedule.mutate({
        orgSlug: org.slug,
        bookingId: booking.id,
        startsAt: '2031-06-02T10:00:00Z',
        endsAt: '2031-06-02T09:00:00Z',
        expectedVersion: 1,
      }),
      'endsAt',
    );
    expect(await readRow(booking.id)).toMatchObject({ version: 1 });
  });

  it('refuses to reschedule a cancelled booking (CONFLICT/BOOKING_CANCELLED)', async () => {
    const { booking } = await bookRoom();
    await org.as.member.trpc.bookings.cancel.mutate({ orgSlug: org.slug, bookingId: booking.id });
    await expectTRPCError(
      org.as.member.trpc.bookings.reschedule.mutate(
        rescheduleInput(org, booking.id, '2031-06-02T12:00:00Z', { expectedVersion: 2 }),
      ),
      'CONFLICT',
      'BOOKING_CANCELLED',
    );
    expect(await readRow(booking.id)).toMatchObject({ status: 'cancelled', version: 2 });
  });
});

describe('bookings.cancel', () => {
  it('keeps the row as cancelled, bumps the version and frees the slot', async () => {
    const { room, booking } = await bookRoom('2031-06-04T10:00:00Z');
    const rebook = () =>
      org.as.admin.trpc.bookings.create.mutate(
        bookingInput(org, room.id, '2031-06-04T10:00:00Z', { title: 'Same slot' }),
      );
    await expectTRPCError(rebook(), 'CONFLICT', 'BOOKING_OVERLAP');

    const cancelled = await org.as.member.trpc.bookings.cancel.mutate({
      orgSlug: org.slug,
      bookingId: booking.id,
    });
    expect(cancelled).toEqual({ ...booking, status: 'cancelled', version: 2 });
    expect(await readRow(booking.id)).toMatchObject({
      status: 'cancelled',
      cancelledAt: expect.any(Date),
    });
    expect(await auditTrail(db, booking.id)).toEqual([
      { action: 'booking.created', actorId: org.as.member.user.id },
      { action: 'booking.cancelled', actorId: org.as.member.user.id },
    ]);

    await expect(rebook()).resolves.toMatchObject({ status: 'confirmed' });
    await expect(
      org.as.viewer.trpc.bookings.get.query({ orgSlug: org.slug, bookingId: booking.id }),
    ).resolves.toEqual(cancelled);
  });

  it('answers CONFLICT/BOOKING_CANCELLED when cancelling twice, changing nothing', async () => {
    const { booking } = await bookRoom();
    const cancel = () =>
      org.as.member.trpc.bookings.cancel.mutate({ orgSlug: org.slug, bookingId: booking.id });
    await cancel();
    const before = await orgFootprint(db, org.id);
    await expectTRPCError(cancel(), 'CONFLICT', 'BOOKING_CANCELLED');
    expect(await orgFootprint(db, org.id)).toEqual(before);
    expect(await readRow(booking.id)).toMatchObject({ status: 'cancelled', version: 2 });
  });
});
