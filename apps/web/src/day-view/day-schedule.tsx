import type { RouterOutputs } from '@rota/client';
import { clockTime, freeSlots, type Interval } from './wall-clock';

type Booking = RouterOutputs['bookings']['list']['items'][number];

interface DayScheduleProps {
  day: { from: Date; to: Date };
  timeZone: string;
  bookings: readonly Booking[];
  free: readonly Interval[];
  slotMinutes: number;
  /** Absent for viewers and while a booking is being made. */
  onBook: ((slot: Interval) => void) | undefined;
}

type Row = { kind: 'booking'; booking: Booking } | { kind: 'free'; slot: Interval };

/** The day in time order: who booked what, and each free slot as a button that books it. */
export function DaySchedule({
  day,
  timeZone,
  bookings,
  free,
  slotMinutes,
  onBook,
}: DayScheduleProps) {
  const rows: Row[] = [
    ...bookings.map((booking): Row => ({ kind: 'booking', booking })),
    ...freeSlots(free, day, slotMinutes, new Date()).map((slot): Row => ({ kind: 'free', slot })),
  ].sort((a, b) => startOf(a).localeCompare(startOf(b)));
  const span = (i: Interval) =>
    `${clockTime(i.startsAt, timeZone)}–${clockTime(i.endsAt, timeZone)}`;

  if (rows.length === 0) return <p>Nothing free or booked on this day.</p>;
  return (
    <ol className="schedule" aria-label="Schedule">
      {rows.map((row) =>
        row.kind === 'booking' ? (
          <li key={row.booking.id} className="booked">
            <span className="time">{span(row.booking)}</span>
            <span>
              <strong>{row.booking.title}</strong>{' '}
              <span className="muted">booked by {row.booking.bookedBy.name}</span>
            </span>
          </li>
        ) : (
          <li key={row.slot.startsAt} className="free">
            <span className="time">{span(row.slot)}</span>
            {onBook ? (
              <button type="button" className="slot" onClick={() => onBook(row.slot)}>
                Book {span(row.slot)}
              </button>
            ) : (
              <span className="muted">free</span>
            )}
          </li>
        ),
      )}
    </ol>
  );
}

const startOf = (row: Row) => (row.kind === 'booking' ? row.booking.startsAt : row.slot.startsAt);
