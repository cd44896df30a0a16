import type { z } from 'zod';
import { DomainError } from './errors';

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The sort key inside a cursor, checked against `key` so a forged cursor answers INVALID_CURSOR
 * instead of reaching the SQL.
 */
export function decodeCursor<Key extends z.ZodType>(cursor: string, key: Key): z.output<Key> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const parsed = key.safeParse(decoded);
  if (!parsed.success)
    throw new DomainError('INVALID_CURSOR', 'cursor is not one this API returned');
  return parsed.data;
}

/** Fetch `limit + 1` rows, then call this: it trims the extra row and derives `nextCursor`. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => readonly (string | number)[],
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null,
  };
}
