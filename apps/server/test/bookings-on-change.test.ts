import { createRotaClient } from '@rota/client';
import type { BookingChange } from '@rota/schemas';
import { TRPCClientError } from '@trpc/client';
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoom, slot } from './bookings-fixtures';
import { type SessionClient, startTestServer } from './harness';
import { createOrgWithRoles, type OrgWithRoles } from './resource-fixtures';

const server = await startTestServer();
afterAll(() => server.close());

let org: OrgWithRoles;
let other: OrgWithRoles;
let foreignRoomId: string;
beforeAll(async () => {
  org = await createOrgWithRoles(server);
  other = await createOrgWithRoles(server);
  foreignRoomId = (await createRoom(other)).id;
});

/** A client whose subscriptions authenticate with `session`'s cookie (Node 20 has no EventSource). */
const subscriber = (session: SessionClient) =>
  createRotaClient({ url: server.trpcUrl, headers: { cookie: session.cookie() }, EventSource });

/**
 * Opens `bookings.onChange` and resolves once the server has accepted it (the subscription is
 * registered before the stream starts, so nothing published afterwards is missed).
 */
async function watch(session: SessionClient, input: { orgSlug: string; resourceId?: string }) {
  const changes: BookingChange[] = [];
  const errors: unknown[] = [];
  let unsubscribe = () => {};
  await new Promise<void>((started) => {
    ({ unsubscribe } = subscriber(session).bookings.onChange.subscribe(input, {
      onStarted: () => started(),
      onData: (change) => changes.push(change),
      onError: (error) => errors.push(error),
    }));
  });
  return { changes, errors, unsubscribe };
}

describe('bookings.onChange', () => {
  it("streams the organization's created, rescheduled and cancelled bookings, filtered by resource", async () => {
    const roomA = await createRoom(org);
    const roomB = await createRoom(org);
    const everything = await watch(org.as.viewer, { orgSlug: org.slug });
    const onlyB = await watch(org.as.viewer, { orgSlug: org.slug, resourceId: roomB.id });

    // Another organization's change comes first: had it leaked, it would arrive first too.
    await other.as.member.trpc.bookings.create.mutate({
      orgSlug: other.slug,
      resourceId: foreignRoomId,
      title: 'Elsewhere',
      ...slot('2031-10-01T10:00:00Z'),
    });
    const { member } = org.as;
    const onA = await member.trpc.bookings.create.mutate({
      orgSlug: org.slug,
      resourceId: roomA.id,
      title: 'On A',
      ...slot('2031-10-01T10:00:00Z'),
    });
    const onB = await member.trpc.bookings.create.mutate({
      orgSlug: org.slug,
      resourceId: roomB.id,
      title: 'On B',
      ...slot('2031-10-01T10:00:00Z'),
    });
    const moved = await member.trpc.bookings.reschedule.mutate({
      orgSlug: org.slug,
      bookingId: onB.id,
      ...slot('2031-10-01T12:00:00Z'),
      expectedVersion: 1,
    });
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
    const room = await createRoom(org);
    const watching = await watch(org.as.member, { orgSlug: org.slug, resourceId: room.id });
    const series = await org.as.member.trpc.bookings.createSeries.mutate({
      orgSlug: org.slug,
      resourceId: room.id,
      title: 'Series',
      ...slot('2031-10-06T10:00:00Z'),
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
      const { unsubscribe } = subscriber(session).bookings.onChange.subscribe(input, {
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
