import type { BookingEvents } from '@rota/core';
import type { Db } from '@rota/db';

/** How the transport reads and writes the session cookie; the API never sees cookie flags. */
export interface SessionCookie {
  read(): string | undefined;
  write(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Long-lived dependencies, created once per process by the host. */
export interface ApiDeps {
  db: Db;
  bookingEvents: BookingEvents;
}

/** What the host knows about one request. */
export interface RequestInfo {
  sessionCookie: SessionCookie;
  ip: string | undefined;
  userAgent: string | undefined;
}

export type Context = ApiDeps & RequestInfo;

export function createContext(deps: ApiDeps, request: RequestInfo): Context {
  return { ...deps, ...request };
}
