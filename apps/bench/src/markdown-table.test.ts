import { expect, it } from 'vitest';
import { alignTables } from './markdown-table';

it('pads table columns as the formatter does and leaves other lines alone', () => {
  const text = ['before', '| name | n |', '|---|---:|', '| a | 10 |', '| long name | 2 |', 'after'];
  expect(alignTables(text.join('\n')).split('\n')).toEqual([
    'before',
    '| name      |   n |',
    '| --------- | --: |',
    '| a         |  10 |',
    '| long name |   2 |',
    'after',
  ]);
});
