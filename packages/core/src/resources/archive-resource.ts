import { type Db, one, resources } from '@rota/db';
import { eq, sql } from 'drizzle-orm';
import type { OrgActor } from '../actor';
import { recordAudit } from '../audit/record';
import { inTransaction } from '../transaction';
import { getResource } from './get-resource';
import { type ResourceRecord, resourceColumns } from './resource-record';

/**
 * Takes a resource out of service: it keeps its bookings and history, disappears from default
 * lists and search, and frees its name. Idempotent, because REST exposes it as DELETE: archiving
 * an archived resource returns it unchanged and writes no second audit event.
 */
export function archiveResource(
  db: Db,
  actor: OrgActor,
  resourceId: string,
): Promise<ResourceRecord> {
  return inTransaction(db, async (tx) => {
    const current = await getResource(tx, actor, resourceId, { lock: 'update' });
    if (current.archivedAt) return current;
    const resource = one(
      await tx
        .update(resources)
        .set({ archivedAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(resources.id, current.id))
        .returning(resourceColumns),
    );
    await recordAudit(tx, actor, {
      action: 'resource.archived',
      targetType: 'resource',
      targetId: resource.id,
      data: { name: resource.name },
    });
    return resource;
  });
}
