import { auditEvents } from '@rota/db';
import { getTestDatabase } from '@rota/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectInvalidField, expectTRPCError } from './fixtures/errors';
import { orgFootprint } from './fixtures/footprint';
import { createOrgWithRoles, type OrgWithRoles } from './fixtures/orgs';
import { type CreateResourceInput, resourceInput } from './fixtures/resources';
import { startTestServer } from './harness';

const server = await startTestServer();
const { db } = await getTestDatabase();
afterAll(() => server.close());

let org: OrgWithRoles;
let other: OrgWithRoles;
beforeAll(async () => {
  org = await createOrgWithRoles(server, 'Europe/Berlin');
  other = await createOrgWithRoles(server, 'America/New_York');
});

const room = (name: string, extra: Partial<CreateResourceInput> = {}) =>
  resourceInput(org, { name, ...extra });

const auditFor = (targetId: string) =>
  db
    .select({ action: auditEvents.action, actorId: auditEvents.actorId, data: auditEvents.data })
    .from(auditEvents)
    .where(and(eq(auditEvents.targetType, 'resource'), eq(auditEvents.targetId, targetId)))
    .orderBy(auditEvents.createdAt);

describe('resources.create', () => {
  it('defaults the time zone to the organization and the rest to the table defaults', async () => {
    const created = await org.as.admin.trpc.resources.create.mutate(room('Defaults'));
    expect(created).toMatchObject({
      name: 'Defaults',
      kind: 'room',
      capacity: 4,
      timezone: 'Europe/Berlin',
      openingHours: null,
      minBookingMinutes: 15,
      maxBookingMinutes: 480,
      archivedAt: null,
    });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(await auditFor(created.id)).toEqual([
      {
        action: 'resource.created',
        actorId: org.as.admin.user.id,
        data: { name: 'Defaults', kind: 'room', timezone: 'Europe/Berlin' },
      },
    ]);
  });

  it('stores everything it is given', async () => {
    const openingHours = { mon: [{ start: '08:00', end: '12:00' }], sat: [] };
    const created = await org.as.owner.trpc.resources.create.mutate(
      room('Van 1', {
        kind: 'vehicle',
        capacity: 9,
        timezone: 'Asia/Tokyo',
        openingHours,
        minBookingMinutes: 60,
        maxBookingMinutes: 600,
      }),
    );
    expect(created).toMatchObject({ kind: 'vehicle', capacity: 9, timezone: 'Asia/Tokyo' });
    expect(created).toMatchObject({ openingHours, minBookingMinutes: 60, maxBookingMinutes: 600 });
    const fetched = await org.as.viewer.trpc.resources.get.query({
      orgSlug: org.slug,
      resourceId: created.id,
    });
    expect(fetched).toEqual(created);
  });

  it('rejects a duplicate name case-insensitively with NAME_TAKEN, but not in another org', async () => {
    await org.as.admin.trpc.resources.create.mutate(room('Board Room'));
    const before = await orgFootprint(db, org.id);
    await expectTRPCError(
      org.as.admin.trpc.resources.create.mutate(room('  bOARD rOOM ')),
      'CONFLICT',
      'NAME_TAKEN',
    );
    expect(await orgFootprint(db, org.id)).toEqual(before);
    await expect(
      other.as.admin.trpc.resources.create.mutate(resourceInput(other, { name: 'Board Room' })),
    ).resolves.toMatchObject({ name: 'Board Room', timezone: 'America/New_York' });
  });

  it('allows the name again once the first holder is archived', async () => {
    const first = await org.as.admin.trpc.resources.create.mutate(room('Reusable'));
    await org.as.admin.trpc.resources.archive.mutate({ orgSlug: org.slug, resourceId: first.id });
    const second = await org.as.admin.trpc.resources.create.mutate(room('REUSABLE'));
    expect(second.id).not.toBe(first.id);
  });
});

