import { type Db, memberships, organizations } from '@rota/db';
import type { meOutput } from '@rota/schemas';
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { SessionUser } from './sessions';

export type MeRecord = z.input<typeof meOutput>;

/** The signed-in user and their organizations; null when nobody is signed in. */
export async function getMe(db: Db, user: SessionUser | null): Promise<MeRecord> {
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
