import { type BookingEvents, createInProcessBookingEvents } from '@rota/core';
import fp from 'fastify-plugin';
import { createRedisBookingEvents } from '../events/redis-booking-events';

declare module 'fastify' {
  interface FastifyInstance {
    bookingEvents: BookingEvents;
  }
}

/**
 * Where `bookings.onChange` subscribers hear about changes: Redis pub/sub when REDIS_URL is set,
 * so every instance behind the load balancer sees every change; in-process otherwise.
 */
export const bookingEventsPlugin = fp<{ redisUrl: string | undefined }>(
  async (app, { redisUrl }) => {
    if (!redisUrl) {
      app.decorate('bookingEvents', createInProcessBookingEvents());
      return;
    }
    const events = await createRedisBookingEvents(redisUrl, app.log);
    app.decorate('bookingEvents', events);
    app.addHook('onClose', () => events.close());
  },
  { name: 'booking-events' },
);
