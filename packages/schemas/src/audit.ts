import { z } from 'zod';
import { userRef } from './auth';
import { id, instantOutput, orgSlug, page, pageInput } from './common';

export const listAuditInput = z.object({ orgSlug, ...pageInput });

export const auditEventOutput = z.object({
  id,
  actor: userRef.nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: instantOutput,
});
export type AuditEvent = z.infer<typeof auditEventOutput>;
export const auditPageOutput = page(auditEventOutput);
