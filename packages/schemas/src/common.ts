import { z } from 'zod';

export const roles = ['owner', 'admin', 'member', 'viewer'] as const;
export type Role = (typeof roles)[number];
export const role = z.enum(roles);

export const resourceKinds = ['room', 'desk', 'equipment', 'vehicle', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export const bookingStatuses = ['confirmed', 'cancelled'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

export const id = z.uuid();

export const orgSlug = z
  .string()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9](-?[a-z0-9])*$/, 'lowercase letters, digits and single dashes only');

export const timezone = z.string().refine(isTimeZone, 'must be an IANA time zone');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

// #region instants
/** An instant on input: ISO-8601 with an explicit offset, parsed into a Date. */
export const instantInput = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/** An instant on output: the server returns a Date, the wire carries its UTC ISO string. */
export const instantOutput = z.date().transform((value) => value.toISOString());
// #endregion

export const pageInput = {
  // A cursor carries a sort key such as a 100-character name, JSON-escaped and base64url-encoded.
  cursor: z.string().max(1024).optional(),
  limit: z.number().int().min(1).max(100).default(50),
};

export function page<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const orgScoped = { orgSlug };

/** Runs a cross-field check only once these fields parsed, so a malformed one is not blamed twice. */
export function whenParsed(...fields: string[]) {
  return (payload: z.core.ParsePayload) =>
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
}
