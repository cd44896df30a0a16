import { z } from 'zod';
import { id, instantOutput, orgSlug, page, pageInput, resourceKinds, timezone } from './common';

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM (00:00–24:00)');

export const openingWindow = z.object({ start: clockTime, end: clockTime }).refine(
  (w) => w.start < w.end,
  // Ordering malformed times would only add a misleading second issue.
  {
    message: 'start must be before end',
    path: ['end'],
    when: (payload) => payload.issues.length === 0,
  },
);

const day = z.array(openingWindow).max(8).optional();

/** Windows in the resource's local time; a missing or empty day is closed. */
export const openingHours = z.object({
  mon: day,
  tue: day,
  wed: day,
  thu: day,
  fri: day,
  sat: day,
  sun: day,
});
export type OpeningHours = z.infer<typeof openingHours>;
export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export const resourceKind = z.enum(resourceKinds);
export const resourceName = z.string().trim().min(1).max(100);
const bookingMinutes = z
  .number()
  .int()
  .min(1)
  .max(60 * 24 * 31);

const resourceFields = {
  name: resourceName,
  kind: resourceKind,
  capacity: z.number().int().min(1).max(100_000),
  timezone: timezone.optional(),
  openingHours: openingHours.nullable().optional(),
  minBookingMinutes: bookingMinutes.optional(),
  maxBookingMinutes: bookingMinutes.optional(),
};

function minWithinMax(value: { minBookingMinutes?: number; maxBookingMinutes?: number }) {
  const { minBookingMinutes: min, maxBookingMinutes: max } = value;
  return min === undefined || max === undefined || min <= max;
}
const minWithinMaxIssue = {
  message: 'must be at least minBookingMinutes',
  path: ['maxBookingMinutes'],
};

export const createResourceInput = z
  .object({ orgSlug, ...resourceFields })
  .refine(minWithinMax, minWithinMaxIssue);

export const updateResourceInput = z
  .object({
    orgSlug,
    resourceId: id,
    name: resourceFields.name.optional(),
    kind: resourceFields.kind.optional(),
    capacity: resourceFields.capacity.optional(),
    timezone: resourceFields.timezone,
    openingHours: resourceFields.openingHours,
    minBookingMinutes: resourceFields.minBookingMinutes,
    maxBookingMinutes: resourceFields.maxBookingMinutes,
  })
  .refine(minWithinMax, minWithinMaxIssue);

export const resourceRefInput = z.object({ orgSlug, resourceId: id });

export const listResourcesInput = z.object({
  orgSlug,
  kind: resourceKind.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  includeArchived: z.boolean().default(false),
  ...pageInput,
});

export const resourceOutput = z.object({
  id,
  name: z.string(),
  kind: resourceKind,
  capacity: z.number().int(),
  timezone: z.string(),
  openingHours: openingHours.nullable(),
  minBookingMinutes: z.number().int(),
  maxBookingMinutes: z.number().int(),
  archivedAt: instantOutput.nullable(),
  createdAt: instantOutput,
  updatedAt: instantOutput,
});
export type Resource = z.infer<typeof resourceOutput>;
export const resourcePageOutput = page(resourceOutput);
