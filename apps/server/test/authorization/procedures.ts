import { appRouter } from '@rota/api';
import type { RouterInputs } from '@rota/client';
import type { AnyTRPCProcedure } from '@trpc/server';
import { z } from 'zod';
import type { SessionClient } from '../harness';

/** A procedure's path, as the client and the URL spell it: `'bookings.create'`. */
export type ProcedurePath = {
  [R in keyof RouterInputs]: `${R & string}.${keyof RouterInputs[R] & string}`;
}[keyof RouterInputs];

export type InputOf<P extends ProcedurePath> =
  P extends `${infer R extends keyof RouterInputs}.${infer N}`
    ? RouterInputs[R][N & keyof RouterInputs[R]]
    : never;

/** The procedures whose input names an organization. */
export type OrgScopedPath = {
  [P in ProcedurePath]: InputOf<P> extends { orgSlug: string } ? P : never;
}[ProcedurePath];

// At run time tRPC also keeps every procedure in one flat map keyed by its dotted path.
const procedures = appRouter._def.procedures as unknown as Record<string, AnyTRPCProcedure>;

/** Every procedure of the app router, sorted. */
export const procedurePaths = Object.keys(procedures).sort();

function procedure(path: string): AnyTRPCProcedure {
  const found = procedures[path];
  if (!found) throw new Error(`appRouter has no procedure ${path}`);
  return found;
}

/** The keys of a procedure's input object, from the zod parsers it declares. */
function inputKeys(path: string): string[] {
  return procedure(path)._def.inputs.flatMap((parser) =>
    parser instanceof z.ZodObject ? Object.keys(parser.shape) : [],
  );
}

/** Whether a procedure is org-scoped: `orgProcedure` makes `orgSlug` part of every input. */
export const takesOrgSlug = (path: string) => inputKeys(path).includes('orgSlug');

/** The ids of the organization's rows a procedure's input can carry. */
export const idFieldsOf = (path: string) =>
  [...new Set(inputKeys(path))].filter((key) =>
    ['resourceId', 'bookingId', 'userId'].includes(key),
  );

export const isMutation = (path: string) => procedure(path)._def.type === 'mutation';

interface AnyCallable {
  query(input: unknown): Promise<unknown>;
  mutate(input: unknown): Promise<unknown>;
  subscribe(
    input: unknown,
    handlers: {
      onStarted(): void;
      onData(data: unknown): void;
      onError(error: unknown): void;
    },
  ): { unsubscribe(): void };
}

/**
 * Calls `path` with `input` as `client` over HTTP. A subscription rejects with the error the server
 * refuses it with, or resolves with its first event. The stream opens (`onStarted`) either way, so
 * only an event proves it was accepted: `provoke` runs once it is open, to cause one.
 */
export function callProcedure(
  client: SessionClient,
  path: string,
  input: unknown,
  provoke?: () => Promise<unknown>,
): Promise<unknown> {
  const [routerName = '', name = ''] = path.split('.');
  // The typed client cannot be indexed by a runtime path; every procedure has this shape.
  const callable = (client.trpc as unknown as Record<string, Record<string, AnyCallable>>)[
    routerName
  ]?.[name];
  if (!callable) throw new Error(`the client has no procedure ${path}`);
  const type = procedure(path)._def.type;
  if (type === 'query') return callable.query(input);
  if (type === 'mutation') return callable.mutate(input);
  return new Promise((resolve, reject) => {
    const settle = (outcome: () => void) => {
      subscription.unsubscribe();
      outcome();
    };
    const subscription = callable.subscribe(input, {
      onStarted: () => void provoke?.().catch((error) => settle(() => reject(error))),
      onData: (data) => settle(() => resolve(data)),
      onError: (error) => settle(() => reject(error)),
    });
  });
}
