import type { AppRouter, RouterOutputs } from '@rota/client';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { TRPCClientError } from '@trpc/client';
import type { inferInput, inferOutput } from '@trpc/tanstack-react-query';
import { expectTypeOf } from 'vitest';
import type { useTRPC } from './trpc';

// Checked by `tsc` (pnpm typecheck): what the app's components get from the router type alone.
type TRPC = ReturnType<typeof useTRPC>;

// The wire shape is spelled out once, in packages/client/test/procedures.test-d.ts.
expectTypeOf<inferOutput<TRPC['bookings']['create']>>().toEqualTypeOf<
  RouterOutputs['bookings']['create']
>();
expectTypeOf<inferOutput<TRPC['availability']['forResource']>>().toEqualTypeOf<{
  resourceId: string;
  free: { startsAt: string; endsAt: string }[];
}>();
expectTypeOf<inferOutput<TRPC['auth']['me']>>().toEqualTypeOf<{
  user: { id: string; email: string; name: string; createdAt: string };
  memberships: {
    org: { slug: string; name: string };
    role: 'owner' | 'admin' | 'member' | 'viewer';
  }[];
} | null>();
expectTypeOf<inferInput<TRPC['bookings']['reschedule']>>().toEqualTypeOf<{
  orgSlug: string;
  bookingId: string;
  startsAt: string;
  endsAt: string;
  expectedVersion: number;
}>();

// Error data carries the stable appCode and field issues the forms place next to their fields.
type ErrorData = NonNullable<TRPCClientError<AppRouter>['data']>;
expectTypeOf<'BOOKING_OVERLAP'>().toExtend<NonNullable<ErrorData['appCode']>>();
expectTypeOf<ErrorData['issues']>().toEqualTypeOf<
  { path: string; message: string; code: string }[] | undefined
>();

/** Never rendered: `tsc` checks how components use the hooks. */
export function Component({ trpc }: { trpc: TRPC }) {
  const orgSlug = 'acme';
  const resource = useQuery(trpc.resources.get.queryOptions({ orgSlug, resourceId: 'r' }));
  expectTypeOf(resource.data).toEqualTypeOf<RouterOutputs['resources']['get'] | undefined>();
  const book = useMutation(trpc.bookings.create.mutationOptions());
  expectTypeOf(book.data).toEqualTypeOf<RouterOutputs['bookings']['create'] | undefined>();

  // @ts-expect-error: every org-scoped call needs the organization
  useQuery(trpc.resources.list.queryOptions({ q: 'room' }));
  // @ts-expect-error: there is no such procedure
  useQuery(trpc.resources.search.queryOptions({ orgSlug }));
  // @ts-expect-error: a mutation has no query options
  trpc.bookings.create.queryOptions({ orgSlug });
  // @ts-expect-error: times go over the wire as ISO strings
  book.mutate({ orgSlug, resourceId: 'r', title: 'x', startsAt: new Date(), endsAt: new Date() });
  // @ts-expect-error: outputs are plain JSON, so an instant is a string, not a Date
  resource.data?.createdAt.getFullYear();
  // @ts-expect-error: capacity is a number
  const label: string = resource.data?.capacity ?? '';
  return label;
}
