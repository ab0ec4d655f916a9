import { buildServer } from './app/server.js';
import { loadConfig } from './config/config.js';
import { openDatabase } from './db/database.js';
import { seedDemoOnFirstStart } from './modules/demo/demo.usecases.js';
import { systemClock } from './shared/clock/clock.js';
import { uuidv7Ids } from './shared/ids/ids.js';

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  await database.migrate();
  const demo = config.demo.enabled
    ? await seedDemoOnFirstStart({
        deps: { db: database.db, clock: systemClock, ids: uuidv7Ids },
        password: config.demo.password,
        pki: config.pki,
      })
    : null;
  await database.flush();
  // The simulators (loaded only when used) connect to the demo offices before the server opens.
  const simulators =
    config.demo.enabled && config.simulators.enabled
      ? await (
          await import('./simulators/demo-simulators.js')
        ).startDemoSimulators({ deps: { db: database.db, clock: systemClock, ids: uuidv7Ids, config } })
      : undefined;
  await database.flush();
  const app = await buildServer({ config, database, ...(simulators ? { simulators } : {}) });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in progress');
    try {
      await app.close();
      await simulators?.close();
      await database.flush();
      await database.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  const where =
    config.database.kind === 'pglite'
      ? `embedded PGlite in ${config.database.dataDir}`
      : 'PostgreSQL (DATABASE_URL)';
  const lines = [``, `Obieg is running at ${address.replace('0.0.0.0', 'localhost')}  (database: ${where})`];
  if (demo?.created) {
    lines.push(`Demo offices created. Log in with office code "demo" (or "demo2") and one of the logins:`);
    lines.push(`  ${demo.logins.join(', ')}`);
    lines.push(
      demo.passwordGenerated
        ? `  password (generated, shown only now; set OBIEG_DEMO_PASSWORD to choose one): ${demo.password}`
        : `  password: the value of OBIEG_DEMO_PASSWORD`,
    );
  } else if (demo) {
    lines.push(
      `Demo offices "demo" and "demo2" exist from an earlier start (password as printed then, or OBIEG_DEMO_PASSWORD).`,
    );
  }
  if (simulators)
    lines.push(
      `Simulators: e-Doręczenia ${simulators.edelivery.url}, ePUAP ${simulators.epuap.url}, SMTP 127.0.0.1:${simulators.smtp.port} (OBIEG_SIMULATORS=false to turn off)`,
    );
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Obieg failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
