import { z } from 'zod';
import { email } from './auth';
import { id, instantOutput, orgSlug, page, pageInput, role } from './common';

export const listMembersInput = z.object({ orgSlug, ...pageInput });
export const addMemberInput = z.object({ orgSlug, email, role });
export const updateMemberRoleInput = z.object({ orgSlug, userId: id, role });
export const removeMemberInput = z.object({ orgSlug, userId: id });

export const memberOutput = z.object({
  user: z.object({ id, name: z.string(), email: z.string() }),
  role,
  joinedAt: instantOutput,
});
export type Member = z.infer<typeof memberOutput>;
export const memberPageOutput = page(memberOutput);
export const removeMemberOutput = z.object({ userId: id });
