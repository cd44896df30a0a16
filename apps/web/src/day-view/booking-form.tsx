import type { RouterOutputs } from '@rota/client';
import { useState } from 'react';
import type { ErrorView } from '../errors';
import { FormError, TextField } from '../ui/field';
import { readForm } from '../ui/form-data';
import { clockTime, instantAt } from './wall-clock';

export interface SlotRequest {
  startsAt: string;
  endsAt: string;
}

interface Limits {
  timezone: string;
  minBookingMinutes: number;
  maxBookingMinutes: number;
}

const commonLengths = [15, 30, 60, 90, 120, 240, 480];

/** The booking lengths offered for a resource: the common ones its limits allow, or its minimum. */
export function bookingLengths({ minBookingMinutes, maxBookingMinutes }: Limits): number[] {
  const allowed = commonLengths.filter((m) => m >= minBookingMinutes && m <= maxBookingMinutes);
  return allowed.length > 0 ? allowed : [minBookingMinutes];
}

const lengthLabel = (minutes: number) =>
  minutes % 60 === 0
    ? `${minutes / 60} h`
    : minutes > 60
      ? `${(minutes / 60).toFixed(1)} h`
      : `${minutes} min`;

interface BookingFormProps {
  day: string;
  resource: Limits;
  title: string;
  onTitleChange(title: string): void;
  lengths: number[];
  minutes: number;
  onMinutesChange(minutes: number): void;
  onBook(slot: SlotRequest): void;
  pending: boolean;
  error: ErrorView;
  booked: RouterOutputs['bookings']['create'] | null;
}

/** Title and length apply to the free slots below too; the start time books any other time. */
export function BookingForm(props: BookingFormProps) {
  const { day, resource, title, lengths, minutes, error, booked } = props;
  const [startError, setStartError] = useState<string | undefined>();
  return (
    <form
      className="booking-form"
      noValidate
      onSubmit={(event) => {
        const { start = '' } = readForm(event);
        const startsAt = instantAt(day, start, resource.timezone);
        setStartError(startsAt ? undefined : 'Pick a start time.');
        if (!startsAt) return;
        const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
        props.onBook({ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
      }}
    >
      <TextField
        label="Title"
        name="title"
        value={title}
        onChange={(event) => props.onTitleChange(event.target.value)}
        required
        error={error.fields.title}
      />
      <div className="field">
        <label htmlFor="booking-length">Length</label>
        <select
          id="booking-length"
          value={minutes}
          onChange={(event) => props.onMinutesChange(Number(event.target.value))}
        >
          {lengths.map((length) => (
            <option key={length} value={length}>
              {lengthLabel(length)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Start time"
        name="start"
        type="time"
        step={60}
        error={startError ?? error.fields.startsAt ?? error.fields.endsAt}
      />
      <button type="submit" disabled={props.pending}>
        Book
      </button>
      <FormError message={error.message} />
      {booked && !error.message && (
        <p role="status" className="success">
          Booked {clockTime(booked.startsAt, resource.timezone)}–
          {clockTime(booked.endsAt, resource.timezone)}: {booked.title}
        </p>
      )}
    </form>
  );
}
