import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on its own port; the browser only ever talks to the Vite origin.
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
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
