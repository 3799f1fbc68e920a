/**
 * The web app manifest (vite.config.ts hands it to vite-plugin-pwa): what a phone or computer shows
 * when Tindak is installed. Icons are rendered from public/icons/tindak.svg by
 * tests/support/render-pwa-icons.ts; the colour is the theme's primary one (a test checks they agree).
 */
import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOR = '#364fc7';

export const pwaManifest = {
  name: 'Tindak',
  short_name: 'Tindak',
  description: 'Rapat koordinasi dan tindak lanjutnya, untuk dinas kominfo daerah',
  lang: 'id',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: THEME_COLOR,
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} satisfies Partial<ManifestOptions>;

/**
 * Addresses the service worker must never answer from its copy of the app: the API, downloads and
 * the health check always go to the server (a document download is not an app page).
 */
export const serverOnlyPaths = [/^\/api\//, /^\/trpc(\/|$)/, /^\/healthz$/];
