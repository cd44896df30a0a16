import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, markdownPages, repoRoot, syncSnippets } from './snippets';

const pages = markdownPages();

describe.each(pages.map((page) => [relative(repoRoot, page), page]))('%s', (_name, page) => {
  it('links only to files that exist', () => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it('quotes code exactly as it stands in the repository (run `pnpm docs:sync`)', () => {
    const markdown = readFileSync(page, 'utf8');
    expect(markdown).toBe(syncSnippets(markdown));
  });
});
