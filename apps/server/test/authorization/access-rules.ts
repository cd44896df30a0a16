import { randomUUID } from 'node:crypto';
import type { Role } from '@rota/schemas';
import { bookingInput, rescheduleInput } from '../fixtures/bookings';
import { resourceInput } from '../fixtures/resources';
import type { SignedInClient } from '../harness';
import type { InputOf, OrgScopedPath } from './procedures';
import type { Scope } from './scope';

export interface AccessRule<P extends OrgScopedPath> {
  /** The least role that may call it (SPEC's table); every role above it may too. */
  minRole: Role;
  /** Input every allowed role succeeds with; ids come from `scope`, so tests can swap them. */
  input(scope: Scope): Promise<InputOf<P>>;
  /** Subscriptions: a change in `scope` that the subscription must report, as `booker`. */
  provoke?(scope: Scope, booker: SignedInClient): Promise<unknown>;
}

const day = { from: '2031-11-03T00:00:00Z', to: '2031-11-04T00:00:00Z' };
const uniqueName = () => `Renamed ${randomUUID().slice(0, 8)}`;

/**
 * Who may call each org-scoped procedure. authorization.test.ts fails when a procedure of the app
 * router takes `orgSlug` but has no rule here.
 */
export const accessRules: { [P in OrgScopedPath]: AccessRule<P> } = {
  // SPEC says "member" for orgs.get meaning any member of the organization: viewers may read it.
  'orgs.get': { minRole: 'viewer', input: async (at) => ({ orgSlug: at.slug }) },
  'orgs.update': {
    minRole: 'admin',
    input: async (at) => ({ orgSlug: at.slug, name: uniqueName() }),
  },
  // Likewise for members.list: viewers are read-only, so they may read who belongs.
  'members.list': { minRole: 'viewer', input: async (at) => ({ orgSlug: at.slug }) },
  // Only an owner may grant or touch the owner role (members.test.ts); here the target is a member.
  'members.add': {
    minRole: 'admin',
    input: async (at) => ({ orgSlug: at.slug, email: await at.newcomerEmail(), role: 'member' }),
  },
  'members.updateRole': {
    minRole: 'admin',
    input: async (at) => ({ orgSlug: at.slug, userId: await at.memberId(), role: 'viewer' }),
  },
  'members.remove': {
    minRole: 'admin',
    input: async (at) => ({ orgSlug: at.slug, userId: await at.memberId() }),
  },
  'resources.create': { minRole: 'admin', input: async (at) => resourceInput(at) },
  'resources.update': {
    minRole: 'admin',
    input: async (at) => ({ orgSlug: at.slug, resourceId: await at.resourceId(), capacity: 7 }),
  },
  'resources.archive': {
    minRole: 'admin',
    input: async (at) => ({ orgSlug: at.slug, resourceId: await at.resourceId() }),
  },
  'resources.list': { minRole: 'viewer', input: async (at) => ({ orgSlug: at.slug }) },
  'resources.get': {
    minRole: 'viewer',
    input: async (at) => ({ orgSlug: at.slug, resourceId: await at.resourceId() }),
  },
  'availability.forResource': {
    minRole: 'viewer',
    input: async (at) => ({ orgSlug: at.slug, resourceId: await at.resourceId(), ...day }),
  },
  'availability.search': { minRole: 'viewer', input: async (at) => ({ orgSlug: at.slug, ...day }) },
  'bookings.create': {
    minRole: 'member',
    input: async (at) => bookingInput(at, await at.resourceId(), day.from),
  },
  'bookings.createSeries': {
    minRole: 'member',
    input: async (at) => ({
      ...bookingInput(at, await at.resourceId(), day.from),
      repeat: { frequency: 'daily', count: 2 },
    }),
  },
  'bookings.list': {
    minRole: 'viewer',
    input: async (at) => ({ orgSlug: at.slug, resourceId: await at.resourceId() }),
  },
  'bookings.get': {
    minRole: 'viewer',
    input: async (at) => ({ orgSlug: at.slug, bookingId: await at.bookingId() }),
  },
  // Reschedule and cancel: a member only their own bookings, an admin or owner any booking
  // (bookings-roles.test.ts). Here the booking is the caller's own wherever the caller may book.
  'bookings.reschedule': {
    minRole: 'member',
    input: async (at) => rescheduleInput(at, await at.bookingId(), '2031-11-03T14:00:00Z'),
  },
  'bookings.cancel': {
    minRole: 'member',
    input: async (at) => ({ orgSlug: at.slug, bookingId: await at.bookingId() }),
  },
  'bookings.onChange': {
    minRole: 'viewer',
    input: async (at) => ({ orgSlug: at.slug, resourceId: await at.resourceId() }),
    provoke: async (at, booker) =>
      booker.trpc.bookings.create.mutate(bookingInput(at, await at.resourceId(), day.from)),
  },
  'audit.list': { minRole: 'admin', input: async (at) => ({ orgSlug: at.slug }) },
};

/** Procedures outside any organization: who may call them instead. */
export const notOrgScoped = {
  'auth.signUp': 'anyone',
  'auth.signIn': 'anyone',
  'auth.me': 'anyone',
  'system.ping': 'anyone',
  'auth.signOut': 'signed in',
  'orgs.create': 'signed in',
  'orgs.list': 'signed in',
} as const;
