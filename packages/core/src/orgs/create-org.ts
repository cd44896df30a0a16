import { type Db, memberships, one, organizations } from '@rota/db';
import type { createOrgInput } from '@rota/schemas';
import type { z } from 'zod';
import type { Actor, OrgActor } from '../actor';
import { recordAudit } from '../audit/record';
import { inTransaction } from '../transaction';
import { type OrgRecord, orgColumns } from './org-record';

/** Creates an organization with the caller as its first owner. A taken slug is SLUG_TAKEN. */
export function createOrg(
  db: Db,
  actor: Actor,
  input: z.output<typeof createOrgInput>,
): Promise<OrgRecord> {
  return inTransaction(db, async (tx) => {
    const org = one(
      await tx
        .insert(organizations)
        .values({ slug: input.slug, name: input.name, timezone: input.timezone })
        .returning(orgColumns),
    );
    const owner: OrgActor = { userId: actor.userId, orgId: org.id, role: 'owner' };
    await tx.insert(memberships).values({ orgId: org.id, userId: actor.userId, role: 'owner' });
    await recordAudit(tx, owner, {
      action: 'org.created',
      targetType: 'organization',
      targetId: org.id,
      data: { slug: org.slug, name: org.name, timezone: org.timezone },
    });
    return { ...org, role: owner.role };
  });
}
