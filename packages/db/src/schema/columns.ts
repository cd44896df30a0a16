import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Case-insensitive text from the `citext` extension: emails compare and index without lower(). */
export const citext = customType<{ data: string }>({
  dataType: () => 'citext',
});

export interface Period {
  start: Date;
  end: Date;
}

/** A half-open `[start, end)` `tstzrange`, so back-to-back bookings do not overlap. */
export const tstzrange = customType<{ data: Period; driverData: string }>({
  dataType: () => 'tstzrange',
  toDriver: ({ start, end }) => `[${start.toISOString()},${end.toISOString()})`,
  fromDriver: parseTstzrange,
});

/** Parses PostgreSQL's text form, e.g. `["2026-03-29 01:00:00+00","2026-03-29 02:30:00+00")`. */
export function parseTstzrange(text: string): Period {
  const [lower = '', upper = ''] = text.slice(1, -1).split(',');
  return { start: parsePgTimestamp(lower), end: parsePgTimestamp(upper) };
}

function parsePgTimestamp(value: string): Date {
  const iso = value
    .replaceAll('"', '')
    .replace(' ', 'T')
    .replace(/([+-]\d\d)$/, '$1:00');
  return new Date(iso);
}

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
