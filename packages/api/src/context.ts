import { type BookingEvents, resolveSession, type SessionUser } from '@rota/core';
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

export type Context = ApiDeps &
  RequestInfo & {
    /**
     * The user of the request's session cookie, looked up at most once per request: the calls of
     * a batch share one context, so ten calls cost one session lookup, not ten.
     */
    sessionUser(): Promise<SessionUser | null>;
  };

export function createContext(deps: ApiDeps, request: RequestInfo): Context {
  let sessionUser: Promise<SessionUser | null> | undefined;
  const resolve = async () => {
    const token = request.sessionCookie.read();
    return token ? resolveSession(deps.db, token) : null;
  };
  return { ...deps, ...request, sessionUser: () => (sessionUser ??= resolve()) };
}
