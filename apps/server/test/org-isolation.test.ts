import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccessRule, accessRules } from './authorization/access-rules';
import { callProcedure, idFieldsOf, type OrgScopedPath } from './authorization/procedures';
import { createScope, type ScopeOptions } from './authorization/scope';
import { expectTRPCError } from './fixtures/errors';
import { orgFootprint } from './fixtures/footprint';
import { createOrgWithRoles, type OrgWithRoles } from './fixtures/orgs';
import { type SignedInClient, startTestServer } from './harness';

const server = await startTestServer();
const { db } = server.app.database;
afterAll(() => server.close());

// Members of `mine` reach into `theirs`, of which they are not members.
let mine: OrgWithRoles;
let theirs: OrgWithRoles;
beforeAll(async () => {
  mine = await createOrgWithRoles(server);
  theirs = await createOrgWithRoles(server);
});

const footprints = async () => [await orgFootprint(db, mine.id), await orgFootprint(db, theirs.id)];

/** Calls `path` as `caller` with input made in `scope`: NOT_FOUND, and neither org changes. */
async function expectNotFound(
  path: string,
  rule: AccessRule<OrgScopedPath>,
  caller: SignedInClient,
  scope: ScopeOptions,
) {
  const input = await rule.input(createScope(server, scope));
  const before = await footprints();
  await expectTRPCError(callProcedure(caller, path, input), 'NOT_FOUND', 'NOT_FOUND');
  expect(await footprints()).toEqual(before);
  return input;
}

const ruled = Object.entries(accessRules);

// Membership is checked before the role: a viewer learns no more than an owner does.
describe.each(ruled)('%s', (path, rule) => {
  it.each(['owner', 'viewer'] as const)(
    "answers a %s of another organization NOT_FOUND for this one's slug",
    async (role) => {
      const scope = { slug: theirs.slug, idsFrom: theirs, booker: theirs.as.member };
      await expectNotFound(path, rule, mine.as[role], scope);
    },
  );
});

const ruledWithIds = ruled.filter(([path]) => idFieldsOf(path).length > 0);

describe.each(ruledWithIds)('%s', (path, rule) => {
  it("answers NOT_FOUND for another organization's ids under the caller's own slug", async () => {
    const scope = { slug: mine.slug, idsFrom: theirs, booker: theirs.as.member };
    const input = await expectNotFound(path, rule, mine.as.owner, scope);
    // Optional ids too: a rule that left one out would prove nothing here.
    expect(Object.keys(input)).toEqual(expect.arrayContaining(idFieldsOf(path)));
  });
});
