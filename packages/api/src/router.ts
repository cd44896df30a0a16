import { auditRouter } from './routers/audit';
import { authRouter } from './routers/auth';
import { availabilityRouter } from './routers/availability';
import { bookingsRouter } from './routers/bookings';
import { membersRouter } from './routers/members';
import { orgsRouter } from './routers/orgs';
import { resourcesRouter } from './routers/resources';
import { systemRouter } from './routers/system';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  auth: authRouter,
  orgs: orgsRouter,
  members: membersRouter,
  resources: resourcesRouter,
  availability: availabilityRouter,
  bookings: bookingsRouter,
  audit: auditRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
