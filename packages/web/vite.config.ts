import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './build/precompress';
import { pwaManifest, serverOnlyPaths } from './src/offline/pwa-manifest';

// In development the API runs on its own port; the browser only ever talks to the Vite origin.
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [
    react(),
    // The installable app and its service worker (issue 20; docs/decisions.md, "Offline reading").
    VitePWA({
      strategies: 'generateSW',
      // A new worker takes over once installed, so the next load is the new build (never a stale
      // app after a deploy); pwa-register.tsx offers the open page a reload instead of forcing one.
      registerType: 'autoUpdate',
      // Registered by src/offline/pwa-start.ts once someone is signed in, not by index.html.
      injectRegister: false,
      manifest: pwaManifest,
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff,woff2,svg,png,webmanifest}'],
        // The largest file (the shell or the charts) is well under this; see chunkSizeWarningLimit.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: serverOnlyPaths,
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // No runtime caching: API answers are never served by the worker; the app's own copy of
        // its data lives in IndexedDB, per signed-in person (src/offline/persist-queries.ts).
      },
    }),
    // dist/**/*.br and .gz beside each text file, served by the API to browsers that accept them.
    precompress(),
  ],
  define: {
    // Each build's identity: the offline copy written by one build is not read by the next.
    'import.meta.env.VITE_TINDAK_BUILD': JSON.stringify(new Date().toISOString()),
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/trpc': api, '/api': api, '/healthz': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which files each page needs (tests/bench/bundle-size.ts, the e2e suite).
    manifest: true,
    // The entry (the shell above) is ~760 kB minified, ~230 kB gzipped; tests/bench/bundle-size.ts
    // reports every file. Warn only when the largest file (the shell or the charts) grows past this.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      treeshake: {
        // @tindak/shared is one barrel of pure modules (schemas, formatting, policy); saying so lets
        // the sign-in page take only the formatting it uses, not every zod schema of the API.
        moduleSideEffects: (id) => (/[\\/]packages[\\/]shared[\\/]src[\\/]/.test(id) ? false : undefined),
      },
      output: {
        codeSplitting: {
          // Everything the entry needs before any page (React, Mantine's core, the router, tRPC,
          // i18n, the layout) in the entry file itself rather than in twenty small ones; pages,
          // the charts and the search dialog stay separate files loaded when they are needed.
          groups: [{ name: 'shell', tags: ['$initial'] }],
        },
      },
    },
  },
});
