import { type Db, users } from '@rota/db';
import type { OpeningHours, ResourceKind } from '@rota/schemas';
import type { OrgActor } from '../actor';
import { signUp } from '../auth/sign-up';
import { emailMatches } from '../auth/users';
import { dayMs, instantAtLocal, localMsAt, minuteMs } from '../availability/wall-clock';
import { createBooking } from '../bookings/create-booking';
import { createOrg } from '../orgs/create-org';
import { createResource } from '../resources/create-resource';
import { inTransaction } from '../transaction';

/** Printed by `pnpm dev`; for local databases only. */
export const demoLogin = {
  email: 'demo@example.com',
  password: 'rota-demo-password',
  name: 'Dana Demo',
} as const;

export const demoOrg = { slug: 'demo', name: 'Demo Company', timezone: 'Europe/Berlin' } as const;

const officeHours = { start: '08:00', end: '18:00' };
const weekdaysOnly: OpeningHours = {
  mon: [officeHours],
  tue: [officeHours],
  wed: [officeHours],
  thu: [officeHours],
  fri: [officeHours],
};

interface DemoBooking {
  title: string;
  /** 1 = the next Monday-to-Friday day, 2 = the one after. */
  workday: number;
  from: string;
  to: string;
}

const demoResources: {
  name: string;
  kind: ResourceKind;
  capacity: number;
  openingHours: OpeningHours | null;
  bookings: DemoBooking[];
}[] = [
  {
    name: 'Atlas',
    kind: 'room',
    capacity: 8,
    openingHours: weekdaysOnly,
    bookings: [
      { title: 'Team stand-up', workday: 1, from: '09:00', to: '09:30' },
      { title: 'Design review', workday: 1, from: '14:00', to: '15:30' },
    ],
  },
  {
    name: 'Borealis',
    kind: 'room',
    capacity: 4,
    openingHours: weekdaysOnly,
    bookings: [
      { title: 'One-to-one', workday: 1, from: '10:00', to: '10:30' },
      { title: 'Sprint planning', workday: 2, from: '10:00', to: '11:30' },
    ],
  },
  {
    name: 'Desk 1',
    kind: 'desk',
    capacity: 1,
    openingHours: null,
    bookings: [{ title: 'Focus day', workday: 1, from: '09:00', to: '17:00' }],
  },
  { name: 'Desk 2', kind: 'desk', capacity: 1, openingHours: null, bookings: [] },
  { name: 'Desk 3', kind: 'desk', capacity: 1, openingHours: null, bookings: [] },
  {
    name: 'Projector',
    kind: 'equipment',
    capacity: 1,
    openingHours: null,
    bookings: [{ title: 'Design review', workday: 1, from: '14:00', to: '15:30' }],
  },
];

/**
 * Fills a database with a demo organization for local development: the demo user owns it, with
 * rooms (open on weekdays), desks, equipment and a few upcoming bookings. Idempotent: once the
 * demo user exists nothing is touched, and the whole seed commits or none of it does.
 */
export async function seedDemoData(db: Db, now = new Date()): Promise<{ created: boolean }> {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(emailMatches(demoLogin.email));
  if (existing) return { created: false };

  await inTransaction(db, async (tx) => {
    const { user } = await signUp(tx, demoLogin, { ip: undefined, userAgent: 'demo seed' });
    const org = await createOrg(tx, { userId: user.id }, demoOrg);
    const owner: OrgActor = { userId: user.id, orgId: org.id, role: 'owner' };
    for (const { bookings, ...resource } of demoResources) {
      const { id } = await createResource(tx, owner, { orgSlug: demoOrg.slug, ...resource });
      for (const { title, workday, from, to } of bookings) {
        const period = {
          startsAt: onWorkday(now, workday, from),
          endsAt: onWorkday(now, workday, to),
        };
        await createBooking(tx, owner, { resourceId: id, title, ...period }, now);
      }
    }
  });
  return { created: true };
}

/** `time` (HH:MM, demo org's local time) on the `n`th Monday-to-Friday day after `now`. */
function onWorkday(now: Date, n: number, time: string): Date {
  const { timezone } = demoOrg;
  let localMidnight = Math.floor(localMsAt(now.getTime(), timezone) / dayMs) * dayMs;
  for (let found = 0; found < n; ) {
    localMidnight += dayMs;
    const weekday = new Date(localMidnight).getUTCDay();
    if (weekday !== 0 && weekday !== 6) found += 1;
  }
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const local = localMidnight + (hours * 60 + minutes) * minuteMs;
  return new Date(instantAtLocal(local, timezone, 'earliest'));
}
