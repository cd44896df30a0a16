import { readFileSync, writeFileSync } from 'node:fs';
import { markdownPages, syncSnippets } from './snippets';

for (const page of markdownPages()) {
  const markdown = readFileSync(page, 'utf8');
  const synced = syncSnippets(markdown);
  if (synced !== markdown) {
    writeFileSync(page, synced);
    console.log(`updated ${page}`);
  }
}
