import { type Db, memberships, one, users } from '@rota/db';
import type { addMemberInput } from '@rota/schemas';
import type { z } from 'zod';
import type { OrgActor } from '../actor';
import { recordAudit } from '../audit/record';
import { emailMatches } from '../auth/users';
import { notFound } from '../errors';
import { inTransaction } from '../transaction';
import type { MemberRecord } from './member-record';
import { assertMayManageRoles } from './membership-rules';

/**
 * Adds an existing user, found by email, with the given role. Someone already in the
 * organization fails on the membership primary key, which the API answers as ALREADY_MEMBER.
 */
export function addMember(
  db: Db,
  actor: OrgActor,
  input: z.output<typeof addMemberInput>,
): Promise<MemberRecord> {
  assertMayManageRoles(actor, input.role);
  return inTransaction(db, async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(emailMatches(input.email))
      .limit(1);
    if (!user) throw notFound('user');
    const membership = one(
      await tx
        .insert(memberships)
        .values({ orgId: actor.orgId, userId: user.id, role: input.role })
        .returning({ role: memberships.role, joinedAt: memberships.createdAt }),
    );
    await recordAudit(tx, actor, {
      action: 'member.added',
      targetType: 'user',
      targetId: user.id,
      data: { role: input.role },
    });
    return { user, ...membership };
  });
}
