import { DomainError } from '@rota/core';
import type { AppCode } from '@rota/schemas';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

/** The one table from domain error codes to tRPC codes (and so to HTTP statuses). */
// #region error-table
export const trpcCodeByAppCode: Record<AppCode, TRPC_ERROR_CODE_KEY> = {
  BOOKING_OVERLAP: 'CONFLICT',
  STALE_VERSION: 'CONFLICT',
  BOOKING_CANCELLED: 'CONFLICT',
  SERIES_CONFLICT: 'CONFLICT',
  SLUG_TAKEN: 'CONFLICT',
  EMAIL_TAKEN: 'CONFLICT',
  NAME_TAKEN: 'CONFLICT',
  ALREADY_MEMBER: 'CONFLICT',
  CONCURRENT_UPDATE: 'CONFLICT',
  LAST_OWNER: 'CONFLICT',
  OUTSIDE_OPENING_HOURS: 'BAD_REQUEST',
  DURATION_OUT_OF_RANGE: 'BAD_REQUEST',
  IN_THE_PAST: 'BAD_REQUEST',
  RESOURCE_ARCHIVED: 'BAD_REQUEST',
  INVALID_CURSOR: 'BAD_REQUEST',
  INVALID_INPUT: 'BAD_REQUEST',
  INVALID_CREDENTIALS: 'UNAUTHORIZED',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
};
// #endregion

/** Unique constraints whose violation is a caller's mistake, by constraint name. */
const appCodeByConstraint: Record<string, AppCode> = {
  users_email_unique: 'EMAIL_TAKEN',
  organizations_slug_unique: 'SLUG_TAKEN',
  resources_org_name_active_key: 'NAME_TAKEN',
  memberships_org_id_user_id_pk: 'ALREADY_MEMBER',
};

interface PgError {
  code: string;
  constraint?: string;
  constraint_name?: string;
}

/** postgres.js and PGlite both expose SQLSTATE as `code`; Drizzle wraps them in `cause`. */
function findPgError(error: unknown): PgError | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = (e as Partial<PgError>).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as unknown as PgError;
  }
  return undefined;
}

/** Turns database errors a caller can cause into domain errors; anything else stays internal. */
// #region pg-errors
function fromPgError(pg: PgError): DomainError | undefined {
  switch (pg.code) {
    case '23P01':
      return new DomainError('BOOKING_OVERLAP', 'the resource is already booked for that time');
    case '23505': {
      const appCode = appCodeByConstraint[pg.constraint ?? pg.constraint_name ?? ''];
      return appCode && new DomainError(appCode, 'that value is already taken');
    }
    case '40001':
    case '40P01':
      return new DomainError('CONCURRENT_UPDATE', 'a concurrent change won; try again');
    case '23503':
      return new DomainError('NOT_FOUND', 'a referenced record does not exist');
    case '23514':
    case '22P02':
    case '22007':
    case '22008':
      return new DomainError('INVALID_INPUT', 'the database rejected a value as invalid');
    default:
      return undefined;
  }
}
// #endregion

export function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  const pg = findPgError(error);
  return pg && fromPgError(pg);
}

/** Maps whatever a resolver threw to the TRPCError the client sees. */
export function toTRPCError(error: TRPCError): TRPCError {
  const domain = toDomainError(error.cause);
  if (!domain) return error;
  return new TRPCError({
    code: trpcCodeByAppCode[domain.code],
    message: domain.message,
    cause: domain,
  });
}
