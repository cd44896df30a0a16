import { parseOptions } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores argon2id with the OWASP parameters (m=19456 KiB, t=2, p=1)', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored).not.toContain('correct horse');
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    await expect(verifyPassword(stored, 'correct horse battery staple')).resolves.toBe(true);
    await expect(verifyPassword(stored, 'correct horse battery stapler')).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(a).not.toBe(b);
  });

  it('treats a malformed stored hash as a failed check, not a crash', async () => {
    await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
  });

  it('gives unknown emails a dummy hash that costs exactly what a real one does', async () => {
    const dummy = await dummyPasswordHash();
    expect(parseOptions(dummy)).toEqual(parseOptions(await hashPassword('x')));
    await expect(dummyPasswordHash()).resolves.toBe(dummy);
    await expect(verifyPassword(dummy, '')).resolves.toBe(false);
  });
});
