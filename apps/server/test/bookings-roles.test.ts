import { bookings } from '@rota/db';
import { getTestDatabase } from '@rota/db/testing';
import type { Role } from '@rota/schemas';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput, rescheduleInput } from './fixtures/bookings';
import { expectTRPCError } from './fixtures/errors';
import { orgFootprint } from './fixtures/footprint';
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

const roles: [Role, 'allowed' | 'FORBIDDEN'][] = [
  ['owner', 'allowed'],
  ['admin', 'allowed'],
  ['member', 'allowed'],
  ['viewer', 'FORBIDDEN'],
];

/** Runs `call`; a FORBIDDEN outcome must leave the organization's bookings and audit untouched. */
async function expectOutcome(outcome: 'allowed' | 'FORBIDDEN', call: () => Promise<unknown>) {
  if (outcome === 'allowed') return call();
  const before = await orgFootprint(db, org.id);
  await expectTRPCError(call(), 'FORBIDDEN', 'FORBIDDEN');
  expect(await orgFootprint(db, org.id)).toEqual(before);
}

describe.each(roles)('a %s', (role, outcome) => {
  it(`creating a booking is ${outcome}`, async () => {
    const room = await createResource(org);
    const created = await expectOutcome(outcome, () =>
      org.as[role].trpc.bookings.create.mutate(
        bookingInput(org, room.id, '2031-07-01T10:00:00Z', { title: role }),
      ),
    );
    if (outcome === 'allowed') {
      expect(created).toMatchObject({ bookedBy: { id: org.as[role].user.id } });
    }
  });

  it(`creating a series is ${outcome}`, async () => {
    const room = await createResource(org);
    const created = await expectOutcome(outcome, () =>
      org.as[role].trpc.bookings.createSeries.mutate({
        ...bookingInput(org, room.id, '2031-07-01T10:00:00Z', { title: role }),
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
    const room = await createResource(org);
    return org.as[booker].trpc.bookings.create.mutate(
      bookingInput(org, room.id, '2031-07-02T10:00:00Z', { title: `${booker}'s` }),
    );
  }
  const versionOf = async (bookingId: string) =>
    (await db.select().from(bookings).where(eq(bookings.id, bookingId)))[0]?.version;

  it(`rescheduling is ${outcome}`, async () => {
    const booking = await bookAs();
    await expectOutcome(outcome, () =>
      org.as[actor].trpc.bookings.reschedule.mutate(
        rescheduleInput(org, booking.id, '2031-07-02T12:00:00Z'),
      ),
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
