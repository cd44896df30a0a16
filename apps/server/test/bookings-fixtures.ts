import { randomUUID } from 'node:crypto';
import type { RouterInputs } from '@rota/client';
import { auditEvents, bookings, type Db } from '@rota/db';
import { count, eq } from 'drizzle-orm';
import type { OrgWithRoles } from './resource-fixtures';

type CreateResourceInput = RouterInputs['resources']['create'];

/** A fresh resource of `org`, created through the API by its admin; always open by default. */
export function createRoom(org: OrgWithRoles, extra: Partial<CreateResourceInput> = {}) {
  return org.as.admin.trpc.resources.create.mutate({
    orgSlug: org.slug,
    name: `Room ${randomUUID().slice(0, 8)}`,
    kind: 'room',
    capacity: 4,
    ...extra,
  });
}

/** `{ startsAt, endsAt }` for a period of `minutes` starting at the ISO instant `startsAt`. */
export function slot(startsAt: string, minutes = 60) {
  const endsAt = new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
  return { startsAt, endsAt };
}

/** An organization's booking rows and audit events: a mutation that fails changes neither. */
export async function bookingFootprint(db: Db, orgId: string) {
  const [bookingRows] = await db
    .select({ n: count() })
    .from(bookings)
    .where(eq(bookings.orgId, orgId));
  const [auditRows] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(eq(auditEvents.orgId, orgId));
  return { bookings: bookingRows?.n, auditEvents: auditRows?.n };
}

/** The audit trail of one booking (or series), oldest first. */
export function auditTrail(db: Db, targetId: string) {
  return db
    .select({ action: auditEvents.action, actorId: auditEvents.actorId })
    .from(auditEvents)
    .where(eq(auditEvents.targetId, targetId))
    .orderBy(auditEvents.createdAt, auditEvents.id);
}
