import { type Db, memberships, organizations } from '@rota/db';
import { type listOrgsInput, orgSlug } from '@rota/schemas';
import { and, asc, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor';
import { decodeCursor, toPage } from '../pagination';
import { type OrgRecord, orgColumns } from './org-record';

/** The caller's organizations with their role, by slug (unique, so it alone is the keyset). */
export async function listOrgs(
  db: Db,
  actor: Actor,
  input: z.output<typeof listOrgsInput>,
): Promise<{ items: OrgRecord[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeCursor(input.cursor, z.tuple([orgSlug]))[0] : undefined;
  const rows = await db
    .select({ ...orgColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(
      and(eq(memberships.userId, actor.userId), after ? gt(organizations.slug, after) : undefined),
    )
    .orderBy(asc(organizations.slug))
    .limit(input.limit + 1);
  return toPage(
    rows,
    input.limit,
    (row) => [row.slug],
    (row) => row,
  );
}
