import { createRotaClient } from '@rota/client';
import { bookings } from '@rota/db';
import { getTestDatabase } from '@rota/db/testing';
import { TRPCClientError } from '@trpc/client';
import { and, eq } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { bookingInput } from './fixtures/bookings';
import { createOrgWithRoles } from './fixtures/orgs';
import { createResource } from './fixtures/resources';
import { startTestServer } from './harness';

const server = await startTestServer();
const { db } = await getTestDatabase();
afterAll(() => server.close());

const parallelRequests = 50;

it('lets exactly one of 50 simultaneous overlapping bookings win; the rest are CONFLICT, never 500', async () => {
  const org = await createOrgWithRoles(server);
  const room = await createResource(org);
  // One client per request: calls from a single client would be batched into one HTTP request.
  const clients = Array.from({ length: parallelRequests }, () =>
    createRotaClient({ url: server.trpcUrl, headers: { cookie: org.as.member.cookie() } }),
  );
  const results = await Promise.allSettled(
    clients.map((client, i) =>
      client.bookings.create.mutate(
        // Different periods, all containing 10:00–10:15, so every pair overlaps.
        bookingInput(org, room.id, i % 2 === 0 ? '2031-09-01T09:30:00Z' : '2031-09-01T10:00:00Z', {
          title: `Attempt ${i}`,
          minutes: 45 + (i % 4) * 15,
        }),
      ),
    ),
  );

  const winners = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  expect(winners).toHaveLength(1);
  expect(failures).toHaveLength(parallelRequests - 1);
  for (const error of failures) {
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error.data).toMatchObject({
      code: 'CONFLICT',
      httpStatus: 409,
      appCode: 'BOOKING_OVERLAP',
    });
  }
  const stored = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.resourceId, room.id), eq(bookings.status, 'confirmed')));
  expect(stored).toEqual([{ id: winners[0]?.id }]);
});
