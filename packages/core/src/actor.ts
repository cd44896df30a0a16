import type { Role } from '@rota/schemas';

/** Whoever is calling: a signed-in user. */
export interface Actor {
  userId: string;
}

/** A member acting inside one organization, as resolved by the API's `orgProcedure`. */
export interface OrgActor extends Actor {
  orgId: string;
  role: Role;
}

const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

export function hasRole(actual: Role, required: Role): boolean {
  return rank[actual] >= rank[required];
}
