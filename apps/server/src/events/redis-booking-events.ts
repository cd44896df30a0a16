import { type BookingEvents, createInProcessBookingEvents } from '@rota/core';
import type { BookingChange } from '@rota/schemas';
import { Redis } from 'ioredis';

const channel = 'rota:booking-changes';

interface Envelope {
  orgId: string;
  change: BookingChange;
}

export interface ClosableBookingEvents extends BookingEvents {
  close(): Promise<void>;
}

/**
 * Booking changes across instances: each instance publishes to one Redis channel and relays
 * everything it hears to its own in-process subscribers, so an SSE stream held by instance B sees
 * a booking made through instance A. One channel, not one per organization: an instance would
 * otherwise subscribe and unsubscribe as streams come and go, and Redis pub/sub is cheap enough
 * to filter locally.
 */
export async function createRedisBookingEvents(url: string): Promise<ClosableBookingEvents> {
  const publisher = new Redis(url, { lazyConnect: true });
  const subscriber = publisher.duplicate();
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const local = createInProcessBookingEvents();
  subscriber.on('message', (_channel: string, message: string) => {
    const { orgId, change } = JSON.parse(message) as Envelope;
    local.publish(orgId, change);
  });
  await subscriber.subscribe(channel);
  return {
    publish(orgId, change) {
      const envelope: Envelope = { orgId, change };
      void publisher.publish(channel, JSON.stringify(envelope));
    },
    subscribe: local.subscribe,
    async close() {
      await Promise.all([subscriber.quit(), publisher.quit()]);
    },
  };
}
