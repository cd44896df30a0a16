import { randomUUID } from 'node:crypto';
import type { RouterInputs } from '@rota/client';
import { auditEvents, bookings, type Db, resources } from '@rota/db';
import type { Role } from '@rota/schemas';
import { TRPCClientError } from '@trpc/client';
import { count, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { SignedInClient, TestServer } from './harness';
import { orgWithRoles } from './org-with-roles';

export interface OrgWithRoles {
  slug: string;
  id: string;
  timezone: string;
  /** One signed-in client per role; `owner` created the organization. */
  as: Record<Role, SignedInClient>;
}

/** A fresh organization with one member of each role, in `timezone`. */
export async function createOrgWithRoles(
  server: TestServer,
  timezone = 'Europe/Berlin',
): Promise<OrgWithRoles> {
  const { slug, id, ...as } = await orgWithRoles(server);
  await as.owner.trpc.orgs.update.mutate({ orgSlug: slug, timezone });
  return { slug, id, timezone, as };
}

export type CreateResourceInput = RouterInputs['resources']['create'];

/** Input for resources.create in `org`: a room with a unique name unless `extra` says otherwise. */
export function resourceInput(
  org: OrgWithRoles,
  extra: Partial<CreateResourceInput> = {},
): CreateResourceInput {
  return {
    orgSlug: org.slug,
    name: `Resource ${randomUUID().slice(0, 8)}`,
    kind: 'room',
    capacity: 4,
    ...extra,
  };
}

/** Asserts a tRPC call failed with `code` (and `appCode`), returning the error data. */
export async function expectTRPCError(call: Promise<unknown>, code: string, appCode?: string) {
  const error = await call.then(
    () => expect.fail(`expected ${code}, but the call succeeded`),
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCClientError)) throw error;
  expect(error.data?.code).toBe(code);
  if (appCode) expect(error.data?.appCode).toBe(appCode);
  return error.data as { issues?: { path: string }[]; details?: Record<string, unknown> };
}

/** Inserts a booking straight into the table (bookings.create is another module's job). */
export async function insertBooking(
  db: Db,
  booking: {
    orgId: string;
    resourceId: string;
    bookedBy: string;
    start: string;
    end: string;
    status?: 'confirmed' | 'cancelled';
  },
) {
  const status = booking.status ?? 'confirmed';
  await db.insert(bookings).values({
    orgId: booking.orgId,
    resourceId: booking.resourceId,
    bookedBy: booking.bookedBy,
    title: 'Test booking',
    period: { start: new Date(booking.start), end: new Date(booking.end) },
    status,
    cancelledAt: status === 'cancelled' ? new Date() : null,
  });
}

/** How many resources and audit events an organization has: mutations that fail change neither. */
export async function orgFootprint(db: Db, orgId: string) {
  const [resourceCount] = await db
    .select({ n: count() })
    .from(resources)
    .where(eq(resources.orgId, orgId));
  const [auditCount] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(eq(auditEvents.orgId, orgId));
  return { resources: resourceCount?.n, auditEvents: auditCount?.n };
}
