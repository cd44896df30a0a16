import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from './pagination';

const key = z.tuple([z.string(), z.uuid()]);
const uuid = '0b6f0a5e-2f4c-4a53-9a39-8f0f8d5b9b7e';

describe('cursors', () => {
  it('round-trips a sort key', () => {
    expect(decodeCursor(encodeCursor(['Room 1', uuid]), key)).toEqual(['Room 1', uuid]);
  });

  it.each([
    ['not base64 JSON', 'this is not a cursor'],
    ['a key of the wrong shape', encodeCursor(['Room 1'])],
    ['a key with a forged value', encodeCursor(['Room 1', "1'; drop table bookings; --"])],
  ])('answers INVALID_CURSOR for %s', (_case, cursor) => {
    expect(() => decodeCursor(cursor, key)).toThrow(
      expect.objectContaining({ code: 'INVALID_CURSOR' }),
    );
  });
});
