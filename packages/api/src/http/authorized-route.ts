import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { requireRule } from '../authorize';
import type { Context, SessionUser } from '../context';
import { type HttpRoute, httpRoutePolicy } from '../policy-table';
import { rememberLanguage } from './error-reply';

export type ContextFor = (request: FastifyRequest, reply: FastifyReply) => Promise<Context>;

/** What the handler of a route behind a session sees: never a missing user. */
export interface SignedInContext extends Context {
  user: SessionUser;
  actor: { id: string };
}

type RuleOf<R extends HttpRoute> = (typeof httpRoutePolicy)[R];
type ContextOf<R extends HttpRoute> = RuleOf<R> extends 'public' ? Context : SignedInContext;

/** `/api/rapat/:id/notulen.pdf` -> `'id'`. */
type ParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;
type ParamsOf<R extends HttpRoute> = R extends `${string} ${infer Path}`
  ? Record<ParamNames<Path>, string>
  : never;

export type RouteHandler<R extends HttpRoute> = (
  request: FastifyRequest<{ Params: ParamsOf<R> }>,
  reply: FastifyReply,
  ctx: ContextOf<R>,
) => Promise<unknown>;

/**
 * Registers plain HTTP routes (uploads, downloads, exports, calendars) the way tRPC runs a
 * procedure: the rule comes from the policy table (`httpRoutePolicy`, keyed like `GET /api/x`),
 * anonymous and forbidden callers are refused before the handler runs, and the handler gets a
 * narrowed context. Errors it throws go to the server's one error handler, answered in the
 * caller's language. A 'public' route (the calendar feed) checks its own credential.
 */
export function authorizedRoutes(app: FastifyInstance, contextFor: ContextFor) {
  return function route<R extends HttpRoute>(key: R, handler: RouteHandler<R>) {
    const [method, url] = key.split(' ') as [HTTPMethods, string];
    const rule: RuleOf<HttpRoute> = httpRoutePolicy[key];
    app.route<{ Params: ParamsOf<R> }>({
      method,
      url,
      handler: async (request, reply) => {
        const ctx = await contextFor(request, reply);
        rememberLanguage(request, ctx.lang);
        if (rule === 'public') return handler(request, reply, ctx as ContextOf<R>);
        const user = await requireRule(ctx, rule, key);
        const signedIn: SignedInContext = { ...ctx, user, actor: { id: user.id } };
        return handler(request, reply, signedIn as ContextOf<R>);
      },
    });
  };
}

/**
 * Deny by default, as tRPC does for an unlisted procedure: an `/api/` route registered any other
 * way than from the policy table stops the server at start-up.
 */
export function refuseUnlistedApiRoutes(app: FastifyInstance) {
  app.addHook('onRoute', (options) => {
    const methods = [options.method].flat().filter((method) => method !== 'HEAD');
    for (const method of methods) {
      if (options.url.startsWith('/api/') && !Object.hasOwn(httpRoutePolicy, `${method} ${options.url}`)) {
        throw new Error(`${method} ${options.url} is not in the HTTP route policy table`);
      }
    }
  });
}
