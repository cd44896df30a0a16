import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../errors';
import { Link, navigate } from '../router';
import type { OrgSession } from '../session';
import { useTRPC } from '../trpc';
import { FormError } from '../ui/field';
import { BookingForm, bookingLengths, type SlotRequest } from './booking-form';
import { DaySchedule } from './day-schedule';
import { useLiveBookings, useRefreshDayViews } from './use-live-bookings';
import { addDays, dayBounds, parseDate, todayIn } from './wall-clock';

interface DayViewProps {
  session: OrgSession;
  resourceId: string;
  /** `YYYY-MM-DD` from the URL; today in the resource's time zone when absent. */
  date: string | null;
}

export function DayViewPage({ session, resourceId, date }: DayViewProps) {
  const trpc = useTRPC();
  const { orgSlug } = session;
  const resource = useQuery(trpc.resources.get.queryOptions({ orgSlug, resourceId }));
  useLiveBookings(orgSlug, resourceId);
  if (resource.isPending) return <p className="loading">Loading…</p>;
  if (resource.isError) return <FormError message={describeError(resource.error).message} />;

  const timeZone = resource.data.timezone;
  const day = date && parseDate(date) ? date : todayIn(timeZone);
  const dayLink = (d: string) => `/o/${orgSlug}/resources/${resourceId}?date=${d}`;
  return (
    <>
      <h1>{resource.data.name}</h1>
      <nav className="day-nav" aria-label="Day">
        <Link href={dayLink(addDays(day, -1))}>← Previous day</Link>
        <label>
          <span className="visually-hidden">Day</span>
          <input
            type="date"
            value={day}
            onChange={(event) => {
              if (parseDate(event.target.value)) navigate(dayLink(event.target.value));
            }}
          />
        </label>
        <Link href={dayLink(addDays(day, 1))}>Next day →</Link>
        <span className="muted">Times in {timeZone}</span>
      </nav>
      <Day session={session} resource={resource.data} day={day} />
    </>
  );
}

interface DayProps {
  session: OrgSession;
  resource: { id: string; timezone: string; minBookingMinutes: number; maxBookingMinutes: number };
  day: string;
}

function Day({ session, resource, day }: DayProps) {
  const trpc = useTRPC();
  const refresh = useRefreshDayViews();
  const [title, setTitle] = useState('');
  const lengths = bookingLengths(resource);
  const [minutes, setMinutes] = useState(lengths.includes(60) ? 60 : (lengths[0] ?? 60));
  const bounds = dayBounds(day, resource.timezone);
  const range = {
    orgSlug: session.orgSlug,
    resourceId: resource.id,
    from: bounds?.from.toISOString() ?? '',
    to: bounds?.to.toISOString() ?? '',
  };
  const bookings = useQuery(
    trpc.bookings.list.queryOptions({ ...range, status: 'confirmed', limit: 100 }),
  );
  const availability = useQuery(trpc.availability.forResource.queryOptions(range));
  // Settled, not succeeded: a slot someone just took should vanish from this page too.
  const book = useMutation(trpc.bookings.create.mutationOptions({ onSettled: refresh }));
  const bookSlot = (slot: SlotRequest) =>
    book.mutate({ orgSlug: session.orgSlug, resourceId: resource.id, title, ...slot });
  const canBook = session.role !== 'viewer';
  if (!bounds) return null;

  return (
    <>
      {canBook && (
        <BookingForm
          day={day}
          resource={resource}
          title={title}
          onTitleChange={setTitle}
          lengths={lengths}
          minutes={minutes}
          onMinutesChange={setMinutes}
          onBook={bookSlot}
          pending={book.isPending}
          error={describeError(book.error, ['title', 'startsAt', 'endsAt'])}
          booked={book.isSuccess ? book.data : null}
        />
      )}
      <FormError message={describeError(bookings.error ?? availability.error).message} />
      {bookings.data && availability.data && (
        <DaySchedule
          day={bounds}
          timeZone={resource.timezone}
          bookings={bookings.data.items}
          free={availability.data.free}
          slotMinutes={minutes}
          onBook={canBook && !book.isPending ? bookSlot : undefined}
        />
      )}
    </>
  );
}
