import { organizations } from '@rota/db';
import type { orgOutput } from '@rota/schemas';
import type { z } from 'zod';

export type OrgRecord = z.input<typeof orgOutput>;

export const orgColumns = {
  id: organizations.id,
  slug: organizations.slug,
  name: organizations.name,
  timezone: organizations.timezone,
  createdAt: organizations.createdAt,
};
