import { randomUUID } from 'node:crypto';
import { auditEvents, memberships } from '@rota/db';
import type { Role } from '@rota/schemas';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { expectInvalidField, expectTRPCError } from './fixtures/errors';
import { accessByRole, createOrgWithRoles, type OrgWithRoles } from './fixtures/orgs';
import { allPages } from './fixtures/pages';
import { startTestServer } from './harness';

const server = await startTestServer();
const { db } = server.app.database;
afterAll(() => server.close());

const roleOf = async (orgId: string, userId: string) =>
  (
    await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
  )[0]?.role;

/** A user as members procedures show them: no createdAt, and never anything secret. */
const asMember = ({ id, name, email }: { id: string; name: string; email: string }) => ({
  id,
  name,
  email,
});

const auditCount = (orgId: string) => db.$count(auditEvents, eq(auditEvents.orgId, orgId));

/** Adds one more user with `role`, so each test acts on a target of its own. */
async function addTarget(org: OrgWithRoles, role: Role) {
  const target = await server.signUp(`Target ${role}`);
  await org.as.owner.trpc.members.add.mutate({ orgSlug: org.slug, email: target.user.email, role });
  return target.user;
}

const byRole = accessByRole('admin');

describe('members.list', () => {
  it.each(accessByRole('viewer'))('as %s: allowed = %s', async (role, allowed) => {
    const org = await createOrgWithRoles(server);
    const list = org.as[role].trpc.members.list.query({ orgSlug: org.slug });
    if (!allowed) return void (await expectTRPCError(list, 'FORBIDDEN', 'FORBIDDEN'));
    const { items } = await list;
    expect(items.map((m) => [m.user.name, m.role])).toEqual([
      ['Admin', 'admin'],
      ['Member', 'member'],
      ['Owner', 'owner'],
      ['Viewer', 'viewer'],
    ]);
    expect(items[0]).toEqual({
      user: asMember(org.as.admin.user),
      role: 'admin',
      joinedAt: expect.any(String),
    });
  });

  it('pages by name with a keyset cursor', async () => {
    const org = await createOrgWithRoles(server);
    for (let i = 0; i < 3; i++) await addTarget(org, 'member');
    const pages = await allPages((cursor) =>
      org.as.owner.trpc.members.list.query({ orgSlug: org.slug, limit: 2, cursor }),
    );
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(2);
    const seen = pages.flat().map((m) => m.user.id);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });
});

describe('members.add', () => {
  it.each(byRole)('as %s adding a member: allowed = %s', async (role, allowed) => {
    const org = await createOrgWithRoles(server);
    const newcomer = await server.signUp('Newcomer');
    const add = org.as[role].trpc.members.add.mutate({
      orgSlug: org.slug,
      email: newcomer.user.email.toUpperCase(),
      role: 'member',
    });
    if (allowed) {
      await expect(add).resolves.toEqual({
        user: asMember(newcomer.user),
        role: 'member',
        joinedAt: expect.any(String),
      });
      await expect(newcomer.trpc.orgs.get.query({ orgSlug: org.slug })).resolves.toMatchObject({
        role: 'member',
      });
    } else {
      await expectTRPCError(add, 'FORBIDDEN', 'FORBIDDEN');
      expect(await roleOf(org.id, newcomer.user.id)).toBeUndefined();
    }
  });

  it('lets an owner add an owner but not an admin', async () => {
    const org = await createOrgWithRoles(server);
    const [first, second] = [await server.signUp('First'), await server.signUp('Second')];
    await expectTRPCError(
      org.as.admin.trpc.members.add.mutate({
        orgSlug: org.slug,
        email: first.user.email,
        role: 'owner',
      }),
      'FORBIDDEN',
      'FORBIDDEN',
    );
    expect(await roleOf(org.id, first.user.id)).toBeUndefined();
    await org.as.owner.trpc.members.add.mutate({
      orgSlug: org.slug,
      email: second.user.email,
      role: 'owner',
    });
    expect(await roleOf(org.id, second.user.id)).toBe('owner');
  });

  it('answers NOT_FOUND for an unknown email and ALREADY_MEMBER for a member', async () => {
    const org = await createOrgWithRoles(server);
    const before = await auditCount(org.id);
    await expectTRPCError(
      org.as.owner.trpc.members.add.mutate({
        orgSlug: org.slug,
        email: `nobody.${randomUUID()}@example.com`,
        role: 'member',
      }),
      'NOT_FOUND',
      'NOT_FOUND',
    );
    await expect(
      org.as.owner.trpc.members.add.mutate({
        orgSlug: org.slug,
        email: org.as.viewer.user.email,
        role: 'admin',
      }),
    ).rejects.toMatchObject({ data: { code: 'CONFLICT', appCode: 'ALREADY_MEMBER' } });
    expect(await roleOf(org.id, org.as.viewer.user.id)).toBe('viewer');
    expect(await auditCount(org.id)).toBe(before);
  });

  it('rejects a bad email field by field', async () => {
    const org = await createOrgWithRoles(server);
    await expectInvalidField(
      org.as.owner.trpc.members.add.mutate({ orgSlug: org.slug, email: 'nope', role: 'member' }),
      'email',
    );
  });
});

