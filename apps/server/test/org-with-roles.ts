import { randomUUID } from 'node:crypto';
import type { Role } from '@rota/schemas';
import type { SignedInClient, TestServer } from './harness';

export type OrgWithRoles = { slug: string; id: string } & Record<Role, SignedInClient>;

/** A unique slug, so test files sharing the worker's database never collide. */
export const uniqueSlug = (prefix = 'org') => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A fresh organization with one signed-in user in each role. */
export async function orgWithRoles(server: TestServer): Promise<OrgWithRoles> {
  const owner = await server.signUp('Owner');
  const org = await owner.trpc.orgs.create.mutate({
    slug: uniqueSlug(),
    name: 'Acme',
    timezone: 'Europe/Berlin',
  });
  const join = async (name: string, role: Role) => {
    const client = await server.signUp(name);
    await owner.trpc.members.add.mutate({ orgSlug: org.slug, email: client.user.email, role });
    return client;
  };
  return {
    slug: org.slug,
    id: org.id,
    owner,
    admin: await join('Admin', 'admin'),
    member: await join('Member', 'member'),
    viewer: await join('Viewer', 'viewer'),
  };
}
