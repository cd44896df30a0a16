import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../errors';
import type { OrgSession } from '../session';
import { useTRPC } from '../trpc';
import { FormError } from '../ui/field';
import { BookingItem } from './booking-item';

export function MyBookingsPage({ session }: { session: OrgSession }) {
  const trpc = useTRPC();
  const { orgSlug } = session;
  // From when the page opened: a booking that starts while the page is open stays listed.
  const [from] = useState(() => new Date().toISOString());
  const bookings = useQuery(
    trpc.bookings.list.queryOptions({ orgSlug, mine: true, status: 'confirmed', from, limit: 100 }),
  );
  const resources = useQuery(
    trpc.resources.list.queryOptions({ orgSlug, includeArchived: true, limit: 100 }),
  );
  const resourceById = new Map(resources.data?.items.map((r) => [r.id, r]));

  return (
    <>
      <h1>My upcoming bookings</h1>
      <FormError message={describeError(bookings.error ?? resources.error).message} />
      {bookings.data?.items.length === 0 && <p>No upcoming bookings.</p>}
      <ul className="cards">
        {bookings.data?.items.map((booking) => (
          <BookingItem
            key={booking.id}
            session={session}
            booking={booking}
            resource={resourceById.get(booking.resourceId)}
          />
        ))}
      </ul>
    </>
  );
}