describe('members.updateRole', () => {
  it.each(byRole)('as %s changing a member: allowed = %s', async (role, allowed) => {
    const org = await createOrgWithRoles(server);
    const target = await addTarget(org, 'member');
    const update = org.as[role].trpc.members.updateRole.mutate({
      orgSlug: org.slug,
      userId: target.id,
      role: 'admin',
    });
    if (allowed) {
      await expect(update).resolves.toMatchObject({ user: { id: target.id }, role: 'admin' });
    } else {
      await expectTRPCError(update, 'FORBIDDEN', 'FORBIDDEN');
    }
    expect(await roleOf(org.id, target.id)).toBe(allowed ? 'admin' : 'member');
  });

  it('lets only an owner touch owners or grant the owner role', async () => {
    const org = await createOrgWithRoles(server);
    const coOwner = await addTarget(org, 'owner');
    const asAdmin = org.as.admin.trpc.members.updateRole;
    await expectTRPCError(
      asAdmin.mutate({ orgSlug: org.slug, userId: coOwner.id, role: 'member' }),
      'FORBIDDEN',
      'FORBIDDEN',
    );
    await expectTRPCError(
      asAdmin.mutate({ orgSlug: org.slug, userId: org.as.member.user.id, role: 'owner' }),
      'FORBIDDEN',
      'FORBIDDEN',
    );
    await expectTRPCError(
      asAdmin.mutate({ orgSlug: org.slug, userId: org.as.admin.user.id, role: 'owner' }),
      'FORBIDDEN',
      'FORBIDDEN',
    );
    expect(await roleOf(org.id, coOwner.id)).toBe('owner');
    expect(await roleOf(org.id, org.as.member.user.id)).toBe('member');
    expect(await roleOf(org.id, org.as.admin.user.id)).toBe('admin');

    await org.as.owner.trpc.members.updateRole.mutate({
      orgSlug: org.slug,
      userId: coOwner.id,
      role: 'viewer',
    });
    await org.as.owner.trpc.members.updateRole.mutate({
      orgSlug: org.slug,
      userId: org.as.member.user.id,
      role: 'owner',
    });
    expect(await roleOf(org.id, coOwner.id)).toBe('viewer');
    expect(await roleOf(org.id, org.as.member.user.id)).toBe('owner');
  });

  it('keeps the last owner', async () => {
    const org = await createOrgWithRoles(server);
    await expectTRPCError(
      org.as.owner.trpc.members.updateRole.mutate({
        orgSlug: org.slug,
        userId: org.as.owner.user.id,
        role: 'admin',
      }),
      'CONFLICT',
      'LAST_OWNER',
    );
    expect(await roleOf(org.id, org.as.owner.user.id)).toBe('owner');
    // With a second owner, stepping down is fine.
    const coOwner = await addTarget(org, 'owner');
    await org.as.owner.trpc.members.updateRole.mutate({
      orgSlug: org.slug,
      userId: org.as.owner.user.id,
      role: 'admin',
    });
    expect(await roleOf(org.id, org.as.owner.user.id)).toBe('admin');
    expect(await roleOf(org.id, coOwner.id)).toBe('owner');
  });

  it('answers NOT_FOUND for a user of another organization, or no user at all', async () => {
    const org = await createOrgWithRoles(server);
    const other = await createOrgWithRoles(server);
    for (const userId of [other.as.member.user.id, randomUUID()]) {
      await expectTRPCError(
        org.as.owner.trpc.members.updateRole.mutate({ orgSlug: org.slug, userId, role: 'admin' }),
        'NOT_FOUND',
        'NOT_FOUND',
      );
    }
    expect(await roleOf(other.id, other.as.member.user.id)).toBe('member');
    expect(await roleOf(org.id, other.as.member.user.id)).toBeUndefined();
  });

  it('rejects a malformed userId field by field', async () => {
    const org = await createOrgWithRoles(server);
    await expectInvalidField(
      org.as.owner.trpc.members.updateRole.mutate({
        orgSlug: org.slug,
        userId: 'x',
        role: 'admin',
      }),
      'userId',
    );
  });
});

