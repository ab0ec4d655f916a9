import { runCli } from './cli.js';

// `npm run db:migrate`: applies pending migrations to the configured database (also done at start-up).
await runCli(async () => {
  process.stdout.write('Migrations applied.\n');
});
