import type { RouterInputs } from '@rota/client';
import { getTestDatabase } from '@rota/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBooking } from './fixtures/bookings';
import { expectInvalidField, expectTRPCError } from './fixtures/errors';
import { createOrgWithRoles, type OrgWithRoles } from './fixtures/orgs';
import { type CreateResourceInput, createResource } from './fixtures/resources';
import { startTestServer } from './harness';

const server = await startTestServer();
const { db } = await getTestDatabase();
afterAll(() => server.close());

let org: OrgWithRoles;
beforeAll(async () => {
  org = await createOrgWithRoles(server, 'Europe/Berlin');
});

/** Books `resourceId` of `target` for its member, straight into the table. */
function book(
  target: OrgWithRoles,
  resourceId: string,
  start: string,
  end: string,
  status?: 'cancelled',
) {
  return insertBooking(db, {
    orgId: target.id,
    resourceId,
    bookedBy: target.as.member.user.id,
    start,
    end,
    status,
  });
}

const freeOf = (resourceId: string, from: string, to: string) =>
  org.as.viewer.trpc.availability.forResource.query({ orgSlug: org.slug, resourceId, from, to });

const slot = (startsAt: string, endsAt: string) => ({ startsAt, endsAt });

describe('availability.forResource', () => {
  it('is the whole range for an always-open, unbooked resource', async () => {
    const resource = await createResource(org);
    const from = '2026-05-04T00:00:00.000Z';
    const to = '2026-05-05T00:00:00.000Z';
    expect(await freeOf(resource.id, from, to)).toEqual({
      resourceId: resource.id,
      free: [slot(from, to)],
    });
  });

  it('subtracts confirmed bookings, clipped to the range, but not cancelled ones', async () => {
    const resource = await createResource(org);
    await book(org, resource.id, '2026-05-03T22:00:00Z', '2026-05-04T01:00:00Z'); // starts before the range
    await book(org, resource.id, '2026-05-04T09:00:00Z', '2026-05-04T10:00:00Z');
    await book(org, resource.id, '2026-05-04T10:00:00Z', '2026-05-04T11:30:00Z'); // back to back
    await book(org, resource.id, '2026-05-04T14:00:00Z', '2026-05-04T15:00:00Z', 'cancelled');
    await book(org, resource.id, '2026-05-04T23:00:00Z', '2026-05-05T02:00:00Z'); // ends after it
    const { free } = await freeOf(resource.id, '2026-05-04T00:00:00+00:00', '2026-05-05T00:00:00Z');
    expect(free).toEqual([
      slot('2026-05-04T01:00:00.000Z', '2026-05-04T09:00:00.000Z'),
      slot('2026-05-04T11:30:00.000Z', '2026-05-04T23:00:00.000Z'),
    ]);
  });

  it('follows opening hours in local time across the spring-forward change', async () => {
    const nineToFive = [{ start: '09:00', end: '17:00' }];
    const resource = await createResource(org, {
      openingHours: { fri: nineToFive, sat: [], sun: nineToFive, mon: nineToFive },
    });
    await book(org, resource.id, '2026-03-30T07:00:00Z', '2026-03-30T08:00:00Z'); // Monday 09:00 CEST
    // Friday 2026-03-27 00:00 to Tuesday 00:00, Berlin time, with the offset given on input.
    const { free } = await freeOf(
      resource.id,
      '2026-03-27T00:00:00+01:00',
      '2026-03-31T00:00:00+02:00',
    );
    expect(free).toEqual([
      slot('2026-03-27T08:00:00.000Z', '2026-03-27T16:00:00.000Z'), // CET, UTC+1
      slot('2026-03-29T07:00:00.000Z', '2026-03-29T15:00:00.000Z'), // CEST, UTC+2
      slot('2026-03-30T08:00:00.000Z', '2026-03-30T15:00:00.000Z'),
    ]);
  });

  it('follows opening hours in the resource time zone, not the organization one', async () => {
    const resource = await createResource(org, {
      timezone: 'America/New_York',
      openingHours: { sun: [{ start: '09:00', end: '17:00' }] },
    });
    const { free } = await freeOf(resource.id, '2026-11-01T00:00:00Z', '2026-11-02T12:00:00Z');
    expect(free).toEqual([slot('2026-11-01T14:00:00.000Z', '2026-11-01T22:00:00.000Z')]); // EST
  });

  it('has no free time on an archived resource', async () => {
    const resource = await createResource(org);
    await org.as.admin.trpc.resources.archive.mutate({
      orgSlug: org.slug,
      resourceId: resource.id,
    });
    const { free } = await freeOf(resource.id, '2026-05-04T00:00:00Z', '2026-05-05T00:00:00Z');
    expect(free).toEqual([]);
  });

  it('rejects ranges longer than 31 days or backwards, naming `to`', async () => {
    const resource = await createResource(org);
    for (const [from, to] of [
      ['2026-05-01T00:00:00Z', '2026-06-01T00:00:01Z'],
      ['2026-05-02T00:00:00Z', '2026-05-01T00:00:00Z'],
    ] as const) {
      await expectInvalidField(freeOf(resource.id, from, to), 'to');
    }
    const { free } = await freeOf(resource.id, '2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z');
    expect(free).toHaveLength(1);
  });

  it("answers NOT_FOUND for another organization's resource", async () => {
    const other = await createOrgWithRoles(server);
    const foreign = await createResource(other);
    await expectTRPCError(
      freeOf(foreign.id, '2026-05-04T00:00:00Z', '2026-05-05T00:00:00Z'),
      'NOT_FOUND',
      'NOT_FOUND',
    );
  });
});

