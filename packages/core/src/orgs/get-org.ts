import { type Db, one, organizations } from '@rota/db';
import { eq } from 'drizzle-orm';
import type { OrgActor } from '../actor';
import { type OrgRecord, orgColumns } from './org-record';

/** The actor's organization, with the actor's role in it. */
export async function getOrg(db: Db, actor: OrgActor): Promise<OrgRecord> {
  const org = one(
    await db.select(orgColumns).from(organizations).where(eq(organizations.id, actor.orgId)),
  );
  return { ...org, role: actor.role };
}
