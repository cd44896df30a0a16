import { auditEvents, type Db, users } from '@rota/db';
import { type auditEventOutput, id, type listAuditInput } from '@rota/schemas';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { OrgActor } from '../actor';
import { decodeCursor, toPage } from '../pagination';

export type AuditEventRecord = z.input<typeof auditEventOutput>;

/** (created_at as PostgreSQL's timestamptz text, id) */
const auditCursor = z.tuple([
  z.string().regex(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/),
  id,
]);

/**
 * The organization's audit trail, newest first, keyset by (created_at, id). The cursor carries
 * created_at as PostgreSQL's own text: a JavaScript Date keeps milliseconds and would drop the
 * microseconds the comparison needs.
 */
export async function listAudit(
  db: Db,
  actor: OrgActor,
  input: z.output<typeof listAuditInput>,
): Promise<{ items: AuditEventRecord[]; nextCursor: string | null }> {
  const before = input.cursor ? decodeCursor(input.cursor, auditCursor) : undefined;
  const rows = await db
    .select({
      id: auditEvents.id,
      actorId: users.id,
      actorName: users.name,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      data: auditEvents.data,
      createdAt: auditEvents.createdAt,
      createdAtKey: sql<string>`${auditEvents.createdAt}::text`,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.orgId, actor.orgId),
        before
          ? sql`(${auditEvents.createdAt}, ${auditEvents.id}) < (${before[0]}::timestamptz, ${before[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(input.limit + 1);
  return toPage(
    rows,
    input.limit,
    (row) => [row.createdAtKey, row.id],
    ({ actorId, actorName, createdAtKey: _key, ...event }) => ({
      ...event,
      actor: actorId && actorName !== null ? { id: actorId, name: actorName } : null,
    }),
  );
}
