import { bookings, resources } from '@rota/db';
import { getTestDatabase, resetDatabase } from '@rota/db/testing';
import { eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { signIn } from '../auth/sign-in';
import { listOrgs } from '../orgs/list-orgs';
import { demoLogin, demoOrg, seedDemoData } from './demo-data';

const { db } = await getTestDatabase();
beforeEach(() => resetDatabase(db));

it('creates a demo organization the demo login owns, with resources and upcoming bookings', async () => {
  const now = new Date('2026-03-27T16:00:00Z'); // a Friday: the bookings skip the weekend
  expect(await seedDemoData(db, now)).toEqual({ created: true });

  const { user } = await signIn(db, demoLogin, { ip: undefined, userAgent: undefined });
  const orgs = await listOrgs(db, { userId: user.id }, { limit: 50 });
  expect(orgs.items).toMatchObject([{ slug: demoOrg.slug, role: 'owner' }]);

  const kinds = (await db.select({ kind: resources.kind }).from(resources)).map((r) => r.kind);
  expect(new Set(kinds)).toEqual(new Set(['room', 'desk', 'equipment']));
  const booked = await db.select({ period: bookings.period }).from(bookings);
  expect(booked.length).toBeGreaterThanOrEqual(3);
  for (const { period } of booked) {
    // Monday 30 March or Tuesday 31 March (Europe/Berlin switched to summer time on the 29th).
    expect(period.start.toISOString()).toMatch(/^2026-03-3[01]T/);
  }
  const standUp = await db
    .select({ period: bookings.period })
    .from(bookings)
    .where(eq(bookings.title, 'Team stand-up'));
  expect(standUp[0]?.period.start.toISOString()).toBe('2026-03-30T07:00:00.000Z');
});

it('is idempotent: a second run changes nothing', async () => {
  await seedDemoData(db);
  const count = async () => (await db.select({ id: bookings.id }).from(bookings)).length;
  const before = await count();
  expect(await seedDemoData(db)).toEqual({ created: false });
  expect(await count()).toBe(before);
});
