import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type CompatServer, compatLimits, errorCodes, startCompatServer } from './compat-fixture';

const official = await startCompatServer('official');
const fast = await startCompatServer('fast');
afterAll(() => Promise.all([official.close(), fast.close()]));
beforeEach(() => {
  for (const { record } of [official, fast]) record.errors.length = 0;
});

interface Case {
  name: string;
  /** Path and query after /trpc/. */
  url: string;
  init?: RequestInit;
  /** Which handler of the fast adapter should answer: its own path, or tRPC's. */
  servedBy: 'fast path' | 'official handler';
}

const json = { 'content-type': 'application/json' };
const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify(value))}`;
const post = (body: string | undefined, headers: Record<string, string> = json): RequestInit => ({
  method: 'POST',
  headers,
  body,
});

const cases: Case[] = [
  { name: 'a query without input', url: 'hello', servedBy: 'fast path' },
  { name: 'a query with GET input', url: `hello?${input({ name: 'Ann' })}`, servedBy: 'fast path' },
  { name: 'a nested path', url: 'nested.deep', servedBy: 'fast path' },
  {
    name: 'context from headers',
    url: 'hello',
    init: { headers: { 'x-user': 'ann' } },
    servedBy: 'fast path',
  },
  { name: 'a middleware refusing', url: 'whoAmI', servedBy: 'fast path' },
  {
    name: 'a middleware narrowing',
    url: 'whoAmI',
    init: { headers: { 'x-user': 'ann' } },
    servedBy: 'fast path',
  },
  { name: 'invalid input', url: `hello?${input({ name: '' })}`, servedBy: 'fast path' },
  { name: 'malformed JSON input', url: 'hello?input=%7Bnope', servedBy: 'fast path' },
  {
    name: 'a GET that declares JSON',
    url: 'hello',
    init: { headers: json },
    servedBy: 'fast path',
  },
  {
    name: 'a GET that declares text',
    url: 'hello',
    init: { headers: { 'content-type': 'text/plain' } },
    servedBy: 'fast path',
  },
  { name: 'a plain thrown Error', url: 'throws', servedBy: 'fast path' },
  { name: 'output failing its schema', url: 'wrongOutput', servedBy: 'fast path' },
  { name: 'a result JSON cannot hold', url: 'unserializable', servedBy: 'fast path' },
  { name: 'a stream-like result', url: 'streamed', servedBy: 'fast path' },
  { name: 'a result holding a promise', url: 'deferred', servedBy: 'fast path' },
  {
    name: 'a failing createContext',
    url: 'hello',
    init: { headers: { 'x-context-fails': '1' } },
    servedBy: 'fast path',
  },
  ...errorCodes.map(
    (code): Case => ({
      name: `a ${code} error`,
      url: `fail?${input({ code })}`,
      servedBy: 'fast path',
    }),
  ),
  { name: 'a mutation', url: 'echo', init: post('{"text":"hi"}'), servedBy: 'fast path' },
  { name: 'a mutation without body', url: 'touch', init: post(undefined), servedBy: 'fast path' },
  { name: 'a mutation missing its input', url: 'echo', init: post(''), servedBy: 'fast path' },
  {
    name: 'a mutation with invalid input',
    url: 'echo',
    init: post('{"text":"far too long"}'),
    servedBy: 'fast path',
  },
  {
    name: 'a mutation with malformed JSON',
    url: 'echo',
    init: post('{"text":'),
    servedBy: 'fast path',
  },
  {
    name: 'a body with a byte order mark',
    url: 'echo',
    init: post('\uFEFF{"text":"bom"}'),
    servedBy: 'fast path',
  },
  {
    name: 'JSON with a charset',
    url: 'echo',
    init: post('{"text":"hi"}', { 'content-type': 'Application/JSON; charset=utf-8' }),
    servedBy: 'fast path',
  },
  {
    name: 'an oversized body',
    url: 'echo',
    init: post(JSON.stringify({ text: 'x'.repeat(compatLimits.maxBodySize) })),
    servedBy: 'fast path',
  },
  {
    name: 'a batch of successes',
    url: `hello,nested.deep?batch=1&${input({ 0: { name: 'a' } })}`,
    servedBy: 'fast path',
  },
  {
    name: 'a batch with mixed results',
    url: `hello,fail,whoAmI?batch=1&${input({ 1: { code: 'CONFLICT' } })}`,
    servedBy: 'fast path',
  },
  {
    name: 'a batch failing alike',
    url: `fail,fail?batch=1&${input({ 0: { code: 'NOT_FOUND' }, 1: { code: 'NOT_FOUND' } })}`,
    servedBy: 'fast path',
  },
  { name: 'a batch without input', url: 'hello,hello?batch=1', servedBy: 'fast path' },
  {
    name: 'a batch whose input is no object',
    url: `hello,hello?batch=1&${input([1])}`,
    servedBy: 'fast path',
  },
  {
    name: 'a batch with a stream-like result',
    url: 'hello,streamed?batch=1',
    servedBy: 'fast path',
  },
  {
    name: 'a batch of mutations',
    url: 'echo,echo?batch=1',
    init: post('{"0":{"text":"a"},"1":{"text":"far too long"}}'),
    servedBy: 'fast path',
  },
  {
    name: 'a batch over maxBatchSize',
    url: 'hello,hello,hello,hello,hello?batch=1',
    servedBy: 'official handler',
  },
  {
    name: 'a batch mixing queries and mutations',
    url: 'hello,echo?batch=1',
    servedBy: 'official handler',
  },
  { name: 'a query by POST', url: 'hello', init: post('{}'), servedBy: 'official handler' },
  { name: 'a mutation by GET', url: 'echo', servedBy: 'official handler' },
  { name: 'an unknown procedure', url: 'nope', servedBy: 'official handler' },
  { name: 'a prototype key as path', url: 'constructor', servedBy: 'official handler' },
  { name: 'a percent-encoded path', url: 'hello%252Cnope', servedBy: 'official handler' },
  { name: 'a subscription by plain GET', url: 'ticks', servedBy: 'official handler' },
  {
    name: 'a streamed batch',
    url: 'hello,deferred?batch=1',
    init: { headers: { 'trpc-accept': 'application/jsonl' } },
    servedBy: 'official handler',
  },
  {
    name: 'a text body',
    url: 'echo',
    init: post('hi', { 'content-type': 'text/plain' }),
    servedBy: 'official handler',
  },
  {
    name: 'form data',
    url: 'echo',
    init: { method: 'POST', body: new URLSearchParams({ text: 'hi' }) },
    servedBy: 'official handler',
  },
  {
    name: 'a PUT',
    url: 'echo',
    init: { method: 'PUT', headers: json, body: '{}' },
    servedBy: 'official handler',
  },
  { name: 'a HEAD', url: 'hello', init: { method: 'HEAD' }, servedBy: 'official handler' },
  { name: 'connection params', url: 'hello?connectionParams=%7B%7D', servedBy: 'official handler' },
];

/** Everything a tRPC client can observe, and which handler answered. */
async function observe(server: CompatServer, { url, init }: Case) {
  const response = await fetch(`${server.url}/${url}`, init);
  const headers = Object.fromEntries(
    ['content-type', 'vary', 'allow', 'connection'].map((name) => [
      name,
      response.headers.get(name),
    ]),
  );
  // tRPC's handler streams its fetch Response (chunked); the fast path knows its length.
  const servedBy = response.headers.has('content-length') ? 'fast path' : 'official handler';
  return { status: response.status, headers, body: await response.text(), servedBy };
}

describe('the fast path answers exactly as tRPC does', () => {
  it.each(cases)('$name', async (request) => {
    const expected = await observe(official, request);
    const actual = await observe(fast, request);
    expect(expected.servedBy).toBe('official handler');
    expect(actual.servedBy).toBe(request.servedBy);
    expect({ ...actual, servedBy: null }).toEqual({ ...expected, servedBy: null });
    expect(fast.record.errors).toEqual(official.record.errors);
    expect(fast.record.contextUrls).toEqual(official.record.contextUrls);
  });
});

it('covers every outcome the comparison relies on', async () => {
  // Guards the table above against comparing two identical failures of the fixture itself.
  const statuses = await Promise.all(cases.map(async (c) => (await observe(fast, c)).status));
  expect(new Set(statuses)).toEqual(
    new Set([
      200, 204, 207, 400, 401, 402, 403, 404, 405, 408, 409, 412, 413, 415, 422, 428, 429, 499, 500,
      501, 502, 503, 504,
    ]),
  );
});
