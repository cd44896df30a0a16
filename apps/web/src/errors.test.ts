import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeError, noError } from './errors';

/** An error as the client builds it from the server's response. */
function apiError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { code: -32600, message, data } });
}

describe('describeError', () => {
  it('says a booking overlap means the slot was just taken', () => {
    const error = apiError('the resource is already booked for that time', {
      code: 'CONFLICT',
      appCode: 'BOOKING_OVERLAP',
    });
    expect(describeError(error, ['title'])).toEqual({
      message: 'That slot was just taken. Pick another time.',
      fields: {},
      appCode: 'BOOKING_OVERLAP',
    });
  });

  it('puts field issues next to the form fields and the rest on the form', () => {
    const error = apiError('slug: …; repeat.count: …', {
      code: 'BAD_REQUEST',
      appCode: null,
      issues: [
        { path: 'slug', message: 'lowercase letters only', code: 'invalid_format' },
        { path: 'repeat.count', message: 'too big', code: 'too_big' },
      ],
    });
    expect(describeError(error, ['slug', 'name'])).toEqual({
      message: 'repeat.count: too big',
      fields: { slug: 'Lowercase letters only' },
      appCode: null,
    });
  });

  it('shows a taken value next to its field', () => {
    const error = apiError('that value is already taken', {
      code: 'CONFLICT',
      appCode: 'SLUG_TAKEN',
    });
    expect(describeError(error, ['slug']).fields).toEqual({ slug: 'That address is taken.' });
  });

  it('has nothing to say without an error, and something generic for a network failure', () => {
    expect(describeError(null)).toBe(noError);
    expect(describeError(new TypeError('fetch failed')).message).toBe(
      'Something went wrong. Try again.',
    );
  });
});
