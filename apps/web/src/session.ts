import type { RouterOutputs } from '@rota/client';

export type Me = NonNullable<RouterOutputs['auth']['me']>;
export type Role = Me['memberships'][number]['role'];

export const roles = ['owner', 'admin', 'member', 'viewer'] as const satisfies readonly Role[];
/** A role from a form's value; the server validates it again. */
export const asRole = (value: string): Role => roles.find((role) => role === value) ?? 'member';

/** What the signed-in person can do in one organization, passed to its screens. */
export interface OrgSession {
  me: Me;
  orgSlug: string;
  orgName: string;
  role: Role;
  /** Admins and owners manage resources and members. */
  isAdmin: boolean;
}

export function orgSession(me: Me, orgSlug: string): OrgSession | null {
  const membership = me.memberships.find((m) => m.org.slug === orgSlug);
  if (!membership) return null;
  const { role } = membership;
  return {
    me,
    orgSlug,
    orgName: membership.org.name,
    role,
    isAdmin: role === 'owner' || role === 'admin',
  };
}
