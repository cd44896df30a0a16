import { type Db, memberships } from '@rota/db';
import type { removeMemberInput, removeMemberOutput } from '@rota/schemas';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../actor';
import { recordAudit } from '../audit/record';
import { inTransaction } from '../transaction';
import { lockMembershipChange } from './membership-rules';

/** Removes a member (their past bookings stay); the last owner cannot be removed. */
export function removeMember(
  db: Db,
  actor: OrgActor,
  input: z.output<typeof removeMemberInput>,
): Promise<z.input<typeof removeMemberOutput>> {
  return inTransaction(db, async (tx) => {
    const role = await lockMembershipChange(tx, actor, input.userId, undefined);
    await tx
      .delete(memberships)
      .where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, input.userId)));
    await recordAudit(tx, actor, {
      action: 'member.removed',
      targetType: 'user',
      targetId: input.userId,
      data: { role },
    });
    return { userId: input.userId };
  });
}
