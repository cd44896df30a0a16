import { auditEvents, type Db } from '@rota/db';
import type { OrgActor } from '../actor';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string;
  data?: Record<string, unknown>;
}

/** Appends an audit event; call it with the transaction that performs the mutation. */
export async function recordAudit(tx: Db, actor: OrgActor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    orgId: actor.orgId,
    actorId: actor.userId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    data: entry.data ?? {},
  });
}
