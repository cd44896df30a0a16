import { type Db, one, organizations } from '@rota/db';
import type { updateOrgInput } from '@rota/schemas';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../actor';
import { fieldChanges } from '../audit/field-changes';
import { recordAudit } from '../audit/record';
import { inTransaction } from '../transaction';
import { getOrg } from './get-org';
import { type OrgRecord, orgColumns } from './org-record';

const editableFields = ['name', 'timezone'] as const;

/** Renames the organization or changes its time zone; the audit event keeps the old values. */
export function updateOrg(
  db: Db,
  actor: OrgActor,
  input: z.output<typeof updateOrgInput>,
): Promise<OrgRecord> {
  return inTransaction(db, async (tx) => {
    const current = one(
      await tx
        .select({ name: organizations.name, timezone: organizations.timezone })
        .from(organizations)
        .where(eq(organizations.id, actor.orgId))
        .for('update'),
    );
    const changes = fieldChanges(editableFields, current, input);
    if (!changes) return getOrg(tx, actor);
    const org = one(
      await tx
        .update(organizations)
        .set(changes.after)
        .where(eq(organizations.id, actor.orgId))
        .returning(orgColumns),
    );
    await recordAudit(tx, actor, {
      action: 'org.updated',
      targetType: 'organization',
      targetId: actor.orgId,
      data: changes,
    });
    return { ...org, role: actor.role };
  });
}
