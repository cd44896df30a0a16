import { bookings } from '@rota/db';
import { getTestDatabase } from '@rota/db/testing';
import type { Role } from '@rota/schemas';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingFootprint, createRoom, slot } from './bookings-fixtures';
import { startTestServer } from './harness';
import { createOrgWithRoles, expectTRPCError, type OrgWithRoles } from './resource-fixtures';

const server = await startTestServer();
const { db } = await getTestDatabase();
afterAll(() => server.close());

let org: OrgWithRoles;
beforeAll(async () => {
  org = await createOrgWithRoles(server);
});

const roles: [Role, 'allowed' | 'FORBIDDEN'][] = [
  ['owner', 'allowed'],
  ['admin', 'allowed'],
  ['member', 'allowed'],
  ['viewer', 'FORBIDDEN'],
];

/** Runs `call`; a FORBIDDEN outcome must leave the organization's bookings and audit untouched. */
async function expectOutcome(outcome: 'allowed' | 'FORBIDDEN', call: () => Promise<unknown>) {
  if (outcome === 'allowed') return call();
  const before = await bookingFootprint(db, org.id);
  await expectTRPCError(call(), 'FORBIDDEN', 'FORBIDDEN');
  expect(await bookingFootprint(db, org.id)).toEqual(before);
}

describe.each(roles)('a %s', (role, outcome) => {
  it(`creating a booking is ${outcome}`, async () => {
    const room = await createRoom(org);
    const created = await expectOutcome(outcome, () =>
      org.as[role].trpc.bookings.create.mutate({
        orgSlug: org.slug,
        resourceId: room.id,
        title: role,
        ...slot('2031-07-01T10:00:00Z'),
      }),
    );
    if (outcome === 'allowed') {
      expect(created).toMatchObject({ bookedBy: { id: org.as[role].user.id } });
    }
  });

  it(`creating a series is ${outcome}`, async () => {
    const room = await createRoom(org);
    const created = await expectOutcome(outcome, () =>
      org.as[role].trpc.bookings.createSeries.mutate({
        orgSlug: org.slug,
        resourceId: room.id,
        title: role,
        ...slot('2031-07-01T10:00:00Z'),
        repeat: { frequency: 'daily', count: 2 },
      }),
    );
    if (outcome === 'allowed') expect(created).toMatchObject({ bookings: { length: 2 } });
  });
});

/**
 * Who may reschedule or cancel whose booking: the booker (member or above) and any admin or
 * owner; a member may not touch someone else's booking, a viewer none.
 */
const changes: [actor: Role, booker: Role, outcome: 'allowed' | 'FORBIDDEN'][] = [
  ['owner', 'member', 'allowed'],
  ['admin', 'member', 'allowed'],
  ['admin', 'owner', 'allowed'],
  ['member', 'member', 'allowed'],
  ['member', 'admin', 'FORBIDDEN'],
  ['viewer', 'member', 'FORBIDDEN'],
];

describe.each(changes)('a %s changing a booking of the %s', (actor, booker, outcome) => {
  async function bookAs() {
    const room = await createRoom(org);
    return org.as[booker].trpc.bookings.create.mutate({
      orgSlug: org.slug,
      resourceId: room.id,
      title: `${booker}'s`,
      ...slot('2031-07-02T10:00:00Z'),
    });
  }
  const versionOf = async (bookingId: string) =>
    (await db.select().from(bookings).where(eq(bookings.id, bookingId)))[0]?.version;

  it(`rescheduling is ${outcome}`, async () => {
    const booking = await bookAs();
    await expectOutcome(outcome, () =>
      org.as[actor].trpc.bookings.reschedule.mutate({
        orgSlug: org.slug,
        bookingId: booking.id,
        ...slot('2031-07-02T12:00:00Z'),
        expectedVersion: 1,
      }),
    );
    expect(await versionOf(booking.id)).toBe(outcome === 'allowed' ? 2 : 1);
  });

  it(`cancelling is ${outcome}`, async () => {
    const booking = await bookAs();
    await expectOutcome(outcome, () =>
      org.as[actor].trpc.bookings.cancel.mutate({ orgSlug: org.slug, bookingId: booking.id }),
    );
    expect(await versionOf(booking.id)).toBe(outcome === 'allowed' ? 2 : 1);
  });
});
