import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { registersTable, registryCountersTable } from './correspondence.table.js';
import { DEFAULT_RPW_FORMAT } from './correspondence.constants.js';
import { formatRegistryNumber } from './correspondence.models.js';

/**
 * Takes the next number of a register for a year, inside the caller's transaction. The upsert
 * locks the counter row until commit, so concurrent registrations (in any process) queue for it;
 * a registration that rolls back rolls its increment back, so the numbers stay gapless.
 * Call it as late as possible in the transaction: the lock is held until commit.
 */
export async function allocateRegistryNumber({
  tx,
  tenantId,
  registerCode,
  year,
}: {
  tx: Database;
  tenantId: string;
  registerCode: string;
  year: number;
}): Promise<{ sequence: number; formatted: string }> {
  const c = registryCountersTable;
  const [counter] = await tx
    .insert(c)
    .values({ tenantId, registerCode, year, lastValue: 1 })
    .onConflictDoUpdate({
      target: [c.tenantId, c.registerCode, c.year],
      set: { lastValue: sql`${c.lastValue} + 1` },
    })
    .returning({ value: c.lastValue });
  if (!counter) throw new Error('registry counter upsert returned no row');
  const [register] = await tx
    .select({ format: registersTable.numberFormat })
    .from(registersTable)
    .where(and(eq(registersTable.tenantId, tenantId), eq(registersTable.code, registerCode)));
  const format = register?.format ?? DEFAULT_RPW_FORMAT;
  return {
    sequence: counter.value,
    formatted: formatRegistryNumber({ format, sequence: counter.value, year }),
  };
}
