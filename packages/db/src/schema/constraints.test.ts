import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { one } from '../rows';
import { getTestDatabase, resetDatabase } from '../testing';
import { auditEvents, bookings, organizations, resources, users } from './index';

const { db } = await getTestDatabase();

async function seedResource() {
  const user = one(
    await db
      .insert(users)
      .values({ email: 'Ada@Example.com', name: 'Ada', passwordHash: 'x' })
      .returning(),
  );
  const org = one(
    await db
      .insert(organizations)
      .values({ slug: 'acme', name: 'Acme', timezone: 'Europe/Berlin' })
      .returning(),
  );
  const resource = one(
    await db
      .insert(resources)
      .values({ orgId: org.id, name: 'Room 1', kind: 'room', timezone: 'Europe/Berlin' })
      .returning(),
  );
  return { user, org, resource };
}

const at = (hhmm: string) => new Date(`2030-01-07T${hhmm}:00Z`);

describe('database constraints', () => {
  beforeEach(() => resetDatabase(db));

  it('rejects overlapping confirmed bookings of one resource (23P01)', async () => {
    const { user, org, resource } = await seedResource();
    const booking = { orgId: org.id, resourceId: resource.id, bookedBy: user.id, title: 'a' };
    await db
      .insert(bookings)
      .values({ ...booking, period: { start: at('10:00'), end: at('11:00') } });
    await expect(
      db.insert(bookings).values({ ...booking, period: { start: at('10:30'), end: at('11:30') } }),
    ).rejects.toMatchObject({ cause: { code: '23P01' } });
    // Half-open ranges: back to back is fine.
    await db
      .insert(bookings)
      .values({ ...booking, period: { start: at('11:00'), end: at('12:00') } });
  });

  it('lets a cancelled booking overlap a confirmed one', async () => {
    const { user, org, resource } = await seedResource();
    const period = { start: at('10:00'), end: at('11:00') };
    const booking = {
      orgId: org.id,
      resourceId: resource.id,
      bookedBy: user.id,
      title: 'a',
      period,
    };
    await db.insert(bookings).values({ ...booking, status: 'cancelled', cancelledAt: new Date() });
    await db.insert(bookings).values(booking);
    expect(await db.$count(bookings)).toBe(2);
  });

  it('reads periods back as the instants written', async () => {
    const { user, org, resource } = await seedResource();
    const period = {
      start: new Date('2030-03-31T00:30:00.000Z'),
      end: new Date('2030-03-31T10:15:30.250Z'),
    };
    const [row] = await db
      .insert(bookings)
      .values({ orgId: org.id, resourceId: resource.id, bookedBy: user.id, title: 'a', period })
      .returning({ period: bookings.period });
    expect(row?.period).toEqual(period);
  });

  it('compares emails case-insensitively', async () => {
    await seedResource();
    await expect(
      db.insert(users).values({ email: 'ada@example.COM', name: 'Ada 2', passwordHash: 'x' }),
    ).rejects.toMatchObject({ cause: { code: '23505' } });
  });

  it('keeps the audit trail append-only', async () => {
    const { org } = await seedResource();
    await db
      .insert(auditEvents)
      .values({ orgId: org.id, action: 'test', targetType: 'org', targetId: org.id });
    await expect(db.update(auditEvents).set({ action: 'changed' })).rejects.toThrow();
    await expect(db.delete(auditEvents)).rejects.toThrow();
    await expect(db.execute(sql`select count(*) from audit_events`)).resolves.toBeTruthy();
  });
});
