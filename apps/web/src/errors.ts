import type { AppRouter } from '@rota/client';
import { TRPCClientError } from '@trpc/client';

type ApiErrorData = NonNullable<TRPCClientError<AppRouter>['data']>;
type AppCode = NonNullable<ApiErrorData['appCode']>;

/** What a person should read for the codes a screen can cause; others show the server's message. */
const messageByAppCode: Partial<Record<AppCode, string>> = {
  BOOKING_OVERLAP: 'That slot was just taken. Pick another time.',
  STALE_VERSION: 'This booking changed meanwhile. Reload and try again.',
  OUTSIDE_OPENING_HOURS: 'The resource is closed at that time.',
  DURATION_OUT_OF_RANGE: 'That duration is not allowed for this resource.',
  IN_THE_PAST: 'That time has already passed.',
  RESOURCE_ARCHIVED: 'This resource is archived.',
  SLUG_TAKEN: 'That address is taken.',
  EMAIL_TAKEN: 'An account with this email exists. Sign in instead.',
  NAME_TAKEN: 'A resource with this name exists.',
  ALREADY_MEMBER: 'Already a member.',
  LAST_OWNER: 'An organization needs at least one owner.',
  INVALID_CREDENTIALS: 'Wrong email or password.',
  UNAUTHENTICATED: 'Please sign in again.',
  FORBIDDEN: 'You do not have permission to do that.',
  NOT_FOUND: 'Not found.',
};

/** Codes that are about one field of the form that caused them. */
const fieldByAppCode: Partial<Record<AppCode, string>> = {
  EMAIL_TAKEN: 'email',
  SLUG_TAKEN: 'slug',
  NAME_TAKEN: 'name',
  ALREADY_MEMBER: 'email',
};

export interface ErrorView {
  /** For the form as a whole, or null when every problem sits next to its field. */
  message: string | null;
  /** Messages by field name, shown next to the field. */
  fields: Record<string, string>;
  appCode: AppCode | null;
}

export const noError: ErrorView = { message: null, fields: {}, appCode: null };

/** Splits an API error into what belongs next to a form's fields and what belongs to the form. */
export function describeError(error: unknown, formFields: readonly string[] = []): ErrorView {
  if (!error) return noError;
  if (!(error instanceof TRPCClientError)) {
    return { message: 'Something went wrong. Try again.', fields: {}, appCode: null };
  }
  const data = (error as TRPCClientError<AppRouter>).data;
  const appCode = data?.appCode ?? null;
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of data?.issues ?? []) {
    if (formFields.includes(issue.path) && !fields[issue.path]) {
      fields[issue.path] = sentence(issue.message);
    } else unplaced.push(`${issue.path || 'input'}: ${issue.message}`);
  }
  const text = (appCode && messageByAppCode[appCode]) ?? error.message;
  const field = appCode ? fieldByAppCode[appCode] : undefined;
  if (field && formFields.includes(field)) {
    fields[field] = text;
    return { message: null, fields, appCode };
  }
  if (data?.issues) {
    return { message: unplaced.length > 0 ? unplaced.join('; ') : null, fields, appCode };
  }
  return { message: text, fields, appCode };
}

/** Schema messages are fragments (`must be after startsAt`); next to a field they read as sentences. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
