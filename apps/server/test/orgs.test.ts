import { auditEvents, memberships, organizations } from '@rota/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { expectInvalidField } from './fixtures/errors';
import { accessByRole, createOrgWithRoles, roles, uniqueSlug } from './fixtures/orgs';
import { startTestServer } from './harness';

const server = await startTestServer();
const { db } = server.app.database;
afterAll(() => server.close());

const orgRow = async (slug: string) =>
  (await db.select().from(organizations).where(eq(organizations.slug, slug)))[0];

const orgUpdateEvents = (orgId: string) =>
  db.$count(auditEvents, and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, 'org.updated')));

describe('orgs.create', () => {
  it('creates the organization with the caller as owner and audits it', async () => {
    const ada = await server.signUp('Ada');
    const slug = uniqueSlug('acme');
    const org = await ada.trpc.orgs.create.mutate({
      slug,
      name: ' Acme ',
      timezone: 'Europe/Berlin',
    });
    expect(org).toEqual({
      id: expect.any(String),
      slug,
      name: 'Acme',
      timezone: 'Europe/Berlin',
      role: 'owner',
      createdAt: expect.any(String),
    });
    const [membership] = await db.select().from(memberships).where(eq(memberships.orgId, org.id));
    expect(membership).toMatchObject({ userId: ada.user.id, role: 'owner' });
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
    expect(audit).toEqual([
      expect.objectContaining({ actorId: ada.user.id, action: 'org.created', targetId: org.id }),
    ]);
  });

  it('refuses a taken slug and leaves the existing organization alone', async () => {
    const slug = uniqueSlug('taken');
    const first = await server.signUp('First');
    const second = await server.signUp('Second');
    await first.trpc.orgs.create.mutate({ slug, name: 'First', timezone: 'UTC' });
    await expect(
      second.trpc.orgs.create.mutate({ slug, name: 'Second', timezone: 'UTC' }),
    ).rejects.toMatchObject({ data: { code: 'CONFLICT', appCode: 'SLUG_TAKEN' } });
    expect(await orgRow(slug)).toMatchObject({ name: 'First' });
    await expect(second.trpc.orgs.list.query()).resolves.toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['slug', { slug: 'Not A Slug', name: 'Bad', timezone: 'UTC' }],
    ['slug', { slug: 'ab', name: 'Bad', timezone: 'UTC' }],
    ['timezone', { slug: uniqueSlug('tz'), name: 'Bad', timezone: 'Mars/Olympus_Mons' }],
    ['name', { slug: uniqueSlug('nm'), name: '', timezone: 'UTC' }],
  ])('rejects a bad %s field by field and writes nothing', async (field, input) => {
    const ada = await server.signUp('Ada');
    const before = await db.$count(organizations);
    await expectInvalidField(ada.trpc.orgs.create.mutate(input), field);
    expect(await db.$count(organizations)).toBe(before);
  });

  it('requires a session', async () => {
    await expect(
      server.client().trpc.orgs.create.mutate({ slug: uniqueSlug(), name: 'x', timezone: 'UTC' }),
    ).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } });
  });
});

describe('orgs.list', () => {
  it("pages through the caller's organizations only, with their role", async () => {
    const ada = await server.signUp('Ada');
    const other = await server.signUp('Other');
    const slugs = [uniqueSlug('b'), uniqueSlug('a'), uniqueSlug('c')];
    for (const slug of slugs)
      await ada.trpc.orgs.create.mutate({ slug, name: slug, timezone: 'UTC' });
    await other.trpc.orgs.create.mutate({
      slug: uniqueSlug('a'),
      name: 'Not Ada',
      timezone: 'UTC',
    });
    const guest = await other.trpc.orgs.create.mutate({
      slug: uniqueSlug('guest'),
      name: 'Guest',
      timezone: 'UTC',
    });
    await other.trpc.members.add.mutate({
      orgSlug: guest.slug,
      email: ada.user.email,
      role: 'viewer',
    });

    const first = await ada.trpc.orgs.list.query({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await ada.trpc.orgs.list.query({ limit: 2, cursor: first.nextCursor ?? '' });
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(all.map((o) => [o.slug, o.role])).toEqual(
      [...slugs.map((slug) => [slug, 'owner']), [guest.slug, 'viewer']].sort(([a], [b]) =>
        String(a).localeCompare(String(b)),
      ),
    );
  });

  it('rejects a cursor it did not issue', async () => {
    const ada = await server.signUp('Ada');
    await expect(ada.trpc.orgs.list.query({ cursor: 'garbage' })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', appCode: 'INVALID_CURSOR' },
    });
  });
});

describe('orgs.get', () => {
  it.each(roles)('answers a %s with their role', async (role) => {
    const org = await createOrgWithRoles(server);
    await expect(org.as[role].trpc.orgs.get.query({ orgSlug: org.slug })).resolves.toMatchObject({
      id: org.id,
      slug: org.slug,
      role,
    });
  });

  it('answers NOT_FOUND for an organization the caller is not in, as for one that does not exist', async () => {
    const org = await createOrgWithRoles(server);
    const outsider = await server.signUp('Outsider');
    for (const orgSlug of [org.slug, uniqueSlug('missing')]) {
      await expect(outsider.trpc.orgs.get.query({ orgSlug })).rejects.toMatchObject({
        data: { code: 'NOT_FOUND', appCode: 'NOT_FOUND' },
      });
    }
  });
});

describe('orgs.update', () => {
  it.each(accessByRole('admin'))('as %s: allowed = %s', async (role, allowed) => {
    const org = await createOrgWithRoles(server);
    const update = org.as[role].trpc.orgs.update.mutate({
      orgSlug: org.slug,
      name: 'Renamed',
      timezone: 'America/New_York',
    });
    if (allowed) {
      await expect(update).resolves.toMatchObject({
        name: 'Renamed',
        timezone: 'America/New_York',
        role,
      });
      const [event] = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'org.updated')));
      expect(event).toMatchObject({
        actorId: org.as[role].user.id,
        data: {
          before: { name: 'Acme', timezone: 'Europe/Berlin' },
          after: { name: 'Renamed', timezone: 'America/New_York' },
        },
      });
    } else {
      await expect(update).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
      expect(await orgRow(org.slug)).toMatchObject({ name: 'Acme', timezone: 'Europe/Berlin' });
      expect(await orgUpdateEvents(org.id)).toBe(0);
    }
  });

  it('writes nothing for an update that changes nothing', async () => {
    const org = await createOrgWithRoles(server);
    await org.as.owner.trpc.orgs.update.mutate({ orgSlug: org.slug, name: 'Acme' });
    expect(await orgUpdateEvents(org.id)).toBe(0);
  });

  it('rejects a bad time zone field by field and changes nothing', async () => {
    const org = await createOrgWithRoles(server);
    await expectInvalidField(
      org.as.owner.trpc.orgs.update.mutate({ orgSlug: org.slug, timezone: 'Nowhere/Special' }),
      'timezone',
    );
    expect(await orgRow(org.slug)).toMatchObject({ timezone: 'Europe/Berlin' });
  });

  it("answers NOT_FOUND for another organization's slug and changes nothing", async () => {
    const mine = await createOrgWithRoles(server);
    const theirs = await createOrgWithRoles(server);
    await expect(
      mine.as.owner.trpc.orgs.update.mutate({ orgSlug: theirs.slug, name: 'Hijacked' }),
    ).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    expect(await orgRow(theirs.slug)).toMatchObject({ name: 'Acme' });
  });
});
