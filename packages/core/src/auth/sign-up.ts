import { type Db, one, users } from '@rota/db';
import type { signUpInput } from '@rota/schemas';
import type { z } from 'zod';
import { inTransaction } from '../transaction';
import { hashPassword } from './password';
import { createSession, type NewSession, type SessionMeta } from './sessions';
import { type UserRecord, userColumns } from './users';

export interface SignedIn {
  user: UserRecord;
  session: NewSession;
}

/**
 * Creates the account and its first session. A taken email (compared case-insensitively) fails on
 * the `users_email_unique` constraint, which the API answers as EMAIL_TAKEN.
 */
export async function signUp(
  db: Db,
  input: z.output<typeof signUpInput>,
  meta: SessionMeta,
): Promise<SignedIn> {
  // Hash before the transaction opens: it is the slow part and needs no database.
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    const user = one(
      await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash })
        .returning(userColumns),
    );
    return { user, session: await createSession(tx, user.id, meta) };
  });
}
