import { type Db, memberships } from '@rota/db';
import type { Role } from '@rota/schemas';
import { and, asc, eq } from 'drizzle-orm';
import { hasRole, type OrgActor } from '../actor';
import { DomainError, notFound } from '../errors';

/**
 * Admins manage members; only owners manage owners. Pass every role the change touches: the
 * member's current role and the role being granted.
 */
export function assertMayManageRoles(actor: OrgActor, ...roles: Role[]): void {
  if (!hasRole(actor.role, 'admin')) {
    throw new DomainError('FORBIDDEN', 'requires the admin role');
  }
  if (actor.role !== 'owner' && roles.includes('owner')) {
    throw new DomainError('FORBIDDEN', 'only an owner can manage owners');
  }
}

/**
 * Locks what a role change or removal depends on and checks the rules; returns the member's role.
 *
 * The organization's owner rows are locked first, in user-id order, and then the member's row.
 * Two owners demoting each other at once therefore queue on the same locks (no deadlock), and the
 * second re-reads the owners after the first commits, so it sees it would remove the last owner.
 * A user who is not a member of this organization is NOT_FOUND, like one that does not exist.
 * The actor's authority is re-read under these locks: a role read before the transaction may
 * have been taken away by a change that committed since.
 */
export async function lockMembershipChange(
  tx: Db,
  actor: OrgActor,
  userId: string,
  /** The role being granted; undefined when the member is removed. */
  newRole: Role | undefined,
): Promise<Role> {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, actor.orgId), eq(memberships.role, 'owner')))
    .orderBy(asc(memberships.userId))
    .for('update');
  const [member] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, userId)))
    .for('update');
  if (!member) throw notFound('member');
  const current = { ...actor, role: await currentRole(tx, actor, owners, userId, member.role) };
  assertMayManageRoles(current, member.role, ...(newRole ? [newRole] : []));
  const losesOwner = member.role === 'owner' && newRole !== 'owner';
  if (losesOwner && !owners.some((owner) => owner.userId !== userId)) {
    throw new DomainError('LAST_OWNER', 'an organization must keep at least one owner');
  }
  return member.role;
}

/** The actor's role as of now, with its row locked so it cannot change before this commits. */
async function currentRole(
  tx: Db,
  actor: OrgActor,
  lockedOwners: { userId: string }[],
  memberId: string,
  memberRole: Role,
): Promise<Role> {
  if (actor.userId === memberId) return memberRole;
  if (lockedOwners.some((owner) => owner.userId === actor.userId)) return 'owner';
  const [row] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, actor.userId)))
    .for('share');
  if (!row) throw notFound('organization');
  return row.role;
}
