import { type Db, memberships, organizations } from '@rota/db';
import type { meOutput } from '@rota/schemas';
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { resolveSession } from './sessions';

export type MeRecord = z.input<typeof meOutput>;

/** The signed-in user and their organizations, or null for a missing, expired or revoked token. */
export async function getMe(db: Db, sessionToken: string | undefined): Promise<MeRecord> {
  const user = sessionToken ? await resolveSession(db, sessionToken) : null;
  if (!user) return null;
  const orgs = await db
    .select({
      org: { slug: organizations.slug, name: organizations.name },
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(organizations.slug));
  return { user, memberships: orgs };
}
