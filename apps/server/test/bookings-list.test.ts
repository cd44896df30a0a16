import type { RouterInputs, RouterOutputs } from '@rota/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput } from './fixtures/bookings';
import { expectInvalidField, expectTRPCError } from './fixtures/errors';
import { createOrgWithRoles, type OrgWithRoles } from './fixtures/orgs';
import { allPages } from './fixtures/pages';
import { createResource } from './fixtures/resources';
import { type SignedInClient, startTestServer } from './harness';

const server = await startTestServer();
afterAll(() => server.close());

type Booking = RouterOutputs['bookings']['create'];
type ListInput = Omit<RouterInputs['bookings']['list'], 'orgSlug' | 'cursor'>;

let org: OrgWithRoles;
let roomA: string;
let roomB: string;
/** By start time: A 10:00, B 11:00, A 12:00, B 13:00 (cancelled), A 14:00, A next day 09:00. */
let booked: Record<'a10' | 'b11' | 'a12' | 'b13' | 'a14' | 'a09', Booking>;

beforeAll(async () => {
  org = await createOrgWithRoles(server);
  roomA = (await createResource(org)).id;
  roomB = (await createResource(org)).id;
  const book = (client: SignedInClient, resourceId: string, startsAt: string) =>
    client.trpc.bookings.create.mutate(
      bookingInput(org, resourceId, startsAt, { title: startsAt }),
    );
  const { member, admin } = org.as;
  // Created out of order, so the listing order is the sort's doing.
  const a09 = await book(member, roomA, '2031-05-06T09:00:00Z');
  const a14 = await book(member, roomA, '2031-05-05T14:00:00Z');
  const b13 = await book(admin, roomB, '2031-05-05T13:00:00Z');
  const a12 = await book(member, roomA, '2031-05-05T12:00:00Z');
  const b11 = await book(admin, roomB, '2031-05-05T11:00:00Z');
  const a10 = await book(member, roomA, '2031-05-05T10:00:00Z');
  const cancelled = await admin.trpc.bookings.cancel.mutate({
    orgSlug: org.slug,
    bookingId: b13.id,
  });
  booked = { a10, b11, a12, b13: cancelled, a14, a09 };
});

/** Every page of a listing, fetched `limit` at a time through the cursors. */
async function listAll(client: SignedInClient, input: ListInput = {}): Promise<Booking[]> {
  const pages = await allPages((cursor) =>
    client.trpc.bookings.list.query({ orgSlug: org.slug, ...input, cursor }),
  );
  return pages.flat();
}

describe('bookings.list', () => {
  it('pages through every booking in (startsAt, id) order', async () => {
    const { a10, b11, a12, b13, a14, a09 } = booked;
    const first = await org.as.viewer.trpc.bookings.list.query({ orgSlug: org.slug, limit: 4 });
    expect(first.items).toEqual([a10, b11, a12, b13]);
    expect(first.nextCursor).toEqual(expect.any(String));
    await expect(listAll(org.as.viewer, { limit: 2 })).resolves.toEqual([
      a10,
      b11,
      a12,
      b13,
      a14,
      a09,
    ]);
  });

  // Filters are thunks: the rooms exist only once beforeAll has run.
  it.each<[string, () => ListInput, (keyof typeof booked)[]]>([
    ['one resource', () => ({ resourceId: roomB }), ['b11', 'b13']],
    ['confirmed only', () => ({ status: 'confirmed' }), ['a10', 'b11', 'a12', 'a14', 'a09']],
    ['cancelled only', () => ({ status: 'cancelled' }), ['b13']],
    [
      'bookings overlapping from–to',
      () => ({ from: '2031-05-05T11:30:00Z', to: '2031-05-05T12:30:00Z' }),
      ['b11', 'a12'],
    ],
    [
      'bookings still running at from',
      () => ({ from: '2031-05-05T13:30:00Z' }),
      ['b13', 'a14', 'a09'],
    ],
    ['bookings started before to', () => ({ to: '2031-05-05T11:00:00Z' }), ['a10']],
    [
      'one resource and a window',
      () => ({ resourceId: roomA, from: '2031-05-05T11:00:00Z', to: '2031-05-05T14:00:00Z' }),
      ['a12'],
    ],
  ])('filters %s', async (_, filter, expected) => {
    const items = await listAll(org.as.viewer, { ...filter(), limit: 2 });
    expect(items).toEqual(expected.map((key) => booked[key]));
  });

  it("lists only the caller's own bookings with mine", async () => {
    const { a10, a12, a14, a09 } = booked;
    await expect(listAll(org.as.member, { mine: true })).resolves.toEqual([a10, a12, a14, a09]);
    await expect(listAll(org.as.viewer, { mine: true })).resolves.toEqual([]);
  });

  it('rejects a cursor it did not issue', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'nobody'])).toString('base64url');
    await expectTRPCError(
      org.as.viewer.trpc.bookings.list.query({ orgSlug: org.slug, cursor: forged }),
      'BAD_REQUEST',
      'INVALID_CURSOR',
    );
  });

  it('rejects to before from, naming to', async () => {
    await expectInvalidField(
      org.as.viewer.trpc.bookings.list.query({
        orgSlug: org.slug,
        from: '2031-05-05T12:00:00Z',
        to: '2031-05-05T11:00:00Z',
      }),
      'to',
    );
  });
});
