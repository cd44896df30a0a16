import { type Db, resources } from '@rota/db';
import { id, type listResourcesInput } from '@rota/schemas';
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { OrgActor } from '../actor';
import { decodeCursor, toPage } from '../pagination';
import { type ResourceRecord, resourceColumns } from './resource-record';

// The keyset: names sort case-insensitively, the id breaks ties between equal names.
const sortName = sql<string>`lower(${resources.name})`;

/** The organization's resources by name, filtered by kind and a case-insensitive name substring. */
export async function listResources(
  db: Db,
  actor: OrgActor,
  input: z.output<typeof listResourcesInput>,
): Promise<{ items: ResourceRecord[]; nextCursor: string | null }> {
  const filters: (SQL | undefined)[] = [
    eq(resources.orgId, actor.orgId),
    input.includeArchived ? undefined : isNull(resources.archivedAt),
    input.kind ? eq(resources.kind, input.kind) : undefined,
    // strpos, unlike LIKE, needs no escaping of % and _ in what the user typed.
    input.q ? sql`strpos(${sortName}, lower(${input.q})) > 0` : undefined,
    input.cursor ? afterCursor(input.cursor) : undefined,
  ];
  const rows = await db
    .select({ ...resourceColumns, sortName })
    .from(resources)
    .where(and(...filters))
    .orderBy(asc(sortName), asc(resources.id))
    .limit(input.limit + 1);
  return toPage(
    rows,
    input.limit,
    (row) => [row.sortName, row.id],
    ({ sortName: _sortName, ...resource }) => resource,
  );
}

function afterCursor(cursor: string): SQL {
  const [name, resourceId] = decodeCursor(cursor, z.tuple([z.string(), id]));
  return sql`(${sortName}, ${resources.id}) > (${name}, ${resourceId}::uuid)`;
}
