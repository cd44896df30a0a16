import { bookingInput } from '../fixtures/bookings';
import type { OrgWithRoles } from '../fixtures/orgs';
import { createResource } from '../fixtures/resources';
import type { SignedInClient, TestServer } from '../harness';

/** What a procedure's input is made of: the organization it names, and ids made on demand. */
export interface Scope {
  /** The slug of the organization the call names. */
  slug: string;
  /** The scope's resource, always open; made on first use. */
  resourceId(): Promise<string>;
  /** A confirmed booking on the scope's resource; one per scope, as a second would overlap it. */
  bookingId(): Promise<string>;
  /** A user who has just joined as a member. */
  memberId(): Promise<string>;
  /** A user in no organization. */
  newcomerEmail(): Promise<string>;
}

export interface ScopeOptions {
  /** The slug of the organization the call names. */
  slug: string;
  /** The organization the ids belong to: another one than `slug`'s to try to cross over. */
  idsFrom: OrgWithRoles;
  /** Who makes the bookings; a member of `idsFrom`. */
  booker: SignedInClient;
}

/**
 * Ids for one call. Each test makes a scope of its own, so each call acts on targets of its own
 * (a booking cancelled by one test is not there to be cancelled by the next).
 */
export function createScope(server: TestServer, { slug, idsFrom, booker }: ScopeOptions): Scope {
  let resource: Promise<string> | undefined;
  const resourceId = () => {
    resource ??= createResource(idsFrom).then(({ id }) => id);
    return resource;
  };
  return {
    slug,
    resourceId,
    async bookingId() {
      const input = bookingInput(idsFrom, await resourceId(), '2031-11-03T10:00:00Z');
      return (await booker.trpc.bookings.create.mutate(input)).id;
    },
    async memberId() {
      const { user } = await server.signUp('Target');
      await idsFrom.as.owner.trpc.members.add.mutate({
        orgSlug: idsFrom.slug,
        email: user.email,
        role: 'member',
      });
      return user.id;
    },
    newcomerEmail: async () => (await server.signUp('Newcomer')).user.email,
  };
}
