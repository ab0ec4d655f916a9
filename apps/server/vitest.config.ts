import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const contractsSource = fileURLToPath(new URL('../../packages/contracts/src/', import.meta.url));

export default defineConfig({
  // Tests run the contracts from source, so `npm test` works on a fresh clone with nothing built.
  resolve: {
    alias: [{ find: /^@obieg\/contracts\/(.+)$/, replacement: `${contractsSource}$1.contracts.ts` }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { NODE_ENV: 'test' },
  },
});
