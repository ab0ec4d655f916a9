import type { IncomingItem } from '@obieg/contracts/correspondence';
import type { Database } from '../../db/database.types.js';
import { findMissingFileIds } from '../files/files.usecases.js';
import { loadDistributionState } from '../distribution/distribution.usecases.js';
import { findOrganInTransaction } from '../organization/organs.usecases.js';
import {
  createIncomingItemNotFoundError,
  createUnknownDictionaryCodeError,
  createUnknownFileError,
  createUnknownOrganError,
} from './correspondence.errors.js';
import { toIncomingItemDto } from './correspondence.models.js';
import { createCorrespondenceRepository } from './correspondence.repository.js';
import { createIncomingRepository } from './incoming.repository.js';

/** Dictionary codes and the organ named by a registration or correction must exist in the office. */
export async function ensureReferencesExist({
  tx,
  tenantId,
  input,
}: {
  tx: Database;
  tenantId: string;
  input: { deliveryMethod?: string; documentKind?: string | null; organId?: string | null };
}) {
  const repository = createCorrespondenceRepository({ db: tx });
  const codes = [
    ['delivery_methods', input.deliveryMethod, '/deliveryMethod'],
    ['document_kinds', input.documentKind, '/documentKind'],
  ] as const;
  for (const [kind, code, path] of codes) {
    if (code && !(await repository.isActiveCode({ tenantId, kind, code }))) {
      throw createUnknownDictionaryCodeError({
        detail: `'${code}' is not an active code of ${kind}.`,
        meta: { errors: [{ path, message: 'Unknown code' }] },
      });
    }
  }
  if (input.organId && !(await findOrganInTransaction({ tx, tenantId, id: input.organId }))) {
    throw createUnknownOrganError({ meta: { errors: [{ path: '/organId', message: 'Unknown organ' }] } });
  }
}

export async function ensureFilesExist({
  tx,
  tenantId,
  fileIds,
}: {
  tx: Database;
  tenantId: string;
  fileIds: string[];
}) {
  const missing = await findMissingFileIds({ tx, tenantId, ids: fileIds });
  if (missing.length > 0) throw createUnknownFileError({ meta: { fileIds: missing } });
}

/** The full item (files and corrections) inside the caller's transaction; 404 when absent. */
export async function loadIncomingItem({
  tx,
  tenantId,
  id,
}: {
  tx: Database;
  tenantId: string;
  id: string;
}): Promise<IncomingItem> {
  const row = await createIncomingRepository({ db: tx }).findItemById({ tenantId, id });
  if (!row) throw createIncomingItemNotFoundError();
  const repository = createCorrespondenceRepository({ db: tx });
  const [files, corrections] = [
    await repository.listFiles({ tenantId, itemId: id }),
    await repository.listCorrections({ tenantId, itemId: id }),
  ];
  const distribution = await loadDistributionState({ tx, tenantId, itemId: id });
  return toIncomingItemDto({ row, files, corrections, distribution });
}