describe('members.remove', () => {
  it.each(byRole)('as %s removing a member: allowed = %s', async (role, allowed) => {
    const org = await createOrgWithRoles(server);
    const target = await addTarget(org, 'member');
    const remove = org.as[role].trpc.members.remove.mutate({
      orgSlug: org.slug,
      userId: target.id,
    });
    if (allowed) await expect(remove).resolves.toEqual({ userId: target.id });
    else await expectTRPCError(remove, 'FORBIDDEN', 'FORBIDDEN');
    expect(await roleOf(org.id, target.id)).toBe(allowed ? undefined : 'member');
  });

  it('lets an admin remove an admin but not an owner', async () => {
    const org = await createOrgWithRoles(server);
    const otherAdmin = await addTarget(org, 'admin');
    await expectTRPCError(
      org.as.admin.trpc.members.remove.mutate({ orgSlug: org.slug, userId: org.as.owner.user.id }),
      'FORBIDDEN',
      'FORBIDDEN',
    );
    expect(await roleOf(org.id, org.as.owner.user.id)).toBe('owner');
    await org.as.admin.trpc.members.remove.mutate({ orgSlug: org.slug, userId: otherAdmin.id });
    expect(await roleOf(org.id, otherAdmin.id)).toBeUndefined();
  });

  it('keeps the last owner, and lets an owner remove another owner', async () => {
    const org = await createOrgWithRoles(server);
    await expectTRPCError(
      org.as.owner.trpc.members.remove.mutate({ orgSlug: org.slug, userId: org.as.owner.user.id }),
      'CONFLICT',
      'LAST_OWNER',
    );
    expect(await roleOf(org.id, org.as.owner.user.id)).toBe('owner');
    const coOwner = await addTarget(org, 'owner');
    await org.as.owner.trpc.members.remove.mutate({ orgSlug: org.slug, userId: coOwner.id });
    expect(await roleOf(org.id, coOwner.id)).toBeUndefined();
  });

  it('answers NOT_FOUND for a user of another organization and removes nothing', async () => {
    const org = await createOrgWithRoles(server);
    const other = await createOrgWithRoles(server);
    await expectTRPCError(
      org.as.owner.trpc.members.remove.mutate({
        orgSlug: org.slug,
        userId: other.as.viewer.user.id,
      }),
      'NOT_FOUND',
      'NOT_FOUND',
    );
    expect(await roleOf(other.id, other.as.viewer.user.id)).toBe('viewer');
  });

  it("answers NOT_FOUND when acting on another organization's slug", async () => {
    const org = await createOrgWithRoles(server);
    const other = await createOrgWithRoles(server);
    await expectTRPCError(
      org.as.owner.trpc.members.remove.mutate({
        orgSlug: other.slug,
        userId: other.as.member.user.id,
      }),
      'NOT_FOUND',
      'NOT_FOUND',
    );
    expect(await roleOf(other.id, other.as.member.user.id)).toBe('member');
  });
});
