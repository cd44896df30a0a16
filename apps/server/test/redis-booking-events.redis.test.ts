import type { BookingChange } from '@rota/schemas';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, expect, it } from 'vitest';
import { createRedisBookingEvents } from '../src/events/redis-booking-events';
import { requiredRedisUrl } from './harness';
import { captureLogs } from './log-capture';

// *.redis.test.ts files run when REDIS_URL is set (vitest.shared.ts), as .ci/run does.
const redisUrl = requiredRedisUrl();
const logs = captureLogs();
const log = pino({ level: 'warn' }, logs.stream);
const instanceA = await createRedisBookingEvents(redisUrl, log);
const instanceB = await createRedisBookingEvents(redisUrl, log);
const stranger = new Redis(redisUrl);
afterAll(() => Promise.all([instanceA.close(), instanceB.close(), stranger.quit()]));

const change = (title: string): BookingChange => ({
  type: 'created',
  booking: {
    id: '00000000-0000-4000-8000-000000000001',
    resourceId: '00000000-0000-4000-8000-000000000002',
    title,
    startsAt: '2030-01-07T10:00:00.000Z',
    endsAt: '2030-01-07T11:00:00.000Z',
    status: 'confirmed',
    bookedBy: { id: '00000000-0000-4000-8000-000000000003', name: 'Ada' },
    seriesId: null,
    version: 1,
    createdAt: '2030-01-07T09:00:00.000Z',
  },
});

it("delivers a change published on one instance to another instance's subscribers, per organization", async () => {
  const orgId = crypto.randomUUID();
  const leave = new AbortController();
  const changes = instanceB.subscribe(orgId, leave.signal)[Symbol.asyncIterator]();
  instanceA.publish(crypto.randomUUID(), change('another organization'));
  instanceA.publish(orgId, change('made on A'));

  const received = await changes.next();
  expect(received.value).toEqual(change('made on A'));
  leave.abort();
});

it('drops a malformed message on the channel and keeps relaying', async () => {
  const orgId = crypto.randomUUID();
  const leave = new AbortController();
  const changes = instanceB.subscribe(orgId, leave.signal)[Symbol.asyncIterator]();
  await stranger.publish('rota:booking-changes', 'not json');
  await stranger.publish('rota:booking-changes', JSON.stringify({ orgId, change: { type: 'x' } }));
  instanceA.publish(orgId, change('still relayed'));

  expect((await changes.next()).value).toEqual(change('still relayed'));
  expect(logs.lines.filter((line) => line.msg?.includes('malformed'))).toHaveLength(4);
  leave.abort();
});

it('refuses to start when Redis cannot be reached', async () => {
  await expect(createRedisBookingEvents('redis://127.0.0.1:1', log)).rejects.toThrow();
});
