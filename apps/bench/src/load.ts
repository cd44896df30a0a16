import autocannon from 'autocannon';

/** One HTTP call shape; `next(i)` varies it per request (inputs that must differ). */
export interface RequestSpec {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  next(sequence: number): { path: string; body?: string };
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
}

/** Drives `origin` with autocannon (in this process; the server runs in its own). */
export async function runLoad(
  origin: string,
  spec: RequestSpec,
  { connections, durationSeconds }: LoadOptions,
): Promise<LoadResult> {
  let sequence = 0;
  const result = await autocannon({
    url: origin,
    connections,
    duration: durationSeconds,
    requests: [
      {
        method: spec.method,
        headers: spec.headers,
        setupRequest: (request) => ({ ...request, ...spec.next(sequence++) }),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** One request before the load, so a misconfigured scenario fails loudly instead of measuring 401s. */
export async function probe(origin: string, spec: RequestSpec, accepted: number[]): Promise<void> {
  const { path, body } = spec.next(-1);
  const response = await fetch(`${origin}${path}`, {
    method: spec.method,
    headers: spec.headers,
    body,
  });
  if (!accepted.includes(response.status)) {
    throw new Error(`${spec.method} ${path} answered ${response.status}: ${await response.text()}`);
  }
}
