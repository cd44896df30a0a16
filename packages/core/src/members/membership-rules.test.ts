import { randomUUID } from 'node:crypto';
import { memberships, one, selectRows, users } from '@rota/db';
import { getTestDatabase } from '@rota/db/testing';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { OrgActor } from '../actor';
import { DomainError } from '../errors';
import { createOrg } from '../orgs/create-org';
import { addMember } from './add-member';
import { removeMember } from './remove-member';
import { updateMemberRole } from './update-member-role';

const database = await getTestDatabase();
const { db } = database;

async function newUser(name: string) {
  return one(
    await db
      .insert(users)
      .values({ email: `${randomUUID()}@example.com`, name, passwordHash: 'x' })
      .returning({ id: users.id, email: users.email }),
  );
}

/** An organization with two owners, A (its creator) and B. */
async function orgWithTwoOwners() {
  const [a, b] = [await newUser('Owner A'), await newUser('Owner B')];
  const org = await createOrg(
    db,
    { userId: a.id },
    { slug: `org-${randomUUID().slice(0, 8)}`, name: 'Two owners', timezone: 'UTC' },
  );
  const ownerA: OrgActor = { userId: a.id, orgId: org.id, role: 'owner' };
  await addMember(db, ownerA, { orgSlug: org.slug, email: b.email, role: 'owner' });
  const ownerB: OrgActor = { userId: b.id, orgId: org.id, role: 'owner' };
  return { org, ownerA, ownerB };
}

function ownersOf(orgId: string) {
  return db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner')));
}

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * On PostgreSQL, holds the owner rows locked until both racing transactions are queued behind
 * the lock, so they genuinely run at the same time. PGlite runs one transaction at a time.
 */
async function whileOwnersLocked<T>(orgId: string, race: () => Promise<T>): Promise<T> {
  if (database.driver !== 'postgres') return race();
  const locked = deferred();
  const release = deferred();
  const holder = db.transaction(async (tx) => {
    await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner')))
      .for('update');
    locked.resolve();
    await release.promise;
  });
  await locked.promise;
  const racing = race();
  while ((await waitingOnLocks()) < 2) await new Promise((r) => setTimeout(r, 10));
  release.resolve();
  await holder;
  return racing;
}

async function waitingOnLocks(): Promise<number> {
  const [row] = await selectRows<{ waiting: number }>(
    db,
    sql`select count(*)::int as waiting from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return row?.waiting ?? 0;
}

describe('the last-owner rule under concurrency', () => {
  it('lets exactly one of two owners demoting each other at once succeed', async () => {
    const { org, ownerA, ownerB } = await orgWithTwoOwners();
    const demoteEachOther = () =>
      Promise.allSettled([
        updateMemberRole(db, ownerA, { orgSlug: org.slug, userId: ownerB.userId, role: 'admin' }),
        updateMemberRole(db, ownerB, { orgSlug: org.slug, userId: ownerA.userId, role: 'admin' }),
      ]);
    const results = await whileOwnersLocked(org.id, demoteEachOther);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    // The loser's authority is re-read under the locks: it is no longer an owner, so it may not
    // touch one (and had it still been, LAST_OWNER would refuse it).
    expect(rejected[0]?.reason).toBeInstanceOf(DomainError);
    expect(rejected[0]?.reason).toMatchObject({ code: 'FORBIDDEN' });
    await expect(ownersOf(org.id)).resolves.toHaveLength(1);
  });

  it('lets exactly one of two owners removing each other at once succeed', async () => {
    const { org, ownerA, ownerB } = await orgWithTwoOwners();
    const removeEachOther = () =>
      Promise.allSettled([
        removeMember(db, ownerA, { orgSlug: org.slug, userId: ownerB.userId }),
        removeMember(db, ownerB, { orgSlug: org.slug, userId: ownerA.userId }),
      ]);
    const results = await whileOwnersLocked(org.id, removeEachOther);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    // The loser was removed by the winner: it is no longer a member of the organization at all.
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(ownersOf(org.id)).resolves.toHaveLength(1);
  });
});

describe('authority checked under the locks', () => {
  it('refuses an owner demoted after their request read their role', async () => {
    const { org, ownerA, ownerB } = await orgWithTwoOwners();
    const c = await newUser('Owner C');
    await addMember(db, ownerA, { orgSlug: org.slug, email: c.email, role: 'owner' });
    await updateMemberRole(db, ownerA, {
      orgSlug: org.slug,
      userId: ownerB.userId,
      role: 'member',
    });

    // ownerB still carries the role its request read before the demotion committed.
    await expect(
      updateMemberRole(db, ownerB, { orgSlug: org.slug, userId: c.id, role: 'viewer' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await ownersOf(org.id)).map((o) => o.userId).sort()).toEqual(
      [ownerA.userId, c.id].sort(),
    );
  });
});
