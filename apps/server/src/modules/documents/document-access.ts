import type { Database } from '../../db/database.types.js';
import type { Actor } from '../auth/auth.types.js';
import { findCaseForDocument } from '../cases/case-drafts.usecases.js';
import { createDocumentNotFoundError } from './documents.errors.js';
import {
  createDocumentsRepository,
  type DocumentRow,
  type PathRow,
  type StepRow,
} from './documents.repository.js';

export type DocumentAccess = Awaited<ReturnType<typeof resolveDocumentAccess>>;

/**
 * A document and what the actor may do with it. People who see the case in full see its
 * documents; people on one of the document's approval paths see the document (not the rest of
 * the case). Anyone else gets 404: the document's existence is not revealed.
 */
export async function resolveDocumentAccess({
  tx,
  actor,
  id,
  lock = false,
}: {
  tx: Database;
  actor: Actor;
  id: string;
  lock?: boolean;
}) {
  const repository = createDocumentsRepository({ db: tx });
  const document = await repository.findDocument({ tenantId: actor.tenantId, id, lock });
  if (!document) throw createDocumentNotFoundError();
  const onPath = actor.positionId
    ? await repository.isOnPath({ documentId: id, positionId: actor.positionId })
    : false;
  const { found, access } = await findCaseForDocument({ tx, actor, caseId: document.caseId, onPath }).catch(
    (error: unknown) => {
      throw onPath ? error : createDocumentNotFoundError({ cause: error });
    },
  );
  const seesCase = access.read === 'full' || (access.documentIds?.includes(id) ?? false);
  if (!seesCase && !onPath) throw createDocumentNotFoundError();
  const running = await repository.runningPath({ documentId: id });
  const runningSteps = running ? await repository.listSteps({ pathIds: [running.id] }) : [];
  const pendingStep =
    runningSteps.find((s) => s.row.status === 'pending' && s.row.positionId === actor.positionId)?.row ??
    null;
  const caseOpen = found.row.status !== 'closed';
  return { repository, document, found, access, onPath, running, runningSteps, pendingStep, caseOpen };
}

/** The signatory step of the last approved path (the person who signs), if the document passed one. */
export async function approvedSignatory({
  tx,
  document,
}: {
  tx: Database;
  document: DocumentRow;
}): Promise<{ path: PathRow; step: StepRow; positionTitle: string } | null> {
  if (document.status !== 'approved') return null;
  const repository = createDocumentsRepository({ db: tx });
  const paths = await repository.listPaths({ documentId: document.id });
  const last = paths.at(-1);
  if (!last || last.status !== 'approved') return null;
  const steps = await repository.listSteps({ pathIds: [last.id] });
  const signatory = steps.find((s) => s.row.signatory);
  return signatory ? { path: last, step: signatory.row, positionTitle: signatory.positionTitle } : null;
}

export type DocumentAction =
  'add_version' | 'start_approval' | 'decide' | 'sign' | 'upload_signed' | 'cancel_approval';

/** What the actor may do with the document now (the screen shows only these). */
export async function allowedDocumentActions({
  tx,
  actor,
  access,
}: {
  tx: Database;
  actor: Actor;
  access: DocumentAccess;
}): Promise<DocumentAction[]> {
  const { document, pendingStep, caseOpen } = access;
  const handle = access.access.handle && caseOpen;
  const actions: DocumentAction[] = [];
  if (document.status === 'signed' || !caseOpen) return actions;
  if ((handle && document.status !== 'in_approval') || pendingStep) actions.push('add_version');
  if (handle && document.status !== 'in_approval') actions.push('start_approval');
  if (handle && document.status === 'in_approval') actions.push('cancel_approval');
  if (pendingStep) actions.push('decide');
  const signatory = await approvedSignatory({ tx, document });
  if (signatory && signatory.step.positionId === actor.positionId && actor.permissions.has('drafts:sign'))
    actions.push('sign', 'upload_signed');
  return actions;
}
