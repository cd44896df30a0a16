import { randomUUID } from 'node:crypto';
import { getTestDatabase } from '@rota/db/testing';
import type { Role } from '@rota/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTRPCError } from './fixtures/errors';
import { orgFootprint } from './fixtures/footprint';
import { createOrgWithRoles, type OrgWithRoles } from './fixtures/orgs';
import { resourceInput } from './fixtures/resources';
import { type SignedInClient, startTestServer } from './harness';

const server = await startTestServer();
const { db } = await getTestDatabase();
afterAll(() => server.close());

let org: OrgWithRoles;
let other: OrgWithRoles;
beforeAll(async () => {
  org = await createOrgWithRoles(server);
  other = await createOrgWithRoles(server);
});

describe('who may change resources', () => {
  type Mutation = (client: SignedInClient, resourceId: string) => Promise<unknown>;
  const mutations = {
    create: (client) => client.trpc.resources.create.mutate(resourceInput(org)),
    update: (client, resourceId) =>
      client.trpc.resources.update.mutate({ orgSlug: org.slug, resourceId, capacity: 7 }),
    archive: (client, resourceId) =>
      client.trpc.resources.archive.mutate({ orgSlug: org.slug, resourceId }),
  } satisfies Record<string, Mutation>;
  const matrix = (roles: Role[]) =>
    roles.flatMap((role) =>
      (['create', 'update', 'archive'] as const).map((name) => [role, name] as const),
    );
  const target = () => org.as.admin.trpc.resources.create.mutate(resourceInput(org));

  it.each(matrix(['owner', 'admin']))('lets an %s %s', async (role, name) => {
    const resource = await target();
    const before = await orgFootprint(db, org.id);
    await mutations[name](org.as[role], resource.id);
    const after = await orgFootprint(db, org.id);
    expect(after.auditEvents).toHaveLength(before.auditEvents.length + 1);
  });

  it.each(matrix(['member', 'viewer']))('forbids a %s to %s', async (role, name) => {
    const resource = await target();
    const before = await orgFootprint(db, org.id);
    await expectTRPCError(mutations[name](org.as[role], resource.id), 'FORBIDDEN', 'FORBIDDEN');
    expect(await orgFootprint(db, org.id)).toEqual(before);
    const ref = { orgSlug: org.slug, resourceId: resource.id };
    expect(await org.as.viewer.trpc.resources.get.query(ref)).toEqual(resource);
  });

  it('answers NOT_FOUND to a signed-in non-member and UNAUTHORIZED when signed out', async () => {
    const outsider = await server.signUp('Outsider');
    await expectTRPCError(outsider.trpc.resources.create.mutate(resourceInput(org)), 'NOT_FOUND');
    await expectTRPCError(outsider.trpc.resources.list.query({ orgSlug: org.slug }), 'NOT_FOUND');
    await expectTRPCError(
      server.client().trpc.resources.list.query({ orgSlug: org.slug }),
      'UNAUTHORIZED',
    );
  });
});

describe("another organization's resource", () => {
  it('is NOT_FOUND for get, update and archive, and stays unchanged', async () => {
    const foreign = await other.as.admin.trpc.resources.create.mutate(resourceInput(other));
    const ref = { orgSlug: org.slug, resourceId: foreign.id };
    const before = await orgFootprint(db, other.id);
    await expectTRPCError(org.as.owner.trpc.resources.get.query(ref), 'NOT_FOUND', 'NOT_FOUND');
    await expectTRPCError(
      org.as.owner.trpc.resources.update.mutate({ ...ref, name: 'Hijacked' }),
      'NOT_FOUND',
    );
    await expectTRPCError(org.as.owner.trpc.resources.archive.mutate(ref), 'NOT_FOUND');
    expect(await orgFootprint(db, other.id)).toEqual(before);
    const unchanged = await other.as.viewer.trpc.resources.get.query({
      orgSlug: other.slug,
      resourceId: foreign.id,
    });
    expect(unchanged).toEqual(foreign);
  });

  it('is NOT_FOUND just like an id that does not exist', async () => {
    await expectTRPCError(
      org.as.owner.trpc.resources.get.query({ orgSlug: org.slug, resourceId: randomUUID() }),
      'NOT_FOUND',
      'NOT_FOUND',
    );
  });
});
