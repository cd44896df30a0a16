import type { RequestSpec } from './load';
import type { Variant } from './protocol';
import type { BenchData } from './seed';

/** One column of a scenario: which server, which request, how many calls one request carries. */
export interface Target {
  name: string;
  variant: Variant;
  callsPerRequest: number;
  /** `measurement` numbers the runs of this target, for scenarios that need fresh data per run. */
  request(data: BenchData, measurement: number): RequestSpec;
  /** Statuses a correct answer may have (bookings under contention mostly answer 409). */
  accepted: number[];
}

export interface Scenario {
  name: string;
  title: string;
  connections: number;
  /** The first target is the ceiling every other one is compared with. */
  targets: Target[];
}

const json = { 'content-type': 'application/json' };
const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const get = (headers: Record<string, string>, path: (i: number) => string): RequestSpec => ({
  method: 'GET',
  headers,
  next: (i) => ({ path: path(i) }),
});
const signedIn = (data: BenchData) => ({ cookie: data.cookie });

/** The same request against tRPC's adapter and against Rota's fast path. */
const trpcTargets = (template: Omit<Target, 'variant' | 'name'>, suffix = ''): Target[] => [
  { name: `tRPC adapter${suffix}`, variant: 'official', ...template },
  { name: `Rota fast path${suffix}`, variant: 'fast', ...template },
];

const ping: Scenario = {
  name: 'ping',
  title: 'system.ping',
  connections: 32,
  targets: [
    {
      name: 'plain route',
      variant: 'plain',
      callsPerRequest: 1,
      accepted: [200],
      request: () => get({}, () => '/plain/ping'),
    },
    ...trpcTargets({
      callsPerRequest: 1,
      accepted: [200],
      request: () => get({}, () => '/trpc/system.ping'),
    }),
  ],
};

const list: Scenario = {
  name: 'list',
  title: 'resources.list (50 rows, signed in)',
  connections: 32,
  targets: [
    {
      name: 'plain route',
      variant: 'plain',
      callsPerRequest: 1,
      accepted: [200],
      request: (data) => get(signedIn(data), () => `/plain/resources?orgSlug=${data.listOrg}`),
    },
    ...trpcTargets({
      callsPerRequest: 1,
      accepted: [200],
      request: (data) =>
        get(
          signedIn(data),
          () => `/trpc/resources.list?input=${input({ orgSlug: data.listOrg, limit: 50 })}`,
        ),
    }),
  ],
};

const tenIds = (data: BenchData) => data.resourceIds.slice(0, 10);
const getInput = (data: BenchData, id: string) => ({ orgSlug: data.listOrg, resourceId: id });

const batch: Scenario = {
  name: 'batch',
  title: 'ten resources.get: one batched request vs ten requests',
  connections: 32,
  targets: [
    {
      name: 'plain route (ten in one)',
      variant: 'plain',
      callsPerRequest: 10,
      accepted: [200],
      request: (data) =>
        get(
          signedIn(data),
          () => `/plain/resources/many?orgSlug=${data.listOrg}&ids=${tenIds(data).join(',')}`,
        ),
    },
    ...trpcTargets(
      {
        callsPerRequest: 10,
        accepted: [200],
        request: (data) => {
          const inputs = Object.fromEntries(tenIds(data).map((id, i) => [i, getInput(data, id)]));
          const paths = Array(10).fill('resources.get').join(',');
          return get(signedIn(data), () => `/trpc/${paths}?batch=1&input=${input(inputs)}`);
        },
      },
      ', batched',
    ),
    ...trpcTargets(
      {
        callsPerRequest: 1,
        accepted: [200],
        request: (data) =>
          get(signedIn(data), (i) => {
            const id = tenIds(data)[Math.abs(i) % 10];
            return `/trpc/resources.get?input=${input(getInput(data, id ?? ''))}`;
          }),
      },
      ', ten requests',
    ),
  ],
};

const halfHour = 30 * 60_000;
const start = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 24 * 3_600_000;

/** Four clients race for every half-hour slot: one books it, three get CONFLICT. */
const contendedBooking = (path: string) => ({
  callsPerRequest: 1,
  accepted: [200, 409],
  request: (data: BenchData, measurement: number): RequestSpec => ({
    method: 'POST',
    headers: { ...json, ...signedIn(data) },
    next: (i) => {
      const startsAt = start + Math.floor(i / 4) * halfHour;
      const body = {
        orgSlug: data.bookingOrg,
        resourceId: data.bookingResourceIds[measurement] ?? '',
        title: 'bench',
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + halfHour).toISOString(),
      };
      return { path, body: JSON.stringify(body) };
    },
  }),
});

const bookings: Scenario = {
  name: 'bookings',
  title: 'bookings.create under contention (64 clients, 4 per slot)',
  connections: 64,
  targets: [
    { name: 'plain route', variant: 'plain', ...contendedBooking('/plain/bookings') },
    ...trpcTargets(contendedBooking('/trpc/bookings.create')),
  ],
};

export const scenarios: Scenario[] = [ping, list, batch, bookings];
