/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = 'http://127.0.0.1:3000';
const contractsSource = fileURLToPath(new URL('../../packages/contracts/src/', import.meta.url));

// Vite needs a default export; the rest of the app uses named exports only.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // Read the shared contracts from source, so the web app never runs against a stale build.
    alias: [{ find: /^@obieg\/contracts\/(.+)$/, replacement: `${contractsSource}$1.contracts.ts` }],
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-number-format)/,
            },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/test-setup.ts'],
    restoreMocks: true,
    // Screens render the whole app (router, lazy routes) in jsdom: the first test of a file loads
    // its screen's modules, which on a busy 2-core machine (CI runs the suites side by side) can
    // take longer than vitest's 5 s default.
    testTimeout: 20_000,
  },
});
