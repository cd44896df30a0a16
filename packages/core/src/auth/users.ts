import { users } from '@rota/db';
import type { userOutput } from '@rota/schemas';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';

export type UserRecord = z.input<typeof userOutput>;

/** The public columns of a user; the password hash is selected only where it is verified. */
export const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  createdAt: users.createdAt,
};

/**
 * Matches an email case-insensitively. The cast pins the comparison to `citext = citext`: were a
 * driver to type the parameter as `text`, PostgreSQL would compare plain, case-sensitive text.
 */
export function emailMatches(email: string): SQL {
  return sql`${users.email} = ${email}::citext`;
}