describe('availability.search', () => {
  it('returns only active resources with no confirmed booking and open for the whole interval', async () => {
    const searchOrg = await createOrgWithRoles(server);
    const create = (name: string, extra: Partial<CreateResourceInput> = {}) =>
      createResource(searchOrg, { name, ...extra });
    const from = '2026-05-04T08:00:00Z'; // Monday 10:00–12:00 in Berlin
    const to = '2026-05-04T10:00:00Z';

    const free = await create('Free');
    const booked = await create('Booked');
    await book(searchOrg, booked.id, '2026-05-04T09:30:00Z', '2026-05-04T11:00:00Z');
    const cancelled = await create('Cancelled booking');
    await book(
      searchOrg,
      cancelled.id,
      '2026-05-04T08:00:00Z',
      '2026-05-04T10:00:00Z',
      'cancelled',
    );
    const adjacent = await create('Adjacent bookings');
    await book(searchOrg, adjacent.id, '2026-05-04T07:00:00Z', from);
    await book(searchOrg, adjacent.id, to, '2026-05-04T11:00:00Z');
    const open = await create('Open', {
      openingHours: { mon: [{ start: '09:00', end: '17:00' }] },
    });
    await create('Closes early', { openingHours: { mon: [{ start: '09:00', end: '11:00' }] } });
    await create('Closed Mondays', { openingHours: { tue: [{ start: '00:00', end: '24:00' }] } });
    const archived = await create('Archived');
    await searchOrg.as.admin.trpc.resources.archive.mutate({
      orgSlug: searchOrg.slug,
      resourceId: archived.id,
    });
    await createResource(org, { name: 'Other org' }); // free, but in `org`

    const search = (extra: Partial<RouterInputs['availability']['search']> = {}) =>
      searchOrg.as.viewer.trpc.availability.search.query({
        orgSlug: searchOrg.slug,
        from,
        to,
        ...extra,
      });
    const { items } = await search();
    expect(items.map((item) => item.name)).toEqual([
      'Adjacent bookings',
      'Cancelled booking',
      'Free',
      'Open',
    ]);
    expect(items).toContainEqual(free);
    expect(items.map((item) => item.id)).toEqual([adjacent.id, cancelled.id, free.id, open.id]);
  });

  it('filters by kind and minimum capacity', async () => {
    const searchOrg = await createOrgWithRoles(server);
    const create = (name: string, extra: Partial<CreateResourceInput>) =>
      createResource(searchOrg, { name, ...extra });
    await create('Small room', { kind: 'room', capacity: 2 });
    await create('Big room', { kind: 'room', capacity: 12 });
    await create('Big van', { kind: 'vehicle', capacity: 12 });
    const search = (extra: Partial<RouterInputs['availability']['search']>) =>
      searchOrg.as.viewer.trpc.availability.search
        .query({
          orgSlug: searchOrg.slug,
          from: '2026-05-04T08:00:00Z',
          to: '2026-05-04T10:00:00Z',
          ...extra,
        })
        .then(({ items }) => items.map((item) => item.name));
    expect(await search({ kind: 'room' })).toEqual(['Big room', 'Small room']);
    expect(await search({ minCapacity: 10 })).toEqual(['Big room', 'Big van']);
    expect(await search({ kind: 'room', minCapacity: 10 })).toEqual(['Big room']);
  });

  it('answers NOT_FOUND to a non-member', async () => {
    const outsider = await server.signUp('Outsider');
    await expectTRPCError(
      outsider.trpc.availability.search.query({
        orgSlug: org.slug,
        from: '2026-05-04T08:00:00Z',
        to: '2026-05-04T10:00:00Z',
      }),
      'NOT_FOUND',
    );
  });
});
