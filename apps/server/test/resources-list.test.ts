import type { RouterOutputs } from '@rota/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTRPCError } from './fixtures/errors';
import { createOrgWithRoles, type OrgWithRoles } from './fixtures/orgs';
import { allPages } from './fixtures/pages';
import { createResource } from './fixtures/resources';
import { startTestServer } from './harness';

const server = await startTestServer();
afterAll(() => server.close());

type Resource = RouterOutputs['resources']['get'];
let org: OrgWithRoles;
let created: Resource[];
let archived: Resource;
beforeAll(async () => {
  org = await createOrgWithRoles(server);
  const specs = [
    ['beta room', 'room'],
    ['Alpha Room', 'room'],
    ['Desk 100%', 'desk'],
    ['desk_2', 'desk'],
    ['Camera', 'equipment'],
    ['Cargo Van', 'vehicle'],
    ['ALPHA desk', 'desk'],
  ] as const;
  created = [];
  for (const [name, kind] of specs) {
    created.push(await createResource(org, { name, kind, capacity: 1 }));
  }
  const old = await createResource(org, { name: 'Archived Room', kind: 'room', capacity: 1 });
  archived = await org.as.admin.trpc.resources.archive.mutate({
    orgSlug: org.slug,
    resourceId: old.id,
  });
});

const names = (items: { name: string }[]) => items.map((item) => item.name);

describe('resources.list', () => {
  it('lists active resources to a viewer, ordered case-insensitively by name', async () => {
    const page = await org.as.viewer.trpc.resources.list.query({ orgSlug: org.slug });
    expect(names(page.items)).toEqual([
      'ALPHA desk',
      'Alpha Room',
      'beta room',
      'Camera',
      'Cargo Van',
      'Desk 100%',
      'desk_2',
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it('includes archived resources on request', async () => {
    const page = await org.as.viewer.trpc.resources.list.query({
      orgSlug: org.slug,
      includeArchived: true,
    });
    expect(page.items).toHaveLength(created.length + 1);
    expect(page.items).toContainEqual(archived);
  });

  it('filters by kind', async () => {
    const page = await org.as.viewer.trpc.resources.list.query({ orgSlug: org.slug, kind: 'desk' });
    expect(names(page.items)).toEqual(['ALPHA desk', 'Desk 100%', 'desk_2']);
  });

  it('filters by a case-insensitive name substring, taking % and _ literally', async () => {
    const list = (q: string) => org.as.viewer.trpc.resources.list.query({ orgSlug: org.slug, q });
    expect(names((await list('ALPHA')).items)).toEqual(['ALPHA desk', 'Alpha Room']);
    expect(names((await list('0%')).items)).toEqual(['Desk 100%']);
    expect(names((await list('_')).items)).toEqual(['desk_2']);
    expect(names((await list('room')).items)).toEqual(['Alpha Room', 'beta room']);
  });

  it('combines filters', async () => {
    const page = await org.as.viewer.trpc.resources.list.query({
      orgSlug: org.slug,
      kind: 'room',
      q: 'room',
      includeArchived: true,
    });
    expect(names(page.items)).toEqual(['Alpha Room', 'Archived Room', 'beta room']);
  });

  it('walks every resource exactly once with the cursor', async () => {
    const pages = await allPages((cursor) =>
      org.as.viewer.trpc.resources.list.query({
        orgSlug: org.slug,
        includeArchived: true,
        limit: 3,
        cursor,
      }),
    );
    expect(pages).toHaveLength(3);
    const seen = pages.flat().map((item) => item.id);
    expect([...seen].sort()).toEqual([...created, archived].map((r) => r.id).sort());
  });

  it('keeps resources with the same lowercased name apart by id across pages', async () => {
    const twins = await createOrgWithRoles(server);
    const ids: string[] = [];
    // Only one active resource may hold a name, so archive each before reusing it.
    for (const name of ['Twin', 'TWIN', 'twin']) {
      const resource = await createResource(twins, { name, kind: 'room', capacity: 1 });
      await twins.as.admin.trpc.resources.archive.mutate({
        orgSlug: twins.slug,
        resourceId: resource.id,
      });
      ids.push(resource.id);
    }
    const pages = await allPages((cursor) =>
      twins.as.viewer.trpc.resources.list.query({
        orgSlug: twins.slug,
        includeArchived: true,
        limit: 1,
        cursor,
      }),
    );
    const seen = pages.flat().map((item) => item.id);
    expect(seen).toEqual([...ids].sort());
  });

  it('pages past the longest names, whatever their script', async () => {
    const longNames = await createOrgWithRoles(server);
    const names = ['A', 'B'].map((last) => `${'会議室'.repeat(33)}${last}`);
    for (const name of names) await createResource(longNames, { name, kind: 'room', capacity: 1 });
    const pages = await allPages((cursor) =>
      longNames.as.viewer.trpc.resources.list.query({ orgSlug: longNames.slug, limit: 1, cursor }),
    );
    expect(pages.flat().map((item) => item.name)).toEqual(names);
  });

  it('rejects a cursor it did not issue', async () => {
    const forged = Buffer.from(JSON.stringify(['alpha', 'not-a-uuid'])).toString('base64url');
    for (const cursor of ['garbage', forged]) {
      await expectTRPCError(
        org.as.viewer.trpc.resources.list.query({ orgSlug: org.slug, cursor }),
        'BAD_REQUEST',
        'INVALID_CURSOR',
      );
    }
  });
});

describe('resources.get', () => {
  it('returns an archived resource too', async () => {
    await expect(
      org.as.viewer.trpc.resources.get.query({ orgSlug: org.slug, resourceId: archived.id }),
    ).resolves.toEqual(archived);
  });
});
