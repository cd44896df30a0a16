import type { BookingChange } from '@rota/schemas';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bookingInput, rescheduleInput } from './fixtures/bookings';
import { createOrgWithRoles, type OrgWithRoles } from './fixtures/orgs';
import { createResource } from './fixtures/resources';
import { type SessionClient, startTestServer } from './harness';

const server = await startTestServer();
afterAll(() => server.close());

let org: OrgWithRoles;
let other: OrgWithRoles;
let foreignRoomId: string;
beforeAll(async () => {
  org = await createOrgWithRoles(server);
  other = await createOrgWithRoles(server);
  foreignRoomId = (await createResource(other)).id;
});

/**
 * Opens `bookings.onChange` and resolves once the server has accepted it (the subscription is
 * registered before the stream starts, so nothing published afterwards is missed).
 */
async function watch(session: SessionClient, input: { orgSlug: string; resourceId?: string }) {
  const changes: BookingChange[] = [];
  const errors: unknown[] = [];
  let unsubscribe = () => {};
  await new Promise<void>((started) => {
    ({ unsubscribe } = session.trpc.bookings.onChange.subscribe(input, {
      onStarted: () => started(),
      onData: (change) => changes.push(change),
      onError: (error) => errors.push(error),
    }));
  });
  return { changes, errors, unsubscribe };
}

describe('bookings.onChange', () => {
  it("streams the organization's created, rescheduled and cancelled bookings, filtered by resource", async () => {
    const roomA = await createResource(org);
    const roomB = await createResource(org);
    const everything = await watch(org.as.viewer, { orgSlug: org.slug });
    const onlyB = await watch(org.as.viewer, { orgSlug: org.slug, resourceId: roomB.id });

    // Another organization's change comes first: had it leaked, it would arrive first too.
    await other.as.member.trpc.bookings.create.mutate(
      bookingInput(other, foreignRoomId, '2031-10-01T10:00:00Z', { title: 'Elsewhere' }),
    );
    const { member } = org.as;
    const onA = await member.trpc.bookings.create.mutate(
      bookingInput(org, roomA.id, '2031-10-01T10:00:00Z', { title: 'On A' }),
    );
    const onB = await member.trpc.bookings.create.mutate(
      bookingInput(org, roomB.id, '2031-10-01T10:00:00Z', { title: 'On B' }),
    );
    const moved = await member.trpc.bookings.reschedule.mutate(
      rescheduleInput(org, onB.id, '2031-10-01T12:00:00Z'),
    );
    const cancelled = await member.trpc.bookings.cancel.mutate({
      orgSlug: org.slug,
      bookingId: onA.id,
    });

    await vi.waitFor(() => expect(everything.changes).toHaveLength(4));
    expect(everything.changes).toEqual([
      { type: 'created', booking: onA },
      { type: 'created', booking: onB },
      { type: 'rescheduled', booking: moved },
      { type: 'cancelled', booking: cancelled },
    ]);
    // Events are ordered per stream: by the time the last B event arrived, any A event would have.
    await vi.waitFor(() => expect(onlyB.changes).toHaveLength(2));
    expect(onlyB.changes).toEqual([
      { type: 'created', booking: onB },
      { type: 'rescheduled', booking: moved },
    ]);
    expect([...everything.errors, ...onlyB.errors]).toEqual([]);
    everything.unsubscribe();
    onlyB.unsubscribe();
  });

  it('announces every occurrence of a new series', async () => {
    const room = await createResource(org);
    const watching = await watch(org.as.member, { orgSlug: org.slug, resourceId: room.id });
    const series = await org.as.member.trpc.bookings.createSeries.mutate({
      ...bookingInput(org, room.id, '2031-10-06T10:00:00Z', { title: 'Series' }),
      repeat: { frequency: 'weekly', count: 3 },
    });
    await vi.waitFor(() => expect(watching.changes).toHaveLength(3));
    expect(watching.changes).toEqual(
      series.bookings.map((booking) => ({ type: 'created', booking })),
    );
    watching.unsubscribe();
  });

  it.each<[string, () => [SessionClient, { orgSlug: string; resourceId?: string }], string]>([
    [
      'a subscriber without a session',
      () => [server.client(), { orgSlug: org.slug }],
      'UNAUTHORIZED',
    ],
    // Not a member of the organization: NOT_FOUND, as for one that does not exist.
    ['a non-member', () => [other.as.owner, { orgSlug: org.slug }], 'NOT_FOUND'],
    [
      "another organization's resource",
      () => [org.as.viewer, { orgSlug: org.slug, resourceId: foreignRoomId }],
      'NOT_FOUND',
    ],
  ])('refuses %s', async (_, subscription, code) => {
    const [session, input] = subscription();
    const error = await new Promise((resolve) => {
      const { unsubscribe } = session.trpc.bookings.onChange.subscribe(input, {
        onError: (cause) => {
          unsubscribe();
          resolve(cause);
        },
      });
    });
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error).toMatchObject({ data: { code } });
  });
});
