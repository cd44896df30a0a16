import type * as s from '@rota/schemas';
import { expectTypeOf } from 'vitest';
import type { z } from 'zod';
import { createRotaClient, type RouterInputs, type RouterOutputs } from '../src/index';

// Checked by `tsc` (pnpm typecheck). Every procedure of the SPEC table, as a consumer of
// @rota/client sees it, takes exactly its schema's input and returns exactly its schema's output.
type In<Schema extends z.ZodType> = z.input<Schema>;
type Out<Schema extends z.ZodType> = z.output<Schema>;

expectTypeOf<RouterInputs['auth']['signUp']>().toEqualTypeOf<In<typeof s.signUpInput>>();
expectTypeOf<RouterOutputs['auth']['signUp']>().toEqualTypeOf<Out<typeof s.authResultOutput>>();
expectTypeOf<RouterInputs['auth']['signIn']>().toEqualTypeOf<In<typeof s.signInInput>>();
expectTypeOf<RouterOutputs['auth']['signIn']>().toEqualTypeOf<Out<typeof s.authResultOutput>>();
expectTypeOf<RouterInputs['auth']['signOut']>().toEqualTypeOf<void>();
expectTypeOf<RouterOutputs['auth']['signOut']>().toEqualTypeOf<{ ok: true }>();
expectTypeOf<RouterOutputs['auth']['me']>().toEqualTypeOf<Out<typeof s.meOutput>>();

expectTypeOf<RouterInputs['orgs']['create']>().toEqualTypeOf<In<typeof s.createOrgInput>>();
// An input that may be left out entirely is optional on the call, hence `void`.
// biome-ignore lint/suspicious/noConfusingVoidType: tRPC types an omittable input exactly so
expectTypeOf<RouterInputs['orgs']['list']>().toEqualTypeOf<In<typeof s.listOrgsInput> | void>();
expectTypeOf<RouterInputs['orgs']['get']>().toEqualTypeOf<In<typeof s.getOrgInput>>();
expectTypeOf<RouterInputs['orgs']['update']>().toEqualTypeOf<In<typeof s.updateOrgInput>>();
expectTypeOf<RouterOutputs['orgs']['create']>().toEqualTypeOf<Out<typeof s.orgOutput>>();
expectTypeOf<RouterOutputs['orgs']['list']>().toEqualTypeOf<Out<typeof s.orgPageOutput>>();
expectTypeOf<RouterOutputs['orgs']['get']>().toEqualTypeOf<Out<typeof s.orgOutput>>();
expectTypeOf<RouterOutputs['orgs']['update']>().toEqualTypeOf<Out<typeof s.orgOutput>>();

expectTypeOf<RouterInputs['members']['list']>().toEqualTypeOf<In<typeof s.listMembersInput>>();
expectTypeOf<RouterInputs['members']['add']>().toEqualTypeOf<In<typeof s.addMemberInput>>();
expectTypeOf<RouterInputs['members']['updateRole']>().toEqualTypeOf<
  In<typeof s.updateMemberRoleInput>
>();
expectTypeOf<RouterInputs['members']['remove']>().toEqualTypeOf<In<typeof s.removeMemberInput>>();
expectTypeOf<RouterOutputs['members']['list']>().toEqualTypeOf<Out<typeof s.memberPageOutput>>();
expectTypeOf<RouterOutputs['members']['add']>().toEqualTypeOf<Out<typeof s.memberOutput>>();
expectTypeOf<RouterOutputs['members']['updateRole']>().toEqualTypeOf<Out<typeof s.memberOutput>>();
expectTypeOf<RouterOutputs['members']['remove']>().toEqualTypeOf<{ userId: string }>();

expectTypeOf<RouterInputs['resources']['create']>().toEqualTypeOf<
  In<typeof s.createResourceInput>
>();
expectTypeOf<RouterInputs['resources']['update']>().toEqualTypeOf<
  In<typeof s.updateResourceInput>
>();
expectTypeOf<RouterInputs['resources']['archive']>().toEqualTypeOf<In<typeof s.resourceRefInput>>();
expectTypeOf<RouterInputs['resources']['list']>().toEqualTypeOf<In<typeof s.listResourcesInput>>();
expectTypeOf<RouterInputs['resources']['get']>().toEqualTypeOf<In<typeof s.resourceRefInput>>();
expectTypeOf<RouterOutputs['resources']['create']>().toEqualTypeOf<s.Resource>();
expectTypeOf<RouterOutputs['resources']['update']>().toEqualTypeOf<s.Resource>();
expectTypeOf<RouterOutputs['resources']['archive']>().toEqualTypeOf<s.Resource>();
expectTypeOf<RouterOutputs['resources']['get']>().toEqualTypeOf<s.Resource>();
expectTypeOf<RouterOutputs['resources']['list']>().toEqualTypeOf<{
  items: s.Resource[];
  nextCursor: string | null;
}>();

expectTypeOf<RouterInputs['availability']['forResource']>().toEqualTypeOf<
  In<typeof s.resourceAvailabilityInput>
