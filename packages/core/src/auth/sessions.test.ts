import { randomUUID } from 'node:crypto';
import { one, sessions, users } from '@rota/db';
import { getTestDatabase } from '@rota/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  createSession,
  hashSessionToken,
  resolveSession,
  revokeSession,
  sessionAbsoluteTtlMs,
  sessionIdleTtlMs,
} from './sessions';

const { db } = await getTestDatabase();
const day = 24 * 60 * 60 * 1000;
const meta = { ip: '203.0.113.7', userAgent: 'vitest' };

async function newUser() {
  return one(
    await db
      .insert(users)
      .values({ email: `${randomUUID()}@example.com`, name: 'Session Tester', passwordHash: 'x' })
      .returning({ id: users.id }),
  );
}

const after = (start: Date, ms: number) => new Date(start.getTime() + ms);

describe('sessions', () => {
  it('stores only the SHA-256 of the token, with the request metadata', async () => {
    const user = await newUser();
    const { token } = await createSession(db, user.id, meta);
    const rows = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: hashSessionToken(token), ...meta });
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('gives every session a different token', async () => {
    const user = await newUser();
    const first = await createSession(db, user.id, meta);
    const second = await createSession(db, user.id, meta);
    expect(first.token).not.toBe(second.token);
  });

  it('expires after the idle timeout without requests', async () => {
    const user = await newUser();
    const start = new Date();
    const { token } = await createSession(db, user.id, meta, start);
    await expect(
      resolveSession(db, token, after(start, sessionIdleTtlMs + 1000)),
    ).resolves.toBeNull();
  });

  it('restarts the idle timeout on every request', async () => {
    const user = await newUser();
    const start = new Date();
    const { token } = await createSession(db, user.id, meta, start);
    const firstRequest = after(start, sessionIdleTtlMs - 1000);
    const secondRequest = after(firstRequest, sessionIdleTtlMs - 1000);
    expect(await resolveSession(db, token, firstRequest)).toMatchObject({ id: user.id });
    expect(await resolveSession(db, token, secondRequest)).toMatchObject({ id: user.id });
    await expect(
      resolveSession(db, token, after(secondRequest, sessionIdleTtlMs + 1000)),
    ).resolves.toBeNull();
  });

  it('expires at the absolute limit even when used every day', async () => {
    const user = await newUser();
    const start = new Date();
    const { token, expiresAt } = await createSession(db, user.id, meta, start);
    expect(expiresAt).toEqual(after(start, sessionAbsoluteTtlMs));
    for (let at = day; at < sessionAbsoluteTtlMs; at += day) {
      expect(await resolveSession(db, token, after(start, at))).not.toBeNull();
    }
    await expect(resolveSession(db, token, after(start, sessionAbsoluteTtlMs))).resolves.toBeNull();
  });

  it('stops resolving a revoked token', async () => {
    const user = await newUser();
    const { token } = await createSession(db, user.id, meta);
    await revokeSession(db, token);
    await expect(resolveSession(db, token)).resolves.toBeNull();
  });

  it('does not resolve an unknown token', async () => {
    await expect(resolveSession(db, 'not-a-token')).resolves.toBeNull();
  });
});
