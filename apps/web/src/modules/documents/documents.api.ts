import {
  approvalTaskSchema,
  caseDraftSchema,
  createdDraftSchema,
  createdVersionSchema,
  documentDiffSchema,
  documentSchema,
  templateSchema,
  versionTextSchema,
  type ApprovalDecisionInput,
  type CreateDraftInput,
  type CreateTemplateInput,
  type CreateVersionInput,
  type StartApprovalInput,
  type UpdateTemplateInput,
} from '@obieg/contracts/documents';
import { signedDocumentSchema, type SignDocumentInput } from '@obieg/contracts/signatures';
import { z } from 'zod';
import { api, apiRequest } from '../../app/api-client';

const path = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join('/')}`;

const templateListSchema = z.object({ items: z.array(templateSchema) });
const caseDraftListSchema = z.object({ items: z.array(caseDraftSchema) });
const approvalTaskListSchema = z.object({ items: z.array(approvalTaskSchema) });

export type ApprovalTaskStatus = 'pending' | 'decided';

// Letter templates.

/** Every template (administrators) or only the active ones (officers choosing one for a draft). */
export const listTemplates = ({ includeInactive }: { includeInactive: boolean }) =>
  api.get(path('templates'), templateListSchema, includeInactive ? { includeInactive: true } : undefined);

export const createTemplate = (input: CreateTemplateInput) =>
  api.post(path('templates'), input, templateSchema);

/** A change with the `version` it was read at (409 `documents.template_version_conflict` when stale). */
export const updateTemplate = ({ id, input }: { id: string; input: UpdateTemplateInput }) =>
  api.patch(path('templates', id), input, templateSchema);

// Drafts of a case and their versions.

export const listCaseDrafts = (caseId: string) =>
  api.get(path('cases', caseId, 'drafts'), caseDraftListSchema);

export const createDraft = ({ caseId, input }: { caseId: string; input: CreateDraftInput }) =>
  api.post(path('cases', caseId, 'drafts'), input, createdDraftSchema);

export const getDocument = (id: string) => api.get(path('documents', id), documentSchema);

export const addVersion = ({ id, input }: { id: string; input: CreateVersionInput }) =>
  api.post(path('documents', id, 'versions'), input, createdVersionSchema);

export const getVersionText = ({ id, versionId }: { id: string; versionId: string }) =>
  api.get(path('documents', id, 'versions', versionId, 'text'), versionTextSchema);

export const getDocumentDiff = ({ id, from, to }: { id: string; from: number; to: number }) =>
  api.get(path('documents', id, 'diff'), documentDiffSchema, { from, to });

// Approval.

export const startApproval = ({ id, input }: { id: string; input: StartApprovalInput }) =>
  api.post(path('documents', id, 'approval'), input);

export const cancelApproval = (id: string) => api.post(path('documents', id, 'approval', 'cancel'));

/** Tasks of the caller's active position (a substitute sees those of the colleague they act for). */
export const listApprovalTasks = (status: ApprovalTaskStatus) =>
  api.get(path('approval-tasks'), approvalTaskListSchema, { status });

export const decideApprovalTask = ({ taskId, input }: { taskId: string; input: ApprovalDecisionInput }) =>
  api.post(path('approval-tasks', taskId, 'decision'), input);

// Signing.

/**
 * Signs the approved document; the password confirms it. A wrong password is a 401 that is an
 * answer (`signatures.wrong_password`), not an expired session: it must not sign the user out.
 */
export const signDocument = ({ id, input }: { id: string; input: SignDocumentInput }) =>
  apiRequest(path('documents', id, 'sign'), {
    method: 'POST',
    body: input,
    schema: signedDocumentSchema,
    redirectOnUnauthorized: false,
  });

/** A version signed outside the system (e.g. with a qualified signature), uploaded first. */
export const uploadSignedVersion = ({ id, fileId }: { id: string; fileId: string }) =>
  api.post(path('documents', id, 'signed-version'), { fileId }, createdVersionSchema);
