import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writeDocsRegion } from './report';

it('rewrites only what stands between a region’s markers, again and again', async () => {
  const page = join(await mkdtemp(join(tmpdir(), 'bench-docs-')), 'page.md');
  await writeFile(page, 'intro\n<!-- bench:t -->\nold\n<!-- /bench:t -->\noutro\n');

  await writeDocsRegion(page, 't', 'first');
  await writeDocsRegion(page, 't', 'second');

  expect(await readFile(page, 'utf8')).toBe(
    'intro\n<!-- bench:t -->\nsecond\n<!-- /bench:t -->\noutro\n',
  );
  await expect(writeDocsRegion(page, 'missing', 'x')).rejects.toThrow(/markers/);
});
