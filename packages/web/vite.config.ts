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
  build: { outDir: 'dist', emptyOutDir: true },
});
