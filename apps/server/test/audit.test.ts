import { auditEvents } from '@rota/db';
import { afterAll, describe, expect, it } from 'vitest';
import { expectTRPCError } from './fixtures/errors';
import { accessByRole, createOrgWithRoles } from './fixtures/orgs';
import { allPages } from './fixtures/pages';
import { startTestServer } from './harness';

const server = await startTestServer();
const { db } = server.app.database;
afterAll(() => server.close());

describe('audit.list', () => {
  it('lists every mutation newest first, with its actor', async () => {
    const org = await createOrgWithRoles(server);
    const { owner, admin } = org.as;
    const newcomer = await server.signUp('Newcomer');
    await admin.trpc.orgs.update.mutate({ orgSlug: org.slug, name: 'Acme GmbH' });
    await admin.trpc.members.add.mutate({
      orgSlug: org.slug,
      email: newcomer.user.email,
      role: 'viewer',
    });
    await owner.trpc.members.updateRole.mutate({
      orgSlug: org.slug,
      userId: newcomer.user.id,
      role: 'member',
    });
    await owner.trpc.members.remove.mutate({ orgSlug: org.slug, userId: newcomer.user.id });

    const { items, nextCursor } = await owner.trpc.audit.list.query({ orgSlug: org.slug });
    expect(nextCursor).toBeNull();
    const ownerRef = { id: owner.user.id, name: 'Owner' };
    const adminRef = { id: admin.user.id, name: 'Admin' };
    expect(items.slice(0, 4)).toEqual([
      expect.objectContaining({
        actor: ownerRef,
        action: 'member.removed',
        targetType: 'user',
        targetId: newcomer.user.id,
        data: { role: 'member' },
      }),
      expect.objectContaining({
        actor: ownerRef,
        action: 'member.role_changed',
        targetId: newcomer.user.id,
        data: { from: 'viewer', to: 'member' },
      }),
      expect.objectContaining({
        actor: adminRef,
        action: 'member.added',
        targetId: newcomer.user.id,
        data: { role: 'viewer' },
      }),
      expect.objectContaining({
        actor: adminRef,
        action: 'org.updated',
        targetType: 'organization',
        targetId: org.id,
        data: { before: { name: 'Acme' }, after: { name: 'Acme GmbH' } },
      }),
    ]);
    // createOrgWithRoles created the organization and added three members before that.
    expect(items.slice(4).map((e) => e.action)).toEqual([
      'member.added',
      'member.added',
      'member.added',
      'org.created',
    ]);
    expect(items.at(-1)).toMatchObject({ actor: ownerRef, targetId: org.id });
    const times = items.map((e) => e.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('pages with a keyset cursor without gaps or repeats', async () => {
    const org = await createOrgWithRoles(server);
    for (const name of ['One', 'Two', 'Three']) {
      await org.as.owner.trpc.orgs.update.mutate({ orgSlug: org.slug, name });
    }
    const { items: all } = await org.as.owner.trpc.audit.list.query({ orgSlug: org.slug });
    const pages = await allPages((cursor) =>
      org.as.owner.trpc.audit.list.query({ orgSlug: org.slug, limit: 3, cursor }),
    );
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(3);
    const paged = pages.flat().map((e) => e.id);
    expect(all).toHaveLength(7);
    expect(paged).toEqual(all.map((e) => e.id));
  });

  it('shows a null actor for events without one', async () => {
    const org = await createOrgWithRoles(server);
    await db.insert(auditEvents).values({
      orgId: org.id,
      action: 'system.note',
      targetType: 'organization',
      targetId: org.id,
    });
    const { items } = await org.as.owner.trpc.audit.list.query({ orgSlug: org.slug, limit: 1 });
    expect(items[0]).toMatchObject({ action: 'system.note', actor: null, data: {} });
  });

  it.each(accessByRole('admin'))('as %s: allowed = %s', async (role, allowed) => {
    const org = await createOrgWithRoles(server);
    const list = org.as[role].trpc.audit.list.query({ orgSlug: org.slug });
    if (allowed) await expect(list).resolves.toMatchObject({ items: expect.any(Array) });
    else await expect(list).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
  });

  it("answers NOT_FOUND for another organization's trail", async () => {
    const org = await createOrgWithRoles(server);
    const other = await createOrgWithRoles(server);
    await expectTRPCError(org.as.owner.trpc.audit.list.query({ orgSlug: other.slug }), 'NOT_FOUND');
  });

  it('records nothing for a refused mutation', async () => {
    const org = await createOrgWithRoles(server);
    const before = await org.as.owner.trpc.audit.list.query({ orgSlug: org.slug });
    await expect(
      org.as.member.trpc.orgs.update.mutate({ orgSlug: org.slug, name: 'Nope' }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    await expect(
      org.as.owner.trpc.members.remove.mutate({ orgSlug: org.slug, userId: org.as.owner.user.id }),
    ).rejects.toMatchObject({ data: { appCode: 'LAST_OWNER' } });
    expect(await org.as.owner.trpc.audit.list.query({ orgSlug: org.slug })).toEqual(before);
  });
});
