import { z } from 'zod';
import { id, instantOutput, role } from './common';

export const email = z.email().max(254);
// NIST SP 800-63B: at least 8 characters, accept at least 64; the upper bound caps hashing cost.
export const password = z.string().min(8).max(256);
export const personName = z.string().trim().min(1).max(100);

export const signUpInput = z.object({ email, name: personName, password });
export const signInInput = z.object({ email, password: z.string().min(1).max(256) });

export const userOutput = z.object({
  id,
  email: z.string(),
  name: z.string(),
  createdAt: instantOutput,
});
export type User = z.infer<typeof userOutput>;

export const authResultOutput = z.object({ user: userOutput });
export const signOutOutput = z.object({ ok: z.literal(true) });

export const meOutput = z
  .object({
    user: userOutput,
    memberships: z.array(z.object({ org: z.object({ slug: z.string(), name: z.string() }), role })),
  })
  .nullable();
export type Me = z.infer<typeof meOutput>;

export const userRef = z.object({ id, name: z.string() });
