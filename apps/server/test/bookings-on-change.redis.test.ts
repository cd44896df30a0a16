import { createRotaClient } from '@rota/client';
import type { BookingChange } from '@rota/schemas';
import { EventSource } from 'eventsource';
import { afterAll, expect, it, vi } from 'vitest';
import { bookingInput } from './fixtures/bookings';
import { createOrgWithRoles } from './fixtures/orgs';
import { createResource } from './fixtures/resources';
import { requiredRedisUrl, startTestServer } from './harness';

// Two instances behind one load balancer: they share the database and, through REDIS_URL, the
// booking change fan-out. *.redis.test.ts files run when REDIS_URL is set (vitest.shared.ts).
const redisUrl = requiredRedisUrl();
const instanceA = await startTestServer({ redisUrl });
const instanceB = await startTestServer({ redisUrl });
afterAll(() => Promise.all([instanceA.close(), instanceB.close()]));

it('streams a booking made through one instance to a subscriber connected to another', async () => {
  const org = await createOrgWithRoles(instanceA);
  const room = await createResource(org);
  const viewerOnB = createRotaClient({
    url: instanceB.trpcUrl,
    headers: { cookie: org.as.viewer.cookie() },
    EventSource,
  });
  const received: BookingChange[] = [];
  await new Promise<void>((started) => {
    const subscription = viewerOnB.bookings.onChange.subscribe(
      { orgSlug: org.slug, resourceId: room.id },
      { onStarted: () => started(), onData: (change) => received.push(change) },
    );
    afterAll(() => subscription.unsubscribe());
  });

  const booking = await org.as.member.trpc.bookings.create.mutate(
    bookingInput(org, room.id, '2031-10-01T10:00:00Z'),
  );

  await vi.waitFor(() => expect(received).toEqual([{ type: 'created', booking }]));
});
