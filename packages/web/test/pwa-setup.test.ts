import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_THEME } from '@mantine/core';
import { onlineManager, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PERSIST_MAX_AGE_MS } from '../src/offline/persist-scope';
import { pwaManifest, serverOnlyPaths, THEME_COLOR } from '../src/offline/pwa-manifest';
import { startOfflineReading, whenQuiet } from '../src/offline/pwa-start';
import { theme } from '../src/theme';
import { createI18n } from './create-i18n';

const publicDir = path.join(import.meta.dirname, '..', 'public');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** Beranda's data asked for and not answered yet: `answer` answers it. */
function berandaOnItsWay(client: QueryClient) {
  let answer: (value: string) => void = () => {};
  const beranda = client.fetchQuery({
    queryKey: ['dashboard', 'home'],
    queryFn: () => new Promise<string>((resolve) => (answer = resolve)),
  });
  return { answer: (value: string) => answer(value), beranda };
}

afterEach(() => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
  onlineManager.setOnline(true);
});

describe('the installable app', () => {
  it('has the theme’s primary colour and Indonesian as its language', () => {
    const primary = theme.primaryColor ?? '';
    const shade = typeof theme.primaryShade === 'object' ? theme.primaryShade.light : theme.primaryShade;
    expect(THEME_COLOR).toBe(DEFAULT_THEME.colors[primary]?.[shade ?? 6]);
    expect(pwaManifest.lang).toBe('id');
    expect(pwaManifest.name).toBe('Tindak');
  });

  it('lists icons that exist at the sizes it names, a maskable one among them', () => {
    for (const icon of pwaManifest.icons) {
      expect(pngSize(path.join(publicDir, icon.src))).toBe(icon.sizes);
    }
    expect(pwaManifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });

  it('never answers the API, downloads or the health check from the app shell', () => {
    const denied = (url: string) => serverOnlyPaths.some((pattern) => pattern.test(url));
    for (const url of ['/api/rapat/1/notulen.pdf', '/api/files', '/trpc/auth.me', '/trpc', '/healthz']) {
      expect(denied(url), url).toBe(true);
    }
    for (const url of ['/', '/rapat', '/tindak-lanjut', '/wilayah/15.01', '/apiary']) {
      expect(denied(url), url).toBe(false);
    }
  });

  it('starts with TanStack offline when the page opens without a network, and keeps persisted data as long as the device', () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const client = new QueryClient();
    startOfflineReading(client, createI18n('id'));
    expect(onlineManager.isOnline()).toBe(false);
    expect(client.getQueryDefaults([['dashboard', 'home'], { type: 'query' }]).gcTime).toBe(
      PERSIST_MAX_AGE_MS,
    );
    expect(client.getQueryDefaults([['meetings', 'get'], { type: 'query' }]).gcTime).toBeUndefined();
  });

  it('registers the service worker only after the page’s own requests have been quiet for 2 s', async () => {
    vi.useFakeTimers();
    try {
      const client = new QueryClient();
      const { answer, beranda } = berandaOnItsWay(client);
      let registered = 0;
      whenQuiet(client, () => (registered += 1));
      // Beranda's data is still coming: the precache must not compete with it.
      await vi.advanceTimersByTimeAsync(5000);
      expect(registered).toBe(0);
      answer('items');
      await beranda;
      await vi.advanceTimersByTimeAsync(1500);
      expect(registered).toBe(0);
      // Quiet for 2 s, then when the browser is idle (or 5 s at most).
      await vi.advanceTimersByTimeAsync(6000);
      expect(registered).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts the device copy once Beranda has answered, or after 3 s on a line too slow for it', async () => {
    vi.useFakeTimers();
    try {
      const client = new QueryClient();
      const { answer, beranda } = berandaOnItsWay(client);
      let answered = 0;
      whenQuiet(client, () => (answered += 1), 200, 3000);
      await vi.advanceTimersByTimeAsync(1000);
      expect(answered).toBe(0);
      answer('items');
      await beranda;
      await vi.advanceTimersByTimeAsync(6000);
      expect(answered).toBe(1);

      const slow = new QueryClient();
      void berandaOnItsWay(slow).beranda;
      let late = 0;
      whenQuiet(slow, () => (late += 1), 200, 3000);
      await vi.advanceTimersByTimeAsync(2500);
      expect(late).toBe(0);
      await vi.advanceTimersByTimeAsync(6000);
      expect(late).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
