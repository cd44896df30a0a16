import type { BookingChange } from '@rota/schemas';
import { describe, expect, it } from 'vitest';
import { createInProcessBookingEvents } from './events';

function change(type: BookingChange['type'], title: string): BookingChange {
  return {
    type,
    booking: {
      id: '00000000-0000-4000-8000-000000000001',
      resourceId: '00000000-0000-4000-8000-000000000002',
      title,
      startsAt: '2030-01-07T10:00:00.000Z',
      endsAt: '2030-01-07T11:00:00.000Z',
      status: type === 'cancelled' ? 'cancelled' : 'confirmed',
      bookedBy: { id: '00000000-0000-4000-8000-000000000003', name: 'Ada' },
      seriesId: null,
      version: 1,
      createdAt: '2030-01-07T09:00:00.000Z',
    },
  };
}

describe('in-process booking events', () => {
  it('delivers an organization its own changes, published after subscribe() even before reading', async () => {
    const events = createInProcessBookingEvents();
    const leave = new AbortController();
    const changes = events.subscribe('org-a', leave.signal)[Symbol.asyncIterator]();
    events.publish('org-b', change('created', 'other org'));
    events.publish('org-a', change('created', 'first'));
    events.publish('org-a', change('cancelled', 'second'));

    const first = await changes.next();
    const second = await changes.next();
    expect([first.value?.booking.title, second.value?.booking.title]).toEqual(['first', 'second']);

    leave.abort();
    await expect(changes.next()).resolves.toEqual({ done: true, value: undefined });
  });
});
