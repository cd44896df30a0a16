import { type Db, users } from '@rota/db';
import type { signInInput } from '@rota/schemas';
import type { z } from 'zod';
import { DomainError } from '../errors';
import { dummyPasswordHash, verifyPassword } from './password';
import { createSession, type SessionMeta } from './sessions';
import type { SignedIn } from './sign-up';
import { emailMatches, userColumns } from './users';

/**
 * Checks the credentials and starts a brand-new session, never reusing one the browser already
 * had (session fixation). An unknown email and a wrong password fail identically, in message and
 * in cost, so neither reveals which emails have accounts.
 */
export async function signIn(
  db: Db,
  input: z.output<typeof signInInput>,
  meta: SessionMeta,
): Promise<SignedIn> {
  const [row] = await db
    .select({ user: userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(emailMatches(input.email))
    .limit(1);
  const valid = await verifyPassword(
    row?.passwordHash ?? (await dummyPasswordHash()),
    input.password,
  );
  if (!row || !valid) {
    throw new DomainError('INVALID_CREDENTIALS', 'email or password is incorrect');
  }
  return { user: row.user, session: await createSession(db, row.user.id, meta) };
}
