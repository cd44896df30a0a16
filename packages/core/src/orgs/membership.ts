import { type Db, memberships, organizations } from '@rota/db';
import type { Role } from '@rota/schemas';
import { and, eq } from 'drizzle-orm';

export interface OrgMembership {
  org: { id: string; slug: string; name: string; timezone: string };
  role: Role;
}

/** The caller's membership in the organization with this slug, or null if there is none. */
export async function findMembership(
  db: Db,
  userId: string,
  orgSlug: string,
): Promise<OrgMembership | null> {
  const [row] = await db
    .select({
      org: {
        id: organizations.id,
        slug: organizations.slug,
        name: organizations.name,
        timezone: organizations.timezone,
      },
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(organizations.slug, orgSlug), eq(memberships.userId, userId)))
    .limit(1);
  return row ?? null;
}
