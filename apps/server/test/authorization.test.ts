import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRules, notOrgScoped } from './authorization/access-rules';
import {
  callProcedure,
  isMutation,
  procedurePaths,
  takesOrgSlug,
} from './authorization/procedures';
import { createScope } from './authorization/scope';
import { expectTRPCError } from './fixtures/errors';
import { orgFootprint } from './fixtures/footprint';
import { accessByRole, createOrgWithRoles, isAtLeast, type OrgWithRoles } from './fixtures/orgs';
import { startTestServer } from './harness';

const server = await startTestServer();
const { db } = server.app.database;
afterAll(() => server.close());

let org: OrgWithRoles;
beforeAll(async () => {
  org = await createOrgWithRoles(server);
});

const ruled = Object.entries(accessRules);

describe('the access table', () => {
  it('has a rule for every procedure that takes orgSlug and exempts every other one by name', () => {
    expect(Object.keys(accessRules).sort()).toEqual(procedurePaths.filter(takesOrgSlug));
    expect(Object.keys(notOrgScoped).sort()).toEqual(
      procedurePaths.filter((path) => !takesOrgSlug(path)),
    );
  });
});

describe.each(ruled)('%s', (path, rule) => {
  it.each(accessByRole(rule.minRole))('as %s: allowed = %s', async (role, allowed) => {
    const caller = org.as[role];
    // A viewer cannot book, so a booking the viewer is refused to touch is the member's.
    const booker = isAtLeast(role, 'member') ? caller : org.as.member;
    const scope = createScope(server, { slug: org.slug, idsFrom: org, booker });
    const input = await rule.input(scope);
    const before = await orgFootprint(db, org.id);
    if (!allowed) {
      await expectTRPCError(callProcedure(caller, path, input), 'FORBIDDEN', 'FORBIDDEN');
      expect(await orgFootprint(db, org.id)).toEqual(before);
      return;
    }
    if (rule.provoke) {
      const provoke = rule.provoke;
      return void (await callProcedure(caller, path, input, () => provoke(scope, booker)));
    }
    await callProcedure(caller, path, input);
    const after = await orgFootprint(db, org.id);
    if (!isMutation(path)) return void expect(after).toEqual(before);
    // Every mutation leaves exactly one audit event, naming the caller.
    const added = after.auditEvents.filter(
      (event) => !before.auditEvents.some((old) => old.id === event.id),
    );
    expect(added).toEqual([expect.objectContaining({ actorId: caller.user.id })]);
  });

  it('answers UNAUTHORIZED when signed out and changes nothing', async () => {
    const scope = createScope(server, { slug: org.slug, idsFrom: org, booker: org.as.member });
    const input = await rule.input(scope);
    const before = await orgFootprint(db, org.id);
    await expectTRPCError(callProcedure(server.client(), path, input), 'UNAUTHORIZED');
    expect(await orgFootprint(db, org.id)).toEqual(before);
  });
});

const signedInOnly = Object.entries(notOrgScoped).filter(([, who]) => who === 'signed in');

it.each(signedInOnly)('%s answers UNAUTHORIZED when signed out', async (path) => {
  await expectTRPCError(callProcedure(server.client(), path, undefined), 'UNAUTHORIZED');
});
