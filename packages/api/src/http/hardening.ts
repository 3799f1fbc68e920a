import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { replyWithMessage, translated } from './error-reply';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Uploads are multipart; every other state change carries JSON. */
const MULTIPART_PATHS = new Set(['/api/files']);

/**
 * Security headers and CSRF defence. Sessions ride on a SameSite=Lax cookie; on top of that every
 * state change, whatever its path or however the path is spelled (`/%74rpc/...` reaches tRPC too),
 * must (1) carry a JSON body (multipart for uploads), which an HTML form on another site cannot
 * send without a CORS preflight we never grant, and (2) come from our own origin according to
 * Origin / Sec-Fetch-Site when the browser sends them.
 */
export async function registerHardening(app: FastifyInstance, publicUrl: string) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables through style attributes and <style> tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    // HSTS only makes sense (and only gets sent by helmet) behind HTTPS.
    strictTransportSecurity: publicUrl.startsWith('https://') ? undefined : false,
  });

  const allowedOrigin = new URL(publicUrl).origin;
  app.addHook('onRequest', async (request, reply) => {
    if (!STATE_CHANGING.has(request.method)) return;
    const path = normalisedPath(request.url);
    if (path === undefined) return replyWithMessage(reply, 400, translated(request, 'invalidInput'));
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    const expected = MULTIPART_PATHS.has(path) ? 'multipart/form-data' : 'application/json';
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const ownOrigin = `${request.protocol}://${request.headers.host}`;
    const crossSite =
      (typeof site === 'string' && site !== 'same-origin' && site !== 'none') ||
      (typeof origin === 'string' && origin !== allowedOrigin && origin !== ownOrigin);
    // A procedure without input (sign-out) may come with no body at all; the origin checks still apply.
    const length = request.headers['content-length'];
    const emptyBody = (!length || length === '0') && !request.headers['transfer-encoding'];
    if ((type !== expected && !(emptyBody && !type)) || crossSite) {
      return replyWithMessage(reply, 403, translated(request, 'requestRefused'));
    }
  });
}

/**
 * The path as a router or a proxy in front may read it, for deciding what a request must carry:
 * percent-decoded, slashes collapsed, dot segments resolved, lower case (`/%61pi//FILES/` and
 * `/trpc/../api/files` are `/api/files`). Undefined when it does not decode.
 */
export function normalisedPath(url: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.split('?')[0] ?? '');
  } catch {
    return undefined;
  }
  const resolved = new URL(decoded.replace(/\/{2,}/g, '/'), 'http://localhost').pathname;
  return resolved.toLowerCase().replace(/\/+$/, '') || '/';
}
