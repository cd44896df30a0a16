import { randomUUID } from 'node:crypto';
import { hashSessionToken } from '@rota/core';
import { sessions, users } from '@rota/db';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createOrgWithRoles } from './fixtures/orgs';
import { startTestServer, testPassword } from './harness';

const server = await startTestServer();
const { db } = server.app.database;
afterAll(() => server.close());

const uniqueEmail = (name = 'ada') => `${name}.${randomUUID().slice(0, 8)}@example.com`;

interface RawCall {
  input?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
}

/** One procedure over plain HTTP, to inspect exactly what goes over the wire. */
async function raw(kind: 'query' | 'mutation', path: string, call: RawCall = {}) {
  const url = new URL(`${server.trpcUrl}/${path}`);
  const headers = new Headers(call.headers);
  if (call.cookie) headers.set('cookie', call.cookie);
  const input = call.input === undefined ? undefined : JSON.stringify(call.input);
  const init: RequestInit = { headers };
  if (kind === 'mutation') {
    headers.set('content-type', 'application/json');
    Object.assign(init, { method: 'POST', body: input });
  } else if (input) {
    url.searchParams.set('input', input);
  }
  const response = await fetch(url, init);
  const body = await response.text();
  return {
    status: response.status,
    body,
    json: JSON.parse(body),
    setCookies: response.headers.getSetCookie(),
  };
}

function parseSetCookie(line: string) {
  const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
  const [name = '', value = ''] = pair.split('=');
  return { name, value, attributes: attributes.map((a) => a.toLowerCase()) };
}

async function rawSignUp(email = uniqueEmail()) {
  const response = await raw('mutation', 'auth.signUp', {
    input: { email, name: 'Ada Lovelace', password: testPassword },
    headers: { 'user-agent': 'rota-auth-test' },
  });
  const cookie = parseSetCookie(response.setCookies[0] ?? '');
  return { ...response, email, cookie, cookieHeader: `${cookie.name}=${cookie.value}` };
}

/** The session id is the token's hash; neither it nor the token itself belongs in a body. */
function expectNoSecrets(body: string, sessionToken: string) {
  const secrets = ['$argon2', 'passwordHash', 'password_hash', hashSessionToken(sessionToken)];
  for (const secret of [...secrets, sessionToken]) {
    expect(body).not.toContain(secret);
  }
}

describe('auth.signUp', () => {
  it('creates the user and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const signUp = await rawSignUp();
    expect(signUp.status).toBe(200);
    expect(signUp.json.result.data).toEqual({
      user: {
        id: expect.any(String),
        email: signUp.email,
        name: 'Ada Lovelace',
        createdAt: expect.any(String),
      },
    });
    expect(signUp.setCookies).toHaveLength(1);
    expect(signUp.cookie.name).toBe('rota_session');
    expect(signUp.cookie.value.length).toBeGreaterThanOrEqual(43);
    expect(signUp.cookie.attributes).toEqual(
      expect.arrayContaining([
        'httponly',
        'samesite=lax',
        'path=/',
        expect.stringMatching(/^expires=/),
      ]),
    );
    expect(signUp.cookie.attributes).not.toContain('secure');
  });

  it('stores an argon2id hash and the session metadata, never the raw token', async () => {
    const signUp = await rawSignUp();
    const [user] = await db.select().from(users).where(eq(users.email, signUp.email));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    const stored = await db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, user?.id ?? ''));
    expect(stored).toEqual([
      expect.objectContaining({
        id: hashSessionToken(signUp.cookie.value),
        userAgent: 'rota-auth-test',
      }),
    ]);
    expect(stored[0]?.ip).toMatch(/127\.0\.0\.1/);
  });

  it('refuses an email that is taken, whatever its case', async () => {
    const email = uniqueEmail('Grace');
    await server.client().trpc.auth.signUp.mutate({ email, name: 'Grace', password: testPassword });
    await expect(
      server.client().trpc.auth.signUp.mutate({
        email: email.toUpperCase(),
        name: 'Grace 2',
        password: testPassword,
      }),
    ).rejects.toMatchObject({ data: { code: 'CONFLICT', appCode: 'EMAIL_TAKEN' } });
    expect(await db.$count(users, eq(users.name, 'Grace 2'))).toBe(0);
  });

  it.each([
    ['email', { email: 'not-an-email', name: 'Bad', password: testPassword }],
    ['password', { email: uniqueEmail(), name: 'Bad', password: 'short' }],
    ['name', { email: uniqueEmail(), name: '   ', password: testPassword }],
  ])('rejects a bad %s field by field and writes nothing', async (field, input) => {
    const usersBefore = await db.$count(users);
    const response = await raw('mutation', 'auth.signUp', { input });
    expect(response.status).toBe(400);
    expect(response.json.error.data).toMatchObject({ code: 'BAD_REQUEST' });
    expect(response.json.error.data.issues).toEqual([expect.objectContaining({ path: field })]);
    expect(response.setCookies).toEqual([]);
    expect(await db.$count(users)).toBe(usersBefore);
  });
});

