import { z } from 'zod';

export const pingOutput = z.object({ ok: z.literal(true) });
