import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../modules/audit/audit.usecases.js';
import { listTenantIds } from '../modules/tenants/tenants.usecases.js';
import { systemClock } from '../shared/clock/clock.js';
import { uuidv7Ids } from '../shared/ids/ids.js';
import { runCli } from './cli.js';

// `npm run audit:verify [-- --tenant <code>]`: recomputes every office's audit hash chain.
const { values } = parseArgs({ options: { tenant: { type: 'string' } } });

await runCli(async (database) => {
  const deps = { db: database.db, clock: systemClock, ids: uuidv7Ids };
  const tenants = (await listTenantIds({ deps })).filter((t) => !values.tenant || t.code === values.tenant);
  if (tenants.length === 0) {
    process.stderr.write(values.tenant ? `No office with code ${values.tenant}.\n` : 'No offices.\n');
    return 1;
  }
  let broken = 0;
  for (const tenant of tenants) {
    const result = await verifyAuditChain({ db: database.db, tenantId: tenant.id });
    if (result.ok) {
      process.stdout.write(`${tenant.code}: OK, ${result.checked} events\n`);
    } else {
      broken += 1;
      const link = result.firstBroken;
      process.stdout.write(
        `${tenant.code}: BROKEN at event #${link?.seq} (${link?.reason}${link?.id ? `, id ${link.id}` : ''}) after ${result.checked} valid events\n`,
      );
    }
  }
  return broken > 0 ? 2 : 0;
});
