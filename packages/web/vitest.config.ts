import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'happy-dom',
    // A laptop's 1280 px: happy-dom applies Mantine's media queries, and at its default 1024 px the
    // header's sections and account are in the menu drawer (app-layout.tsx), as on a tablet.
    environmentOptions: { happyDOM: { width: 1280, height: 800 } },
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
    // Typing into a whole form in a simulated DOM is slow on a 2-core CI machine.
    testTimeout: 20_000,
  },
});
