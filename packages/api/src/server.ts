import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { Database } from '@tindak/db';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { resolveSession } from './auth/session.service';
import { type AuthSettings, type Context, defaultAuthSettings, systemContext } from './context';
import { type DocumentLimits, registerDocumentThreads } from './documents/document-threads';
import { refuseUnlistedApiRoutes } from './http/authorized-route';
import { registerCalendarRoutes } from './http/calendar';
import { registerErrorReplies, replyNotFound, replyToError } from './http/error-reply';
import { registerExportRoutes } from './http/exports';
import { registerFileRoutes } from './http/files';
import { registerHardening } from './http/hardening';
import { pickLanguage } from './http/language';
import { registerLetterRoutes } from './http/letters';
import { registerNotulenRoutes } from './http/notulen';
import { sendTrpcJsonWhole } from './http/trpc-response';
import type { LiveBus } from './live/event-bus';
import { pingDatabase } from './repositories/health.repo';
import { type AppRouter, appRouter } from './root';
import { createCompletionCache } from './services/completion-cache';
import { createNationalCache } from './services/national-cache';

/** Files of the built web app that browsers must revalidate on every use (see the static files below). */
const alwaysRevalidated = new Set(['sw.js', 'manifest.webmanifest']);

export interface ServerOptions {
  db: Database;
  logger: FastifyServerOptions['logger'];
  /** Folder of the built web app; served with an SPA fallback when present. */
  webDist?: string | undefined;
  publicUrl?: string;
  auth?: AuthSettings;
  /** Committed events for live updates; closed before the server closes (ends open streams). */
  live?: LiveBus;
  /** Keep a head's completion counts until a change in their scope (needs `live`; default on). */
  completionCache?: boolean;
  /** Seconds a national overview is kept (services/national-cache); 0: counted on every request. */
  nationalCacheSeconds?: number;
  /** Proxies believed about the client's address (TRUST_PROXY); default none. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Limits of a generated download (minutes, exports); tests lower them. */
  documents?: Partial<DocumentLimits>;
  /** SMTP server without credentials (describeMailServer), shown on the admin's checklist. */
  mailServer?: string | null;
}

const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export async function buildServer({
  db,
  logger,
  webDist,
  publicUrl = 'http://localhost:3000',
  auth = defaultAuthSettings,
  live,
  completionCache = true,
  nationalCacheSeconds = 60,
  trustProxy = false,
  documents,
  mailServer = null,
}: ServerOptions) {
  const app = Fastify({
    logger,
    bodyLimit: BODY_LIMIT_BYTES,
    // A malformed URL is answered like every other error, without the library's message.
    frameworkErrors: replyToError,
    // Batched GET requests carry their input in the URL.
    routerOptions: { maxParamLength: 5000 },
    // Finish in-flight requests on close, but do not wait for idle keep-alive sockets.
    forceCloseConnections: 'idle',
    // request.ip is the client behind a reverse proxy only when that proxy is trusted.
    trustProxy,
  });

  // Over HTTPS the cookie is Secure with the __Host- prefix (bound to this host, path /).
  const secure = publicUrl.startsWith('https://');
  // Counting a scope's items is kept until the live bus announces a change there.
  const completion = live && completionCache ? createCompletionCache(live) : undefined;
  const national = nationalCacheSeconds > 0 ? createNationalCache(nationalCacheSeconds * 1000) : undefined;
  const cookieName = secure ? '__Host-tindak_session' : 'tindak_session';
  await app.register(fastifyCookie);
  registerErrorReplies(app);
  refuseUnlistedApiRoutes(app);
  await registerHardening(app, publicUrl);

  /** The request's context: language, client, and the user behind the session cookie, if any. */
  const contextFor = async (req: FastifyRequest, res: FastifyReply): Promise<Context> => {
    const token = req.cookies[cookieName] ?? null;
    const user = token ? await resolveSession(db, token, auth.session) : null;
    return {
      ...systemContext(db, publicUrl),
      lang: user && !req.headers['x-tindak-lang'] ? user.language : pickLanguage(req.headers),
      actor: { id: user?.id ?? null },
      user,
      sessionToken: token,
      auth,
      ...(live ? { live } : {}),
      ...(completion ? { completion } : {}),
      ...(national ? { national } : {}),
      mailServer,
      client: { ip: req.ip, userAgent: req.headers['user-agent'] ?? null },
      cookie: {
        set: (value, maxAgeSeconds) =>
          void res.setCookie(cookieName, value, {
            path: '/',
            httpOnly: true,
            sameSite: 'lax',
            secure,
            maxAge: maxAgeSeconds,
          }),
        clear: () => void res.clearCookie(cookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure }),
      },
    };
  };

  sendTrpcJsonWhole(app);
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      maxBatchSize: 20,
      createContext: ({ req, res }) => contextFor(req, res),
      onError({ error, path: procedure }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error.cause ?? error, procedure }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await registerFileRoutes(app, contextFor);
  // Downloads are rendered on threads of their own, so a large one never holds up other requests.
  registerDocumentThreads(app, documents);
  await registerNotulenRoutes(app, contextFor);
  await registerLetterRoutes(app, contextFor);
  await registerExportRoutes(app, contextFor);
  await registerCalendarRoutes(app, contextFor);

  // Open live-update streams never go idle: end them first, or closing would wait for them forever.
  if (live) app.addHook('preClose', async () => live.close());

  app.get('/healthz', async (_request, reply) => {
    try {
      await pingDatabase(db);
      return { status: 'ok', database: 'ok' };
    } catch (error) {
      app.log.warn({ err: error }, 'health check: database unreachable');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });

  if (webDist && existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      maxAge: '1h',
      immutable: false,
      // The build writes file.br and file.gz beside each text file (packages/web/build/precompress.ts):
      // a browser that accepts them gets a quarter of the bytes, compressed once at build time.
      preCompressed: true,
      // The service worker and the app manifest are checked on every visit: a cached copy would
      // keep browsers on an old build of the app for an hour after a deploy.
      setHeaders: (reply, filePath) => {
        if (alwaysRevalidated.has(path.basename(filePath))) reply.header('cache-control', 'no-cache');
      },
    });
    // Client-side routes (/rapat/...) get the app shell; unknown API paths stay 404 JSON.
    app.setNotFoundHandler((request, reply) => {
      const wantsPage =
        request.method === 'GET' &&
        !request.url.startsWith('/trpc') &&
        // Region codes ("/wilayah/15.01") look like extensions; a file's extension has a letter.
        !/[a-z]/i.test(path.extname(request.url.split('?')[0] ?? ''));
      if (wantsPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return replyNotFound(request, reply);
    });
  } else app.setNotFoundHandler(replyNotFound);

  return app;
}
