import { type Db, memberships, one, users } from '@rota/db';
import type { memberOutput } from '@rota/schemas';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';

export type MemberRecord = z.input<typeof memberOutput>;

export const memberColumns = {
  user: { id: users.id, name: users.name, email: users.email },
  role: memberships.role,
  joinedAt: memberships.createdAt,
};

/** One membership of the organization, joined with its user; it must exist. */
export async function getMember(db: Db, orgId: string, userId: string): Promise<MemberRecord> {
  return one(
    await db
      .select(memberColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId))),
  );
}
