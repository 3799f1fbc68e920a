import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Security headers and CSRF defence. Sessions ride on a SameSite=Lax cookie; on top of that a
 * state change must (1) be a POST with a JSON body (multipart for uploads), which an HTML form on
 * another site cannot send without a CORS preflight we never grant, and (2) come from our own
 * origin according to Origin / Sec-Fetch-Site when the browser sends them.
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
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/trpc') && !path.startsWith('/api/')) return;
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    const expected = path.startsWith('/api/files') ? 'multipart/form-data' : 'application/json';
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const ownOrigin = `${request.protocol}://${request.headers.host}`;
    const crossSite =
      (typeof site === 'string' && site !== 'same-origin' && site !== 'none') ||
      (typeof origin === 'string' && origin !== allowedOrigin && origin !== ownOrigin);
    // A procedure without input (sign-out) may come with no body at all; the origin checks still apply.
    const emptyBody = !request.headers['content-length'] || request.headers['content-length'] === '0';
    if ((type !== expected && !(emptyBody && !type)) || crossSite) {
      return reply.code(403).send({
        error: {
          code: 'FORBIDDEN',
          message:
            'Permintaan ditolak: bukan dari aplikasi Tindak. / Request refused: not from the Tindak app.',
        },
      });
    }
  });
}
