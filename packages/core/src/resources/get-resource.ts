import { type Db, resources } from '@rota/db';
import { and, eq } from 'drizzle-orm';
import type { OrgActor } from '../actor';
import { notFound } from '../errors';
import { type ResourceRecord, resourceColumns } from './resource-record';

export interface GetResourceOptions {
  /**
   * Row lock for the rest of the caller's transaction: `update` before changing the resource,
   * `share` to keep it from being archived or edited while, e.g., a booking is checked against it.
   */
  lock?: 'update' | 'share';
}

/**
 * One resource of the actor's organization, archived or not. Another organization's id is
 * NOT_FOUND, exactly like a missing one.
 */
export async function getResource(
  db: Db,
  actor: OrgActor,
  resourceId: string,
  { lock }: GetResourceOptions = {},
): Promise<ResourceRecord> {
  const query = db
    .select(resourceColumns)
    .from(resources)
    .where(and(eq(resources.id, resourceId), eq(resources.orgId, actor.orgId)))
    .$dynamic();
  const [resource] = await (lock ? query.for(lock) : query);
  if (!resource) throw notFound('resource');
  return resource;
}
