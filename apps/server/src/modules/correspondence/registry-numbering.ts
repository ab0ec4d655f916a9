import { sql } from 'drizzle-orm';
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
  defaultFormat = DEFAULT_RPW_FORMAT,
}: {
  tx: Database;
  tenantId: string;
  registerCode: string;
  year: number;
  /** The format when the office has not set one for the register. */
  defaultFormat?: string;
}): Promise<{ sequence: number; formatted: string }> {
  // One statement (one round trip while the counter row is locked): the upsert and the format.
  const result = await tx.execute(sql`
    with counter as (
      insert into ${registryCountersTable} (tenant_id, register_code, year, last_value)
      values (${tenantId}, ${registerCode}, ${year}, 1)
      on conflict (tenant_id, register_code, year)
      do update set last_value = ${registryCountersTable}.last_value + 1
      returning last_value as value
    )
    select counter.value,
           (select number_format from ${registersTable}
             where tenant_id = ${tenantId} and code = ${registerCode}) as format
      from counter`);
  const [counter] = (result as unknown as { rows: { value: number; format: string | null }[] }).rows;
  if (!counter) throw new Error('registry counter upsert returned no row');
  const format = counter.format ?? defaultFormat;
  return {
    sequence: Number(counter.value),
    formatted: formatRegistryNumber({ format, sequence: Number(counter.value), year }),
  };
}
