export type { Context } from './context';
export { readApiEnv } from './env';
export { type AppRouter, appRouter, createCaller } from './root';
export { buildServer } from './server';
export type { ErrorData } from './trpc';
