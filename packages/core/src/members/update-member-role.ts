import { type Db, memberships } from '@rota/db';
import type { updateMemberRoleInput } from '@rota/schemas';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../actor';
import { recordAudit } from '../audit/record';
import { inTransaction } from '../transaction';
import { getMember, type MemberRecord } from './member-record';
import { lockMembershipChange } from './membership-rules';

/** Changes a member's role; the organization always keeps at least one owner. */
export function updateMemberRole(
  db: Db,
  actor: OrgActor,
  input: z.output<typeof updateMemberRoleInput>,
): Promise<MemberRecord> {
  return inTransaction(db, async (tx) => {
    const currentRole = await lockMembershipChange(tx, actor, input.userId, input.role);
    if (currentRole !== input.role) {
      await tx
        .update(memberships)
        .set({ role: input.role })
        .where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, input.userId)));
      await recordAudit(tx, actor, {
        action: 'member.role_changed',
        targetType: 'user',
        targetId: input.userId,
        data: { from: currentRole, to: input.role },
      });
    }
    return getMember(tx, actor.orgId, input.userId);
  });
}