>();
expectTypeOf<RouterInputs['availability']['search']>().toEqualTypeOf<
  In<typeof s.availabilitySearchInput>
>();
expectTypeOf<RouterOutputs['availability']['forResource']>().toEqualTypeOf<{
  resourceId: string;
  free: { startsAt: string; endsAt: string }[];
}>();
expectTypeOf<RouterOutputs['availability']['search']>().toEqualTypeOf<{ items: s.Resource[] }>();

expectTypeOf<RouterInputs['bookings']['create']>().toEqualTypeOf<In<typeof s.createBookingInput>>();
expectTypeOf<RouterInputs['bookings']['createSeries']>().toEqualTypeOf<
  In<typeof s.createSeriesInput>
>();
expectTypeOf<RouterInputs['bookings']['list']>().toEqualTypeOf<In<typeof s.listBookingsInput>>();
expectTypeOf<RouterInputs['bookings']['get']>().toEqualTypeOf<In<typeof s.bookingRefInput>>();
expectTypeOf<RouterInputs['bookings']['reschedule']>().toEqualTypeOf<
  In<typeof s.rescheduleBookingInput>
>();
expectTypeOf<RouterInputs['bookings']['cancel']>().toEqualTypeOf<In<typeof s.bookingRefInput>>();
expectTypeOf<RouterInputs['bookings']['onChange']>().toEqualTypeOf<
  In<typeof s.bookingChangesInput>
>();
expectTypeOf<RouterOutputs['bookings']['create']>().toEqualTypeOf<s.Booking>();
expectTypeOf<RouterOutputs['bookings']['createSeries']>().toEqualTypeOf<{
  seriesId: string;
  bookings: s.Booking[];
}>();
expectTypeOf<RouterOutputs['bookings']['list']>().toEqualTypeOf<{
  items: s.Booking[];
  nextCursor: string | null;
}>();
expectTypeOf<RouterOutputs['bookings']['get']>().toEqualTypeOf<s.Booking>();
expectTypeOf<RouterOutputs['bookings']['reschedule']>().toEqualTypeOf<s.Booking>();
expectTypeOf<RouterOutputs['bookings']['cancel']>().toEqualTypeOf<s.Booking>();

expectTypeOf<RouterInputs['audit']['list']>().toEqualTypeOf<In<typeof s.listAuditInput>>();
expectTypeOf<RouterOutputs['audit']['list']>().toEqualTypeOf<Out<typeof s.auditPageOutput>>();
expectTypeOf<RouterOutputs['system']['ping']>().toEqualTypeOf<{ ok: true }>();

// The wire shape, spelled out once: instants are ISO strings, no transformer, no internal columns.
expectTypeOf<s.Booking>().toEqualTypeOf<{
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
expectTypeOf<RouterOutputs['auth']['signUp']['user']>().toEqualTypeOf<{
  id: string;
  email: string;
  name: string;
  createdAt: string;
}>();

/** Never called: `tsc` checks how the client's methods take and return these types. */
export async function consumer() {
  const rota = createRotaClient({ url: 'http://127.0.0.1:3000/trpc' });
  const orgSlug = 'acme';

  expectTypeOf(rota.system.ping.query).returns.resolves.toEqualTypeOf<{ ok: true }>();
  expectTypeOf(rota.bookings.create.mutate)
    .parameter(0)
    .toEqualTypeOf<RouterInputs['bookings']['create']>();
  expectTypeOf(rota.bookings.list.query).returns.resolves.toEqualTypeOf<
    RouterOutputs['bookings']['list']
  >();

  const booking = await rota.bookings.get.query({ orgSlug, bookingId: 'b' });
  // @ts-expect-error: instants arrive as ISO strings, not Dates
  booking.startsAt.getTime();
  // @ts-expect-error: a booking's status is confirmed or cancelled, nothing else
  if (booking.status === 'pending') return;

  // @ts-expect-error: an unknown procedure does not exist on the client
  await rota.bookings.delete.mutate({ orgSlug, bookingId: booking.id });
  // @ts-expect-error: queries are not mutations
  await rota.resources.list.mutate({ orgSlug });
  // @ts-expect-error: a resource needs a capacity
  await rota.resources.create.mutate({ orgSlug, name: 'Room', kind: 'room' });
  // @ts-expect-error: "hall" is not a resource kind
  await rota.resources.create.mutate({ orgSlug, name: 'Hall', kind: 'hall', capacity: 9 });
  await rota.bookings.reschedule.mutate({
    orgSlug,
    bookingId: booking.id,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    // @ts-expect-error: the expected version is a number
    expectedVersion: String(booking.version),
  });

  rota.bookings.onChange.subscribe(
    { orgSlug },
    {
      onData(change) {
        expectTypeOf(change).toEqualTypeOf<s.BookingChange>();
        expectTypeOf(change.type).toEqualTypeOf<'created' | 'rescheduled' | 'cancelled'>();
      },
    },
  );
}
