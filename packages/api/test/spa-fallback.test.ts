import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

  it('answers a missing file with 404, not the app shell', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/tidak-ada.js' });
    expect(response.statusCode).toBe(404);
  });
});
