import type { RouterOutputs } from '@rota/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { clockTime, periodAt, todayIn } from '../day-view/wall-clock';
import { describeError } from '../errors';
import type { OrgSession } from '../session';
import { useTRPC } from '../trpc';
import { FormError, TextField } from '../ui/field';
import { readForm } from '../ui/form-data';

type Booking = RouterOutputs['bookings']['list']['items'][number];
type Resource = RouterOutputs['resources']['get'];

interface BookingItemProps {
  session: OrgSession;
  booking: Booking;
  resource: Resource | undefined;
}

/** One of my bookings, with cancel and reschedule (times in the resource's time zone). */
export function BookingItem({ session, booking, resource }: BookingItemProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [rescheduling, setRescheduling] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.bookings.pathFilter());
  const cancel = useMutation(trpc.bookings.cancel.mutationOptions({ onSuccess: refresh }));
  const reschedule = useMutation(
    trpc.bookings.reschedule.mutationOptions({
      onSuccess: async () => {
        setRescheduling(false);
        await refresh();
      },
    }),
  );
  const timeZone = resource?.timezone ?? 'UTC';
  const date = todayIn(timeZone, new Date(booking.startsAt));
  const rescheduleError = describeError(reschedule.error, ['startsAt', 'endsAt']);

  return (
    <li>
      <strong>{booking.title}</strong> · {resource?.name ?? 'Resource'} · {date}{' '}
      {clockTime(booking.startsAt, timeZone)}–{clockTime(booking.endsAt, timeZone)}{' '}
      <span className="muted">({timeZone})</span>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setRescheduling(!rescheduling)}>
          Reschedule
        </button>
        <button
          type="button"
          className="secondary"
          disabled={cancel.isPending}
          onClick={() => cancel.mutate({ orgSlug: session.orgSlug, bookingId: booking.id })}
        >
          Cancel booking
        </button>
      </div>
      <FormError message={describeError(cancel.error).message} />
      {rescheduling && (
        <form
          noValidate
          aria-label={`Reschedule ${booking.title}`}
          onSubmit={(event) => {
            const { date: day = '', start = '', end = '' } = readForm(event);
            const period = periodAt(day, start, end, timeZone);
            if (!period) return;
            const { startsAt, endsAt } = period;
            reschedule.mutate({
              orgSlug: session.orgSlug,
              bookingId: booking.id,
              startsAt: startsAt.toISOString(),
              endsAt: endsAt.toISOString(),
              expectedVersion: booking.version,
            });
          }}
        >
          <TextField label="Date" name="date" type="date" defaultValue={date} required />
          <TextField
            label="Start"
            name="start"
            type="time"
            defaultValue={clockTime(booking.startsAt, timeZone)}
            error={rescheduleError.fields.startsAt}
            required
          />
          <TextField
            label="End"
            name="end"
            type="time"
            defaultValue={clockTime(booking.endsAt, timeZone)}
            error={rescheduleError.fields.endsAt}
            required
          />
          <FormError message={rescheduleError.message} />
          <button type="submit" disabled={reschedule.isPending}>
            Save new time
          </button>
        </form>
      )}
    </li>
  );
}
