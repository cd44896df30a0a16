import { TRPCError } from '@trpc/server';

/** tRPC's test for results only a streamed (JSONL) response can carry. */
export function isDataStream(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  if (Symbol.asyncIterator in value) return true;
  return Object.values(value).some(
    (item) => isThenable(item) || (isObjectLike(item) && Symbol.asyncIterator in item),
  );
}

export function streamRefusedError(): TRPCError {
  return new TRPCError({
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink',
  });
}

function isObjectLike(value: unknown): value is object {
  return !!value && !Array.isArray(value) && typeof value === 'object';
}

function isThenable(value: unknown): boolean {
  if (!(isObjectLike(value) || typeof value === 'function')) return false;
  const candidate = value as { then?: unknown; catch?: unknown };
  return typeof candidate.then === 'function' && typeof candidate.catch === 'function';
}
