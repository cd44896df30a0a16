import type { AnyTRPCProcedure, AnyTRPCRouter, TRPCProcedureType } from '@trpc/server';
import type { FastifyRequest } from 'fastify';

/** One procedure call of a request the fast path serves. */
export interface PlannedCall {
  path: string;
  procedure: AnyTRPCProcedure;
  batchIndex: number;
}

/** A plain JSON query or mutation request (single or batched) the fast path can serve exactly. */
export interface FastPathPlan {
  method: 'GET' | 'POST';
  isBatchCall: boolean;
  type: 'query' | 'mutation';
  calls: PlannedCall[];
  searchParams: URLSearchParams;
}

const methodOf: Record<'query' | 'mutation', 'GET' | 'POST'> = { query: 'GET', mutation: 'POST' };

/**
 * What the fast path serves, or null to hand the request to tRPC's own handler. Only requests
 * whose every step has one obvious outcome qualify; anything rarer (errors before the procedures
 * run, streams, subscriptions, form data, lazy routers) goes to the official handler, so its
 * semantics stay tRPC's by construction.
 */
export function planFastCall(
  request: FastifyRequest,
  router: AnyTRPCRouter,
  urlPath: string,
  maxBatchSize: number | undefined,
): FastPathPlan | null {
  // #region hand-off
  const method = request.method;
  if (method !== 'GET' && method !== 'POST') return null;
  // Fastify decoded the path once already; tRPC decodes it again, so leave any `%` to tRPC.
  if (urlPath.includes('%')) return null;
  if (!acceptsPlainJson(request, method)) return null;

  const queryStart = request.url.indexOf('?');
  const searchParams = new URLSearchParams(queryStart === -1 ? '' : request.url.slice(queryStart));
  if (searchParams.has('connectionParams')) return null;

  const config = router._def._config;
  const path =
    config.pathSeparator === '.' ? urlPath : urlPath.split(config.pathSeparator).join('.');
  const isBatchCall = searchParams.get('batch') === '1';
  const paths = isBatchCall ? path.split(',') : [path];
  if (isBatchCall && maxBatchSize !== undefined && paths.length > maxBatchSize) return null;

  const calls: PlannedCall[] = [];
  let type: TRPCProcedureType | undefined;
  for (const [batchIndex, callPath] of paths.entries()) {
    // Own keys only: `constructor` and friends are no procedures; tRPC answers those itself.
    if (!Object.hasOwn(router._def.procedures, callPath)) return null;
    const procedure: AnyTRPCProcedure = router._def.procedures[callPath];
    type ??= procedure._def.type;
    if (procedure._def.type !== type) return null;
    calls.push({ path: callPath, procedure, batchIndex });
  }
  if (type !== 'query' && type !== 'mutation') return null;
  if (methodOf[type] !== method) return null;
  // #endregion
  return { method, isBatchCall, type, calls, searchParams };
}

/** As tRPC decides it: JSON bodies only, and no streamed (JSONL) response asked for. */
function acceptsPlainJson(request: FastifyRequest, method: 'GET' | 'POST'): boolean {
  const { headers } = request;
  if (headers['trpc-accept'] !== undefined) return false;
  const accept = headers.accept;
  if (accept?.includes('application/jsonl')) return false;
  const contentType = mediaType(headers['content-type']);
  if (method === 'POST') return contentType === 'application/json';
  // tRPC reads a GET as JSON whatever it declares, except these two, which it refuses.
  return contentType !== 'multipart/form-data' && contentType !== 'application/octet-stream';
}

function mediaType(header: string | undefined): string | undefined {
  return header?.toLowerCase().split(';', 1)[0]?.trim();
}
