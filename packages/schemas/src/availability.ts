import { z } from 'zod';
import { id, instantInput, instantOutput, orgSlug, whenParsed } from './common';
import { resourceKind, resourceOutput } from './resources';

export const maxAvailabilityDays = 31;
const maxRangeMs = maxAvailabilityDays * 24 * 60 * 60 * 1000;

function isValidRange(value: { from: Date; to: Date }) {
  return value.from < value.to && value.to.getTime() - value.from.getTime() <= maxRangeMs;
}
const rangeIssue = {
  message: `must be after from and at most ${maxAvailabilityDays} days later`,
  path: ['to'],
  when: whenParsed('from', 'to'),
};

export const resourceAvailabilityInput = z
  .object({ orgSlug, resourceId: id, from: instantInput, to: instantInput })
  .refine(isValidRange, rangeIssue);

export const freeSlot = z.object({ startsAt: instantOutput, endsAt: instantOutput });
export const resourceAvailabilityOutput = z.object({ resourceId: id, free: z.array(freeSlot) });

export const availabilitySearchInput = z
  .object({
    orgSlug,
    from: instantInput,
    to: instantInput,
    kind: resourceKind.optional(),
    minCapacity: z.number().int().min(1).optional(),
  })
  .refine(isValidRange, rangeIssue);

export const availabilitySearchOutput = z.object({ items: z.array(resourceOutput) });
