import { z } from 'zod';
import { userRef } from './auth';
import {
  bookingStatuses,
  id,
  instantInput,
  instantOutput,
  orgSlug,
  page,
  pageInput,
  whenParsed,
} from './common';

export const bookingTitle = z.string().trim().min(1).max(200);

function startsBeforeEnds(value: { startsAt: Date; endsAt: Date }) {
  return value.startsAt < value.endsAt;
}
const startsBeforeEndsIssue = {
  message: 'must be after startsAt',
  path: ['endsAt'],
  when: whenParsed('startsAt', 'endsAt'),
};

const bookingFields = {
  orgSlug,
  resourceId: id,
  title: bookingTitle,
  startsAt: instantInput,
  endsAt: instantInput,
};

export const createBookingInput = z
  .object(bookingFields)
  .refine(startsBeforeEnds, startsBeforeEndsIssue);

export const repeatRule = z.object({
  frequency: z.enum(['daily', 'weekly']),
  count: z.number().int().min(2).max(52),
});
export type RepeatRule = z.infer<typeof repeatRule>;

export const createSeriesInput = z
  .object({ ...bookingFields, repeat: repeatRule })
  .refine(startsBeforeEnds, startsBeforeEndsIssue);

export const rescheduleBookingInput = z
  .object({
    orgSlug,
    bookingId: id,
    startsAt: instantInput,
    endsAt: instantInput,
    expectedVersion: z.number().int().min(1),
  })
  .refine(startsBeforeEnds, startsBeforeEndsIssue);

export const bookingRefInput = z.object({ orgSlug, bookingId: id });

export const bookingStatus = z.enum(bookingStatuses);

export const listBookingsInput = z
  .object({
    orgSlug,
    resourceId: id.optional(),
    mine: z.boolean().default(false),
    from: instantInput.optional(),
    to: instantInput.optional(),
    status: bookingStatus.optional(),
    ...pageInput,
  })
  .refine((v) => !v.from || !v.to || v.from < v.to, {
    message: 'must be after from',
    path: ['to'],
    when: whenParsed('from', 'to'),
  });

export const bookingOutput = z.object({
  id,
  resourceId: id,
  title: z.string(),
  startsAt: instantOutput,
  endsAt: instantOutput,
  status: bookingStatus,
  bookedBy: userRef,
  seriesId: id.nullable(),
  version: z.number().int(),
  createdAt: instantOutput,
});
export type Booking = z.infer<typeof bookingOutput>;
export const bookingPageOutput = page(bookingOutput);

export const seriesOutput = z.object({ seriesId: id, bookings: z.array(bookingOutput) });

export const bookingChangesInput = z.object({ orgSlug, resourceId: id.optional() });
export const bookingChangeTypes = ['created', 'rescheduled', 'cancelled'] as const;
export const bookingChangeOutput = z.object({
  type: z.enum(bookingChangeTypes),
  booking: bookingOutput,
});
export type BookingChange = z.infer<typeof bookingChangeOutput>;
