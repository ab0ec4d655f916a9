import type { ActorRef } from '@obieg/contracts/distribution';
import type { ApprovalPath, DocumentDto } from '@obieg/contracts/documents';
import type { Database } from '../../db/database.types.js';
import { latestValidationSummaries } from '../signatures/validation.usecases.js';
import type { DocumentAccess, DocumentAction } from './document-access.js';

const actorRef = ({
  userId,
  name,
  positionId,
  positionTitle,
  actingForUserId,
  actingForName,
}: {
  userId: string | null;
  name: string | null;
  positionId: string | null;
  positionTitle: string | null;
  actingForUserId: string | null;
  actingForName: string | null;
}): ActorRef => ({
  userId,
  displayName: name,
  positionId,
  positionTitle,
  actingFor: actingForUserId ? { userId: actingForUserId, displayName: actingForName } : null,
});

/** The document as the API answers it: versions, approval paths, allowed actions. */
export async function toDocumentDto({
  tx,
  access,
  allowedActions,
}: {
  tx: Database;
  access: DocumentAccess;
  allowedActions: DocumentAction[];
}): Promise<DocumentDto> {
  const { document, repository, found } = access;
  const versions = await repository.listVersions({ documentId: document.id });
  const paths = await repository.listPaths({ documentId: document.id });
  const steps = await repository.listSteps({ pathIds: paths.map((p) => p.id) });
  const validations = await latestValidationSummaries({
    tx,
    tenantId: document.tenantId,
    fileIds: versions.map((v) => v.file.id),
  });
  const approvals: ApprovalPath[] = paths.map((path) => ({
    id: path.id,
    status: path.status,
    startedAt: path.startedAt.toISOString(),
    startedBy: actorRef({
      userId: path.startedBy,
      name: path.startedByName,
      positionId: path.startedByPositionId,
      positionTitle: null,
      actingForUserId: path.actingForUserId,
      actingForName: null,
    }),
    finishedAt: path.finishedAt?.toISOString() ?? null,
    steps: steps
      .filter((s) => s.row.pathId === path.id)
      .map((s) => ({
        id: s.row.id,
        stage: s.row.stage,
        assignee: {
          userId: s.row.assigneeUserId,
          displayName: s.assigneeName,
          positionId: s.row.positionId,
          positionTitle: s.positionTitle,
        },
        signatory: s.row.signatory,
        status: s.row.status,
        decidedAt: s.row.decidedAt?.toISOString() ?? null,
        decidedBy: s.row.decidedBy
          ? actorRef({
              userId: s.row.decidedBy,
              name: s.row.decidedByName,
              positionId: s.row.positionId,
              positionTitle: s.positionTitle,
              actingForUserId: s.row.actingForUserId,
              actingForName: s.actingForName,
            })
          : null,
        comment: s.row.comment,
        versionNumber: s.versionNumber ?? null,
      })),
  }));
  return {
    id: document.id,
    caseId: document.caseId,
    caseSign: found.row.sign,
    caseTitle: found.row.title,
    title: document.title,
    status: document.status,
    internal: document.internal,
    templateId: document.templateId,
    addressees: document.addressees.map(({ id, name }) => ({ id, name })),
    createdAt: document.createdAt.toISOString(),
    createdBy: actorRef({
      userId: document.createdBy,
      name: document.createdByName,
      positionId: document.createdByPositionId,
      positionTitle: null,
      actingForUserId: document.actingForUserId,
      actingForName: null,
    }),
    version: document.version,
    versions: versions.map((v) => ({
      id: v.row.id,
      number: v.row.number,
      source: v.row.source,
      file: v.file,
      editableFile: v.editable?.id ? v.editable : null,
      hasText: v.row.body !== null || v.file.mediaType !== 'application/octet-stream',
      comment: v.row.comment,
      createdAt: v.row.createdAt.toISOString(),
      createdBy: actorRef({
        userId: v.row.createdBy,
        name: v.row.createdByName,
        positionId: v.row.createdByPositionId,
        positionTitle: v.positionTitle,
        actingForUserId: v.row.actingForUserId,
        actingForName: v.actingForName,
      }),
      validation: validations.get(v.file.id) ?? null,
    })),
    approvals,
    allowedActions,
  };
}
