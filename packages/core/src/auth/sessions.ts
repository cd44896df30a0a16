import { createHash, randomBytes } from 'node:crypto';
import { type Db, sessions, users } from '@rota/db';
import { and, eq, gt } from 'drizzle-orm';

// #region lifetimes
/** A session ends 30 days after sign-in at the latest (absolute expiry)… */
export const sessionAbsoluteTtlMs = 30 * 24 * 60 * 60 * 1000;
/** …or after 7 days without a request (idle expiry). */
export const sessionIdleTtlMs = 7 * 24 * 60 * 60 * 1000;
/** `last_seen_at` is written at most once a minute per session, not on every request. */
const lastSeenResolutionMs = 60 * 1000;
// #endregion

export interface SessionMeta {
  ip: string | undefined;
  userAgent: string | undefined;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  createdAt: Date;
}

export interface NewSession {
  /** The raw token: it goes into the cookie and is never stored. */
  token: string;
  expiresAt: Date;
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// #region create-session
/** Starts a fresh session (256 bits of randomness); the database keeps only the token's hash. */
export async function createSession(
  db: Db,
  userId: string,
  meta: SessionMeta,
  now = new Date(),
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionAbsoluteTtlMs);
  await db.insert(sessions).values({
    id: hashSessionToken(token),
    userId,
    expiresAt,
    lastSeenAt: now,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 512) ?? null,
  });
  return { token, expiresAt };
}
// #endregion

/** The user behind a session token, or null when it is unknown, revoked, expired or idle. */
export async function resolveSession(
  db: Db,
  token: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const sessionId = hashSessionToken(token);
  const [row] = await db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      user: { id: users.id, email: users.email, name: users.name, createdAt: users.createdAt },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sessionId),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - sessionIdleTtlMs)),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > lastSeenResolutionMs) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
  }
  return row.user;
}

/** Revokes the session server-side: the token stops working even if a copy of the cookie survives. */
export async function revokeSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashSessionToken(token)));
}
