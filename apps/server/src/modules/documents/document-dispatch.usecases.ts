import type { Database } from '../../db/database.types.js';
import type { Actor } from '../auth/auth.types.js';
import { resolveDocumentAccess } from './document-access.js';

/** What the dispatch of a document needs to know about it, for an actor who may see it. */
export type DispatchableDocument = {
  id: string;
  title: string;
  status: 'draft' | 'in_approval' | 'approved' | 'signed';
  internal: boolean;
  caseId: string;
  caseSign: string;
  caseTitle: string;
  /** The case's unit (its mailbox, if it has its own, sends the letter). */
  caseUnitId: string;
  addressees: { id: string; name: string }[];
  /** The version to send: the signed one when signed, else the last. */
  version: { id: string; number: number; fileId: string; signed: boolean };
  /** Whether the actor handles the case (may order its dispatch). */
  handles: boolean;
};

/** Reads a document for dispatch (404 when the actor may not see it). */
export async function findDocumentForDispatch({
  tx,
  actor,
  documentId,
  lock = false,
}: {
  tx: Database;
  actor: Actor;
  documentId: string;
  lock?: boolean;
}): Promise<DispatchableDocument> {
  const { repository, document, found, access } = await resolveDocumentAccess({
    tx,
    actor,
    id: documentId,
    lock,
  });
  const latest = await repository.latestVersion({ documentId });
  if (!latest) throw new Error(`document ${documentId} has no version`);
  return {
    id: document.id,
    title: document.title,
    status: document.status,
    internal: document.internal,
    caseId: found.row.id,
    caseSign: found.row.sign,
    caseTitle: found.row.title,
    caseUnitId: found.row.unitId,
    addressees: document.addressees.map((a) => ({ id: a.id, name: a.name })),
    version: {
      id: latest.row.id,
      number: latest.row.number,
      fileId: latest.row.fileId,
      signed: latest.row.source === 'signed' || latest.row.source === 'external_signed',
    },
    handles: access.handle,
  };
}
