import { z } from 'zod';
import { id, instantOutput, orgSlug, page, pageInput, role, timezone } from './common';

export const orgName = z.string().trim().min(1).max(100);

export const createOrgInput = z.object({ slug: orgSlug, name: orgName, timezone });
export const listOrgsInput = z.object({ ...pageInput }).default({ limit: 50 });
export const getOrgInput = z.object({ orgSlug });
export const updateOrgInput = z.object({
  orgSlug,
  name: orgName.optional(),
  timezone: timezone.optional(),
});

export const orgOutput = z.object({
  id,
  slug: z.string(),
  name: z.string(),
  timezone: z.string(),
  role,
  createdAt: instantOutput,
});
export type Org = z.infer<typeof orgOutput>;
export const orgPageOutput = page(orgOutput);
