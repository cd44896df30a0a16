import { describe, expect, it } from 'vitest';
import type { BookingChangeRecord } from './events';
import { createInProcessBookingEvents } from './events';

function change(type: BookingChangeRecord['type'], title: string): BookingChangeRecord {
  const at = new Date('2030-01-07T10:00:00Z');
  return {
    type,
    booking: {
      id: '00000000-0000-4000-8000-000000000001',
      resourceId: '00000000-0000-4000-8000-000000000002',
      title,
      startsAt: at,
      endsAt: new Date(at.getTime() + 3_600_000),
      status: type === 'cancelled' ? 'cancelled' : 'confirmed',
      bookedBy: { id: '00000000-0000-4000-8000-000000000003', name: 'Ada' },
      seriesId: null,
      version: 1,
      createdAt: at,
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
