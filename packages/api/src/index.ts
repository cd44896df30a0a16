export {
  type ApiDeps,
  type Context,
  createContext,
  type RequestInfo,
  type SessionCookie,
} from './context';
export { toDomainError, trpcCodeByAppCode } from './errors';
export { type AppRouter, appRouter } from './router';
export { createCallerFactory } from './trpc';
