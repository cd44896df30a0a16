import { isDeepStrictEqual } from 'node:util';

/**
 * What an update changes: the `fields` set in `input` whose value differs from `current`, as the
 * `{ before, after }` pair its audit event records (`after` is also what it writes). Null when
 * nothing would change: an update that changes nothing is no mutation, so no write and no event.
 */
export function fieldChanges<Input, Field extends keyof Input & string>(
  fields: readonly Field[],
  current: Record<Field, unknown>,
  input: Input,
): { before: Partial<Record<Field, unknown>>; after: Partial<Pick<Input, Field>> } | null {
  const changed = fields.filter(
    (field) => input[field] !== undefined && !isDeepStrictEqual(input[field], current[field]),
  );
  if (changed.length === 0) return null;
  // Object.fromEntries forgets the keys; `changed` holds only `fields`, so the casts are exact.
  return {
    before: Object.fromEntries(changed.map((field) => [field, current[field]])) as Partial<
      Record<Field, unknown>
    >,
    after: Object.fromEntries(changed.map((field) => [field, input[field]])) as Partial<
      Pick<Input, Field>
    >,
  };
}
