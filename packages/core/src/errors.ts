import type { AppCode, FieldIssue } from '@rota/schemas';

/**
 * The one error domain code throws. `api` maps `code` to a tRPC/HTTP status in one table
 * (packages/api/src/errors.ts); nothing below `api` knows about transports.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: AppCode,
    message: string,
    /** Extra structured detail safe to show a client, e.g. the colliding series occurrences. */
    readonly details?: Record<string, unknown>,
    /** For INVALID_INPUT: the fields at fault, reported like schema validation issues. */
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);

/** A rule on one field that only the domain can check (it needs stored data or defaults). */
export function invalidField(path: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', `${path}: ${message}`, undefined, [
    { path, message, code: 'custom' },
  ]);
}