describe('bad input', () => {
  const cases: [string, Partial<CreateResourceInput>, string][] = [
    [
      'an opening window that ends before it starts',
      { openingHours: { mon: [{ start: '10:00', end: '09:00' }] } },
      'openingHours.mon.0.end',
    ],
    [
      'an opening time that is not HH:MM',
      { openingHours: { tue: [{ start: '9am', end: '17:00' }] } },
      'openingHours.tue.0.start',
    ],
    [
      'maxBookingMinutes below minBookingMinutes',
      { minBookingMinutes: 60, maxBookingMinutes: 30 },
      'maxBookingMinutes',
    ],
    ['a capacity of zero', { capacity: 0 }, 'capacity'],
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, 'timezone'],
  ];

  it.each(cases)('rejects %s naming the field, writing nothing', async (_, extra, path) => {
    const before = await orgFootprint(db, org.id);
    await expectInvalidField(
      org.as.admin.trpc.resources.create.mutate(room('Bad input', extra)),
      path,
    );
    expect(await orgFootprint(db, org.id)).toEqual(before);
  });

  it('names maxBookingMinutes when only min is given and exceeds the default max', async () => {
    const before = await orgFootprint(db, org.id);
    await expectInvalidField(
      org.as.admin.trpc.resources.create.mutate(room('Too long', { minBookingMinutes: 600 })),
      'maxBookingMinutes',
      'INVALID_INPUT',
    );
    expect(await orgFootprint(db, org.id)).toEqual(before);
  });

  it('names maxBookingMinutes when an update would put it below the stored min', async () => {
    const resource = await org.as.admin.trpc.resources.create.mutate(
      room('Partial update', { minBookingMinutes: 60 }),
    );
    const before = await orgFootprint(db, org.id);
    await expectInvalidField(
      org.as.admin.trpc.resources.update.mutate({
        orgSlug: org.slug,
        resourceId: resource.id,
        maxBookingMinutes: 30,
      }),
      'maxBookingMinutes',
      'INVALID_INPUT',
    );
    expect(await orgFootprint(db, org.id)).toEqual(before);
    const unchanged = await org.as.admin.trpc.resources.get.query({
      orgSlug: org.slug,
      resourceId: resource.id,
    });
    expect(unchanged).toEqual(resource);
  });
});

describe('resources.update', () => {
  it('changes only the given fields, bumps updatedAt and audits before and after', async () => {
    const resource = await org.as.admin.trpc.resources.create.mutate(
      room('Old name', { openingHours: { mon: [{ start: '09:00', end: '17:00' }] } }),
    );
    const updated = await org.as.owner.trpc.resources.update.mutate({
      orgSlug: org.slug,
      resourceId: resource.id,
      name: 'New name',
      capacity: 4, // unchanged: not part of the audit diff
      openingHours: null,
    });
    expect(updated).toEqual({
      ...resource,
      name: 'New name',
      openingHours: null,
      updatedAt: updated.updatedAt,
    });
    expect(updated.updatedAt > resource.updatedAt).toBe(true);
    const [, event] = await auditFor(resource.id);
    expect(event).toEqual({
      action: 'resource.updated',
      actorId: org.as.owner.user.id,
      data: {
        before: { name: 'Old name', openingHours: { mon: [{ start: '09:00', end: '17:00' }] } },
        after: { name: 'New name', openingHours: null },
      },
    });
  });

  it('writes nothing when nothing changes', async () => {
    const resource = await org.as.admin.trpc.resources.create.mutate(room('Same'));
    const before = await orgFootprint(db, org.id);
    const result = await org.as.admin.trpc.resources.update.mutate({
      orgSlug: org.slug,
      resourceId: resource.id,
      name: 'Same',
      capacity: 4,
    });
    expect(result).toEqual(resource);
    expect(await orgFootprint(db, org.id)).toEqual(before);
  });

  it('answers NAME_TAKEN when renaming onto another active resource', async () => {
    await org.as.admin.trpc.resources.create.mutate(room('Taken'));
    const resource = await org.as.admin.trpc.resources.create.mutate(room('Renamed'));
    await expectTRPCError(
      org.as.admin.trpc.resources.update.mutate({
        orgSlug: org.slug,
        resourceId: resource.id,
        name: 'TAKEN',
      }),
      'CONFLICT',
      'NAME_TAKEN',
    );
  });

  it('refuses to change an archived resource with RESOURCE_ARCHIVED', async () => {
    const resource = await org.as.admin.trpc.resources.create.mutate(room('Frozen'));
    const archived = await org.as.admin.trpc.resources.archive.mutate({
      orgSlug: org.slug,
      resourceId: resource.id,
    });
    await expectTRPCError(
      org.as.admin.trpc.resources.update.mutate({
        orgSlug: org.slug,
        resourceId: resource.id,
        capacity: 10,
      }),
      'BAD_REQUEST',
      'RESOURCE_ARCHIVED',
    );
    const ref = { orgSlug: org.slug, resourceId: resource.id };
    expect(await org.as.admin.trpc.resources.get.query(ref)).toEqual(archived);
  });
});

describe('resources.archive', () => {
  it('sets archivedAt once and is idempotent', async () => {
    const resource = await org.as.admin.trpc.resources.create.mutate(room('Old desk'));
    const ref = { orgSlug: org.slug, resourceId: resource.id };
    const archived = await org.as.admin.trpc.resources.archive.mutate(ref);
    expect(archived.archivedAt).not.toBeNull();
    const again = await org.as.owner.trpc.resources.archive.mutate(ref);
    expect(again).toEqual(archived);
    expect((await auditFor(resource.id)).map((event) => event.action)).toEqual([
      'resource.created',
      'resource.archived',
    ]);
  });
});
