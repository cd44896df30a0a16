/** What is measured: a plain Fastify route (the ceiling), tRPC's Fastify adapter, Rota's path. */
export type Variant = 'plain' | 'official' | 'fast';

export const variants: readonly Variant[] = ['plain', 'official', 'fast'];

/** Messages between run.ts and a bench-server.ts child process. */
export type ServerMessage =
  | { type: 'listening'; port: number }
  | { type: 'peakRss'; bytes: number };
export type ParentMessage = { type: 'peakRss' };
