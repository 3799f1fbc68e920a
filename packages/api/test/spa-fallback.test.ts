import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server';
import { useTestApi } from './support';

/** The built web app is served for client-side routes, including ones with dots (region codes). */
const api = useTestApi();
let app: FastifyInstance;

beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'tindak-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Tindak</title>');
  writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(dist, 'manifest.webmanifest'), '{"name":"Tindak"}');
  writeFileSync(path.join(dist, 'app.js'), 'export {};');
  // The build writes compressed copies beside each text file (packages/web/build/precompress.ts).
  const shell = `export const words = ${JSON.stringify('kata '.repeat(500))};`;
  writeFileSync(path.join(dist, 'shell.js'), shell);
  writeFileSync(path.join(dist, 'shell.js.br'), brotliCompressSync(shell));
  writeFileSync(path.join(dist, 'shell.js.gz'), gzipSync(shell));
  app = await buildServer({ db: api.database.db, logger: false, webDist: dist });
});
afterAll(async () => {
  await app?.close();
});

describe('serving the web app', () => {
  it.each(['/', '/rapat', '/wilayah/15.01', '/wilayah/15.71?tab=rapat'])(
    'answers %s with the app shell',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<title>Tindak</title>');
    },
  );

  it('serves the service worker and the manifest for revalidation on every visit, the rest cached', async () => {
    const worker = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(worker.statusCode).toBe(200);
    expect(worker.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(worker.headers['cache-control']).toBe('no-cache');
    const manifest = await app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    const script = await app.inject({ method: 'GET', url: '/app.js' });
    expect(script.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('sends the compressed copy a browser accepts, and the file itself to one that accepts none', async () => {
    const brotli = await app.inject({
      method: 'GET',
      url: '/shell.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toContain('kata kata');
    const gzip = await app.inject({
      method: 'GET',
      url: '/shell.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({
      method: 'GET',
      url: '/shell.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('kata kata');
  });

  it('answers a missing file with 404, not the app shell', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/tidak-ada.js' });
    expect(response.statusCode).toBe(404);
  });
});
