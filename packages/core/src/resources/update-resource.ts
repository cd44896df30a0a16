import { type Db, one, resources } from '@rota/db';
import type { updateResourceInput } from '@rota/schemas';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../actor';
import { fieldChanges } from '../audit/field-changes';
import { recordAudit } from '../audit/record';
import { DomainError } from '../errors';
import { inTransaction } from '../transaction';
import { getResource } from './get-resource';
import {
  assertBookingMinutesInOrder,
  type ResourceRecord,
  resourceColumns,
} from './resource-record';

const editableFields = [
  'name',
  'kind',
  'capacity',
  'timezone',
  'openingHours',
  'minBookingMinutes',
  'maxBookingMinutes',
] as const;

/**
 * Changes the given fields. An archived resource is frozen (RESOURCE_ARCHIVED): archiving is how a
 * resource leaves service, and editing one nobody can book would only hide history in the audit.
 */
export function updateResource(
  db: Db,
  actor: OrgActor,
  input: z.output<typeof updateResourceInput>,
): Promise<ResourceRecord> {
  return inTransaction(db, async (tx) => {
    const current = await getResource(tx, actor, input.resourceId, { lock: 'update' });
    if (current.archivedAt) {
      throw new DomainError('RESOURCE_ARCHIVED', 'an archived resource cannot be changed');
    }
    assertBookingMinutesInOrder(
      input.minBookingMinutes ?? current.minBookingMinutes,
      input.maxBookingMinutes ?? current.maxBookingMinutes,
    );
    const changes = fieldChanges(editableFields, current, input);
    if (!changes) return current;
    const resource = one(
      await tx
        .update(resources)
        .set({ ...changes.after, updatedAt: sql`now()` })
        .where(eq(resources.id, current.id))
        .returning(resourceColumns),
    );
    await recordAudit(tx, actor, {
      action: 'resource.updated',
      targetType: 'resource',
      targetId: resource.id,
      data: changes,
    });
    return resource;
  });
}
