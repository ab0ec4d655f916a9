import { defineConfig } from 'vitest/config';

// `npm run bench:ui-register`: the registration screen timed in Chromium on the built app with demo
// data, started by the e2e global setup (temporary data folder, embedded database).
export default defineConfig({
  test: {
    include: ['e2e/bench/*.bench.ts'],
    globalSetup: ['./e2e/e2e.global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
    disableConsoleIntercept: true,
  },
});
