import type { Actor } from '../auth/auth.types.js';
import type { AuditFn } from '../audit/audit.usecases.js';
import type { DocumentRow } from './documents.repository.js';

/** Who wrote a row (a document, a version), as the row keeps it ("A for B" included). */
export const authorColumns = (actor: Actor) => ({
  createdBy: actor.userId,
  createdByName: actor.displayName,
  createdByPositionId: actor.positionId,
  actingForUserId: actor.actingForUserId,
});

/**
 * Records what happened to a document in its case's audit trail (the metryka reads these):
 * subject the case, details naming the document.
 */
export async function auditDocumentOnCase({
  audit,
  document,
  action,
  details,
  caseDocumentId = null,
}: {
  audit: AuditFn;
  document: Pick<DocumentRow, 'id' | 'caseId' | 'title'>;
  action: Parameters<AuditFn>[0]['action'];
  details: Record<string, unknown>;
  /** The NES identifier of the case-file entry, when the event creates it. */
  caseDocumentId?: string | null;
}) {
  await audit({
    action,
    subjectType: 'case',
    subjectId: document.caseId,
    documentId: caseDocumentId,
    details: { documentId: document.id, title: document.title, ...details },
  });
}
