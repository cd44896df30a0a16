import { type BookingEvents, createInProcessBookingEvents } from '@rota/core';
import { type BookingChange, bookingChangeTypes } from '@rota/schemas';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import { z } from 'zod';

const channel = 'rota:booking-changes';

/**
 * What travels on the channel. Our publishers send a change serialized by `bookingChangeOutput`;
 * arrival checks what the relay relies on, so a stray message cannot crash a subscriber.
 */
const envelope = z.object({
  orgId: z.string(),
  change: z.object({
    type: z.enum(bookingChangeTypes),
    booking: z.looseObject({ id: z.string(), resourceId: z.string() }),
  }),
});

export interface ClosableBookingEvents extends BookingEvents {
  close(): Promise<void>;
}

/**
 * Booking changes across instances: each instance publishes to one Redis channel and relays
 * everything it hears to its own in-process subscribers, so an SSE stream held by instance B sees
 * a booking made through instance A. One channel, not one per organization: an instance would
 * otherwise subscribe and unsubscribe as streams come and go, and Redis pub/sub is cheap enough
 * to filter locally.
 *
 * Redis trouble never takes the API down: a change that cannot be published is logged and lost
 * (subscribers refetch on reconnect), and a malformed message is logged and dropped.
 */
export async function createRedisBookingEvents(
  url: string,
  log: FastifyBaseLogger,
): Promise<ClosableBookingEvents> {
  const publisher = new Redis(url, { lazyConnect: true });
  const subscriber = publisher.duplicate();
  for (const client of [publisher, subscriber]) {
    client.on('error', (err) => log.warn({ err }, 'redis connection error'));
  }
  const close = async () => {
    await Promise.allSettled([subscriber.quit(), publisher.quit()]);
  };
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(channel);
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    throw error;
  }
  const local = createInProcessBookingEvents();
  subscriber.on('message', (_channel: string, message: string) => {
    const received = envelope.safeParse(safeJson(message));
    if (!received.success) {
      log.warn({ issues: received.error.issues }, 'dropped a malformed booking change from redis');
      return;
    }
    local.publish(received.data.orgId, received.data.change as BookingChange);
  });
  return {
    publish(orgId, change) {
      publisher
        .publish(channel, JSON.stringify({ orgId, change }))
        .catch((err: unknown) => log.warn({ err }, 'a booking change was not published'));
    },
    subscribe: local.subscribe,
    close,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