describe('auth.signIn', () => {
  it('signs in case-insensitively with a fresh token every time', async () => {
    const { email, cookie: signUpCookie } = await rawSignUp(uniqueEmail('Linus'));
    const first = await raw('mutation', 'auth.signIn', {
      input: { email: email.toUpperCase(), password: testPassword },
    });
    const second = await raw('mutation', 'auth.signIn', {
      input: { email, password: testPassword },
    });
    expect(first.json.result.data.user.email).toBe(email);
    const tokens = [
      signUpCookie,
      ...[first, second].map((r) => parseSetCookie(r.setCookies[0] ?? '')),
    ];
    expect(new Set(tokens.map((t) => t.value)).size).toBe(3);
    expectNoSecrets(first.body, tokens[1]?.value ?? '');
  });

  it('revokes the session the browser already carried (session fixation)', async () => {
    const { email, cookieHeader } = await rawSignUp();
    const signIn = await raw('mutation', 'auth.signIn', {
      input: { email, password: testPassword },
      cookie: cookieHeader,
    });
    expect(parseSetCookie(signIn.setCookies[0] ?? '').value).not.toBe('');
    const me = await raw('query', 'auth.me', { cookie: cookieHeader });
    expect(me.json.result.data).toBeNull();
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const { email } = await rawSignUp();
    const wrongPassword = await raw('mutation', 'auth.signIn', {
      input: { email, password: 'not the password' },
    });
    const unknownEmail = await raw('mutation', 'auth.signIn', {
      input: { email: uniqueEmail('nobody'), password: testPassword },
    });
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.status).toBe(401);
      expect(response.setCookies).toEqual([]);
      expect(response.json.error.data).toMatchObject({
        code: 'UNAUTHORIZED',
        appCode: 'INVALID_CREDENTIALS',
      });
    }
    expect(unknownEmail.json.error.message).toBe(wrongPassword.json.error.message);
  });
});

describe('auth.signOut', () => {
  it('revokes the session server-side and clears the cookie', async () => {
    const client = await server.signUp('Leaver');
    const oldCookie = client.cookie();
    const response = await raw('mutation', 'auth.signOut', { cookie: oldCookie });
    expect(response.json.result.data).toEqual({ ok: true });
    const cleared = parseSetCookie(response.setCookies[0] ?? '');
    expect(cleared).toMatchObject({ name: 'rota_session', value: '' });
    expect(cleared.attributes).toContain('expires=thu, 01 jan 1970 00:00:00 gmt');
    const token = oldCookie.split('=')[1] ?? '';
    expect(await db.$count(sessions, eq(sessions.id, hashSessionToken(token)))).toBe(0);

    // Replaying the old cookie no longer works anywhere.
    const replay = await raw('query', 'orgs.list', { cookie: oldCookie });
    expect(replay.status).toBe(401);
    expect(replay.json.error.data).toMatchObject({
      code: 'UNAUTHORIZED',
      appCode: 'UNAUTHENTICATED',
    });
    expect((await raw('query', 'auth.me', { cookie: oldCookie })).json.result.data).toBeNull();
  });

  it('requires a session', async () => {
    await expect(server.client().trpc.auth.signOut.mutate()).rejects.toMatchObject({
      data: { code: 'UNAUTHORIZED' },
    });
  });
});

describe('auth.me', () => {
  it('is null when signed out or the cookie is not a session', async () => {
    await expect(server.client().trpc.auth.me.query()).resolves.toBeNull();
    const bogus = await raw('query', 'auth.me', { cookie: 'rota_session=forged-token' });
    expect(bogus.json.result.data).toBeNull();
    expect(parseSetCookie(bogus.setCookies[0] ?? '')).toMatchObject({
      name: 'rota_session',
      value: '',
    });
  });

  it('returns the user and their memberships with roles', async () => {
    const org = await createOrgWithRoles(server);
    const me = await org.as.admin.trpc.auth.me.query();
    expect(me).toEqual({
      user: { ...org.as.admin.user, createdAt: expect.any(String) },
      memberships: [{ org: { slug: org.slug, name: 'Acme' }, role: 'admin' }],
    });
  });
});

describe('no output carries a password hash or session id', () => {
  it('holds for signUp, signIn, me and members.list', async () => {
    const signUp = await rawSignUp();
    const token = signUp.cookie.value;
    const orgSlug = `leak-${randomUUID().slice(0, 8)}`;
    await raw('mutation', 'orgs.create', {
      input: { slug: orgSlug, name: 'Leak check', timezone: 'UTC' },
      cookie: signUp.cookieHeader,
    });
    const signIn = await raw('mutation', 'auth.signIn', {
      input: { email: signUp.email, password: testPassword },
    });
    const signInToken = parseSetCookie(signIn.setCookies[0] ?? '').value;
    const me = await raw('query', 'auth.me', { cookie: signUp.cookieHeader });
    const members = await raw('query', 'members.list', {
      input: { orgSlug },
      cookie: signUp.cookieHeader,
    });
    expect(me.json.result.data.user.email).toBe(signUp.email);
    expect(members.json.result.data.items).toHaveLength(1);
    for (const response of [signUp, me, members]) expectNoSecrets(response.body, token);
    expectNoSecrets(signIn.body, signInToken);
  });
});

describe('in production', () => {
  it('uses a Secure __Host- cookie', async () => {
    const production = await startTestServer({ isProduction: true });
    try {
      const response = await fetch(`${production.trpcUrl}/auth.signUp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: uniqueEmail(), name: 'Prod', password: testPassword }),
      });
      const cookie = parseSetCookie(response.headers.getSetCookie()[0] ?? '');
      expect(cookie.name).toBe('__Host-rota_session');
      expect(cookie.attributes).toEqual(
        expect.arrayContaining(['secure', 'httponly', 'samesite=lax', 'path=/']),
      );
      expect(cookie.attributes.some((a) => a.startsWith('domain='))).toBe(false);
      const client = await production.signUp('Prod User');
      expect(client.cookie()).toMatch(/^__Host-rota_session=/);
      await expect(client.trpc.auth.me.query()).resolves.toMatchObject({ user: client.user });
    } finally {
      await production.close();
    }
  });
});
