// A consumer outside the app and the tests: a Node script that signs in and prints the caller's
// upcoming bookings in every organization. Against `pnpm dev`:
//   pnpm --filter @rota/client example
import { createRotaClient } from '@rota/client';

const url = process.env.ROTA_URL ?? 'http://127.0.0.1:3000/trpc';
const email = process.env.ROTA_EMAIL ?? 'demo@example.com';
const password = process.env.ROTA_PASSWORD ?? 'rota-demo-password';

// #region script
// Node has no cookie jar: keep the session cookie the API sets and send it back on every call.
let sessionCookie = '';
const rota = createRotaClient({
  url,
  headers: (): Record<string, string> => (sessionCookie ? { cookie: sessionCookie } : {}),
  fetch: async (input, init) => {
    const response = await fetch(input, init);
    const session = response.headers.getSetCookie().find((c) => c.includes('rota_session='));
    if (session) sessionCookie = session.split(';')[0] ?? '';
    return response;
  },
});

const { user } = await rota.auth.signIn.mutate({ email, password });
const me = await rota.auth.me.query();
console.log(`Signed in as ${user.name}`);
for (const { org, role } of me?.memberships ?? []) {
  const upcoming = await rota.bookings.list.query({
    orgSlug: org.slug,
    mine: true,
    status: 'confirmed',
    from: new Date().toISOString(),
  });
  console.log(`${org.name} (${role}): ${upcoming.items.length} upcoming`);
  for (const booking of upcoming.items) {
    // Every field is typed from the router: `startsAt` is an ISO string, `bookedBy` an object.
    console.log(`  ${booking.startsAt}  ${booking.title}  (${booking.bookedBy.name})`);
  }
}
// #endregion
