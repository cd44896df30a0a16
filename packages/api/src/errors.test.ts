import { auditEvents, bookings, one, organizations, resources, users } from '@rota/db';
import { getTestDatabase, resetDatabase } from '@rota/db/testing';
import { appCodes } from '@rota/schemas';
import { TRPCError } from '@trpc/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { toDomainError, toTRPCError, trpcCodeByAppCode } from './errors';

const { db } = await getTestDatabase();

/** The error a real statement raises: these tests map what the database actually throws. */
async function errorOf(statement: Promise<unknown>): Promise<unknown> {
  return statement.then(
    () => expect.fail('the statement should have failed'),
    (error: unknown) => error,
  );
}

async function seed() {
  const user = one(
    await db
      .insert(users)
      .values({ email: 'a@example.com', name: 'A', passwordHash: 'x' })
      .returning(),
  );
  const org = one(
    await db
      .insert(organizations)
      .values({ slug: 'acme', name: 'Acme', timezone: 'UTC' })
      .returning(),
  );
  const resource = one(
    await db
      .insert(resources)
      .values({ orgId: org.id, name: 'Room', kind: 'room', timezone: 'UTC' })
      .returning(),
  );
  return { user, org, resource };
}

describe('mapping database errors', () => {
  beforeEach(() => resetDatabase(db));

  it('maps an exclusion violation to CONFLICT / BOOKING_OVERLAP', async () => {
    const { user, org, resource } = await seed();
    const period = { start: new Date('2030-01-07T10:00Z'), end: new Date('2030-01-07T11:00Z') };
    const booking = {
      orgId: org.id,
      resourceId: resource.id,
      bookedBy: user.id,
      title: 't',
      period,
    };
    await db.insert(bookings).values(booking);
    const error = toTRPCError(
      new TRPCError({
        code: 'INTERNAL_SERVER_ERROR',
        cause: await errorOf(db.insert(bookings).values(booking)),
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(toDomainError(error.cause)?.code).toBe('BOOKING_OVERLAP');
  });

  it('maps unique violations by constraint name', async () => {
    await seed();
    const duplicateEmail = await errorOf(
      db.insert(users).values({ email: 'A@example.com', name: 'B', passwordHash: 'x' }),
    );
    const duplicateSlug = await errorOf(
      db.insert(organizations).values({ slug: 'acme', name: 'Other', timezone: 'UTC' }),
    );
    expect(toDomainError(duplicateEmail)?.code).toBe('EMAIL_TAKEN');
    expect(toDomainError(duplicateSlug)?.code).toBe('SLUG_TAKEN');
  });

  it('leaves errors that reveal a bug internal', async () => {
    const { org } = await seed();
    await db
      .insert(auditEvents)
      .values({ orgId: org.id, action: 'a', targetType: 't', targetId: '1' });
    const appendOnly = await errorOf(db.delete(auditEvents));
    const original = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: appendOnly });
    expect(toTRPCError(original)).toBe(original);
  });
});

it('maps every app code to a tRPC code', () => {
  expect(Object.keys(trpcCodeByAppCode).sort()).toEqual([...appCodes].sort());
});
