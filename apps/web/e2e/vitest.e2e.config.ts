import { defineConfig } from 'vitest/config';

// Browser journeys: `npm run test:e2e`. Builds the app, starts the real server on a temporary
// embedded database and drives Debian's Chromium with playwright-core.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/e2e.global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
