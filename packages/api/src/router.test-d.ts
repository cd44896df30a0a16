import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { expectTypeOf } from 'vitest';
import type { AppRouter } from './router';

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

// Checked by `tsc` (pnpm typecheck): the wire types clients infer from the router.

expectTypeOf<Outputs['bookings']['create']>().toEqualTypeOf<{
  id: string;
  resourceId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  status: 'confirmed' | 'cancelled';
  bookedBy: { id: string; name: string };
  seriesId: string | null;
  version: number;
  createdAt: string;
}>();

// Instants go in as ISO strings with an offset and come out as strings: no transformer, plain JSON.
expectTypeOf<Inputs['bookings']['create']['startsAt']>().toEqualTypeOf<string>();
expectTypeOf<Outputs['availability']['forResource']['free'][number]>().toEqualTypeOf<{
  startsAt: string;
  endsAt: string;
}>();

// Internal columns are not part of any output.
expectTypeOf<Outputs['auth']['signUp']['user']>().not.toHaveProperty('passwordHash');
expectTypeOf<NonNullable<Outputs['auth']['me']>['user']>().toEqualTypeOf<
  Outputs['auth']['signUp']['user']
>();

expectTypeOf<Outputs['resources']['list']>()
  .toHaveProperty('nextCursor')
  .toEqualTypeOf<string | null>();
expectTypeOf<Inputs['members']['add']['role']>().toEqualTypeOf<
  'owner' | 'admin' | 'member' | 'viewer'
>();
expectTypeOf<Outputs['system']['ping']>().toEqualTypeOf<{ ok: true }>();

// @ts-expect-error: a booking needs a resource
export const missingResource: Inputs['bookings']['create'] = {
  orgSlug: 'acme',
  title: 'Standup',
  startsAt: '2030-01-07T10:00:00Z',
  endsAt: '2030-01-07T10:30:00Z',
};
