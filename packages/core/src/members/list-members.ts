import { type Db, memberships, users } from '@rota/db';
import { id, type listMembersInput } from '@rota/schemas';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { OrgActor } from '../actor';
import { decodeCursor, toPage } from '../pagination';
import { type MemberRecord, memberColumns } from './member-record';

/** The organization's members by name, then user id (names repeat; the id breaks ties). */
export async function listMembers(
  db: Db,
  actor: OrgActor,
  input: z.output<typeof listMembersInput>,
): Promise<{ items: MemberRecord[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeCursor(input.cursor, z.tuple([z.string(), id])) : undefined;
  const rows = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, actor.orgId),
        after ? sql`(${users.name}, ${users.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .limit(input.limit + 1);
  return toPage(
    rows,
    input.limit,
    (row) => [row.user.name, row.user.id],
    (row) => row,
  );
}
