import { EventEmitter, on } from 'node:events';
import type { BookingChange } from '@rota/schemas';

/**
 * Fan-out of booking changes to `bookings.onChange` subscribers. Changes travel in their wire
 * form (serialized once by the publisher, not once per subscriber), so an implementation can
 * carry them over a network as plain JSON. This in-process one serves one instance; the
 * Redis-backed one in apps/server serves several.
 */
export interface BookingEvents {
  /** Call only after the change has committed, so no subscriber ever sees a rolled-back one. */
  publish(orgId: string, change: BookingChange): void;
  /**
   * Yields the organization's changes published from this call on, until `signal` aborts or the
   * consumer stops iterating.
   */
  subscribe(orgId: string, signal?: AbortSignal): AsyncIterable<BookingChange>;
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
          for await (const [change] of changes) yield change as BookingChange;
        } catch (error) {
          // `on` rejects with AbortError when the subscriber leaves: that is the normal end.
          if (!signal?.aborted) throw error;
        }
      })();
    },
  };
}
