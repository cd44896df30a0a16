import { EventEmitter, on } from 'node:events';
import type { bookingChangeOutput } from '@rota/schemas';
import type { z } from 'zod';

/** A change as the domain produces it (Dates, not strings); the API serializes it. */
export type BookingChangeRecord = z.input<typeof bookingChangeOutput>;

/**
 * Fan-out of booking changes to `bookings.onChange` subscribers. This in-process implementation
 * serves one instance; a Redis-backed one with the same interface serves several.
 */
export interface BookingEvents {
  /** Call only after the change has committed, so no subscriber ever sees a rolled-back one. */
  publish(orgId: string, change: BookingChangeRecord): void;
  /**
   * Yields the organization's changes published from this call on, until `signal` aborts or the
   * consumer stops iterating.
   */
  subscribe(orgId: string, signal?: AbortSignal): AsyncIterable<BookingChangeRecord>;
}

export function createInProcessBookingEvents(): BookingEvents {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (orgId, change) => void emitter.emit(orgId, change),
    subscribe(orgId, signal) {
      // Listen now, not at the first pull of the generator: a change published between subscribing
      // and reading (e.g. while an SSE response starts) is buffered instead of lost.
      const changes = on(emitter, orgId, { signal });
      return (async function* () {
        try {
          for await (const [change] of changes) yield change as BookingChangeRecord;
        } catch (error) {
          // `on` rejects with AbortError when the subscriber leaves: that is the normal end.
          if (!signal?.aborted) throw error;
        }
      })();
    },
  };
}
