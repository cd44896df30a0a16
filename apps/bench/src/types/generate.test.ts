import { expect, it } from 'vitest';
import { generateRouter } from './generate';

it('generates the asked number of procedures, ten per sub-router, and a client using each', () => {
  const { 'router.ts': router, 'client.ts': client } = generateRouter(25);
  expect(router.match(/t\.procedure/g)).toHaveLength(25);
  expect(router).toContain('t.router({ d0, d1, d2 })');
  expect(client.match(/client\.d\d+\.p1\.query/g)).toHaveLength(3);
});
