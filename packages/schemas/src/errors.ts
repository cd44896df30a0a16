/**
 * Stable codes carried in every domain error's `data.appCode`. Frontends and integrators switch
 * on these; they never change meaning once published.
 */
export const appCodes = [
  'BOOKING_OVERLAP',
  'STALE_VERSION',
  'BOOKING_CANCELLED',
  'OUTSIDE_OPENING_HOURS',
  'DURATION_OUT_OF_RANGE',
  'IN_THE_PAST',
  'RESOURCE_ARCHIVED',
  'SLUG_TAKEN',
  'EMAIL_TAKEN',
  'NAME_TAKEN',
  'ALREADY_MEMBER',
  'LAST_OWNER',
  'INVALID_CREDENTIALS',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'SERIES_CONFLICT',
  'INVALID_CURSOR',
  'INVALID_INPUT',
  'CONCURRENT_UPDATE',
] as const;
export type AppCode = (typeof appCodes)[number];

/** One invalid field of a BAD_REQUEST, as clients receive it in `error.data.issues`. */
export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `repeat.count`. */
  path: string;
  message: string;
  code: string;
}
