import { createRotaClient, type RotaClient } from '@rota/client';

export interface BenchData {
  /** The signed-in user's Cookie header. */
  cookie: string;
  /** An organization with exactly 50 resources: resources.list returns a full page. */
  listOrg: string;
  resourceIds: string[];
  /** An organization whose resources are booked under contention, one per measurement. */
  bookingOrg: string;
  bookingResourceIds: string[];
}

/** Signs a user up and creates what the scenarios read, through the API like any client. */
export async function seed(origin: string, bookingResources: number): Promise<BenchData> {
  let cookie = '';
  const trpc: RotaClient = createRotaClient({
    url: `${origin}/trpc`,
    headers: () => ({ cookie }),
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const set = response.headers.getSetCookie()[0];
      if (set) cookie = set.split(';')[0] ?? '';
      return response;
    },
  });
  await trpc.auth.signUp.mutate({
    email: 'bench@example.com',
    name: 'Bench User',
    password: 'correct horse battery staple',
  });
  const listOrg = 'bench-list';
  const bookingOrg = 'bench-bookings';
  for (const slug of [listOrg, bookingOrg]) {
    await trpc.orgs.create.mutate({ slug, name: slug, timezone: 'UTC' });
  }
  const create = (orgSlug: string, name: string) =>
    trpc.resources.create.mutate({ orgSlug, name, kind: 'room', capacity: 4 });
  const resources = await Promise.all(
    Array.from({ length: 50 }, (_, i) => create(listOrg, `Room ${String(i).padStart(2, '0')}`)),
  );
  const bookable = await Promise.all(
    Array.from({ length: bookingResources }, (_, i) => create(bookingOrg, `Contended ${i}`)),
  );
  return {
    cookie,
    listOrg,
    resourceIds: resources.map((resource) => resource.id),
    bookingOrg,
    bookingResourceIds: bookable.map((resource) => resource.id),
  };
}
