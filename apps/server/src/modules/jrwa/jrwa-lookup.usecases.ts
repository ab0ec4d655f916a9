import type { Database } from '../../db/database.types.js';
import { createJrwaRepository } from './jrwa.repository.js';

// Lookups other modules make inside their own transactions (cases: the class a case is opened in).

/**
 * The JRWA version in force on `day` and its class `symbol` (null when it has none), inside the
 * caller's transaction; null when no version is in force.
 */
export async function findJrwaClassInForce({
  tx,
  tenantId,
  symbol,
  day,
}: {
  tx: Database;
  tenantId: string;
  symbol: string;
  day: string;
}) {
  const repository = createJrwaRepository({ db: tx });
  const version = await repository.findVersionInForce({ tenantId, day });
  if (!version) return null;
  return { version, jrwaClass: await repository.findClass({ tenantId, versionId: version.id, symbol }) };
}

/** The end classes of a unit's JRWA extract in a version, inside the caller's transaction. */
export async function listJrwaExtractInTransaction({
  tx,
  tenantId,
  versionId,
  orgUnitId,
}: {
  tx: Database;
  tenantId: string;
  versionId: string;
  orgUnitId: string;
}): Promise<string[]> {
  return createJrwaRepository({ db: tx }).listUnitSymbols({ tenantId, versionId, orgUnitId });
}
