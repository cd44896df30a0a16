import { type Db, one, organizations, resources } from '@rota/db';
import type { createResourceInput } from '@rota/schemas';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../actor';
import { recordAudit } from '../audit/record';
import { inTransaction } from '../transaction';
import {
  assertBookingMinutesInOrder,
  type ResourceRecord,
  resourceColumns,
} from './resource-record';

// The table's defaults, read from the Drizzle schema so they are written down once.
const defaultMinBookingMinutes = Number(resources.minBookingMinutes.default);
const defaultMaxBookingMinutes = Number(resources.maxBookingMinutes.default);

/**
 * Adds a resource; the time zone defaults to the organization's. A name already used by an active
 * resource of the organization (case-insensitively) violates `resources_org_name_active_key`,
 * which the API reports as NAME_TAKEN.
 */
export function createResource(
  db: Db,
  actor: OrgActor,
  input: z.output<typeof createResourceInput>,
): Promise<ResourceRecord> {
  const minBookingMinutes = input.minBookingMinutes ?? defaultMinBookingMinutes;
  const maxBookingMinutes = input.maxBookingMinutes ?? defaultMaxBookingMinutes;
  assertBookingMinutesInOrder(minBookingMinutes, maxBookingMinutes);
  return inTransaction(db, async (tx) => {
    const resource = one(
      await tx
        .insert(resources)
        .values({
          orgId: actor.orgId,
          name: input.name,
          kind: input.kind,
          capacity: input.capacity,
          timezone:
            input.timezone ??
            sql`(select ${organizations.timezone} from ${organizations} where ${organizations.id} = ${actor.orgId})`,
          openingHours: input.openingHours ?? null,
          minBookingMinutes,
          maxBookingMinutes,
        })
        .returning(resourceColumns),
    );
    await recordAudit(tx, actor, {
      action: 'resource.created',
      targetType: 'resource',
      targetId: resource.id,
      data: { name: resource.name, kind: resource.kind, timezone: resource.timezone },
    });
    return resource;
  });
}
