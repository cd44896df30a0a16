import { bookingStatuses } from '@rota/schemas';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tstzrange } from './columns';
import { organizations } from './organizations';
import { resources } from './resources';
import { users } from './users';

// The exclusion constraint `bookings_no_overlap` (resource_id WITH =, period WITH &&, confirmed
// only) cannot be expressed in Drizzle's schema; it lives in a custom migration. See
// docs/database/data-model.md.
// #region bookings-table
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id),
    bookedBy: uuid('booked_by')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    period: tstzrange('period').notNull(),
    status: text('status', { enum: bookingStatuses }).notNull().default('confirmed'),
    seriesId: uuid('series_id'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    index('bookings_org_starts_idx').on(t.orgId, sql`lower(${t.period})`, t.id),
    // Organization-wide time windows (bookings.list with from/to, no resourceId): the exclusion
    // constraint's index leads with resource_id, so it cannot serve them.
    index('bookings_org_period_idx').using('gist', t.orgId, t.period),
    index('bookings_booked_by_idx').on(t.bookedBy),
    index('bookings_series_idx').on(t.seriesId),
    check('bookings_status_valid', sql`${t.status} in ('confirmed', 'cancelled')`),
    check(
      'bookings_period_bounded',
      sql`not isempty(${t.period}) and not lower_inf(${t.period}) and not upper_inf(${t.period})`,
    ),
    check(
      'bookings_cancelled_at_matches_status',
      sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`,
    ),
  ],
);
// #endregion
