import { type OpeningHours, resourceKinds } from '@rota/schemas';
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { organizations } from './organizations';

export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: resourceKinds }).notNull(),
    capacity: integer('capacity').notNull().default(1),
    timezone: text('timezone').notNull(),
    /** null = always open. */
    openingHours: jsonb('opening_hours').$type<OpeningHours>(),
    minBookingMinutes: integer('min_booking_minutes').notNull().default(15),
    maxBookingMinutes: integer('max_booking_minutes').notNull().default(480),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('resources_org_name_active_key')
      .on(t.orgId, sql`lower(${t.name})`)
      .where(sql`${t.archivedAt} is null`),
    index('resources_org_kind_idx').on(t.orgId, t.kind),
    check(
      'resources_kind_valid',
      sql`${t.kind} in ('room', 'desk', 'equipment', 'vehicle', 'other')`,
    ),
    check('resources_capacity_positive', sql`${t.capacity} >= 1`),
    check(
      'resources_booking_minutes_valid',
      sql`${t.minBookingMinutes} >= 1 and ${t.maxBookingMinutes} >= ${t.minBookingMinutes}`,
    ),
  ],
);
