import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { casesKeys } from '../cases/cases.queries';
import { distributionKeys } from '../distribution/distribution.queries';
import {
  getDocument,
  getDocumentDiff,
  getVersionText,
  listApprovalTasks,
  listCaseDrafts,
  listTemplates,
  type ApprovalTaskStatus,
} from './documents.api';

export const documentsKeys = {
  templates: ['documents', 'templates'] as const,
  templateList: (includeInactive: boolean) => ['documents', 'templates', { includeInactive }] as const,
  caseDrafts: (caseId: string) => ['documents', 'case-drafts', caseId] as const,
  detail: (id: string) => ['documents', 'detail', id] as const,
  versionText: (id: string, versionId: string) => ['documents', 'version-text', id, versionId] as const,
  diff: (id: string, from: number, to: number) => ['documents', 'diff', id, from, to] as const,
  /**
   * Under the inboxes' key: the inbox's live stream (server-sent events) reads every inbox again
   * on a change, approval tasks included.
   */
  approvalTasks: (status: ApprovalTaskStatus) =>
    [...distributionKeys.inbox, 'approval-tasks', status] as const,
};

export const templatesQuery = ({ includeInactive }: { includeInactive: boolean }) =>
  queryOptions({
    queryKey: documentsKeys.templateList(includeInactive),
    queryFn: () => listTemplates({ includeInactive }),
    select: (data) => data.items,
  });

export const caseDraftsQuery = (caseId: string) =>
  queryOptions({
    queryKey: documentsKeys.caseDrafts(caseId),
    queryFn: () => listCaseDrafts(caseId),
    select: (data) => data.items,
  });

export const documentQuery = (id: string) =>
  queryOptions({ queryKey: documentsKeys.detail(id), queryFn: () => getDocument(id) });

/** The text of a version, to edit it further; read fresh each time the editor opens. */
export const versionTextQuery = (id: string, versionId: string) =>
  queryOptions({
    queryKey: documentsKeys.versionText(id, versionId),
    queryFn: () => getVersionText({ id, versionId }),
    staleTime: 0,
    gcTime: 0,
  });

export const documentDiffQuery = (id: string, from: number, to: number) =>
  queryOptions({
    queryKey: documentsKeys.diff(id, from, to),
    queryFn: () => getDocumentDiff({ id, from, to }),
    staleTime: Infinity,
  });

export const approvalTasksQuery = (status: ApprovalTaskStatus) =>
  queryOptions({
    queryKey: documentsKeys.approvalTasks(status),
    queryFn: () => listApprovalTasks(status),
    select: (data) => data.items,
  });

/**
 * After a change to a document (a version, a decision, a signature): the document, its case's
 * drafts and file (a signed version joins the file), the metryka and the approval tasks.
 */
export async function refreshDocument(
  queryClient: QueryClient,
  { id, caseId }: { id: string; caseId: string | null },
) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: documentsKeys.detail(id) }),
    queryClient.invalidateQueries({ queryKey: [...distributionKeys.inbox, 'approval-tasks'] }),
    ...(caseId
      ? [
          queryClient.invalidateQueries({ queryKey: documentsKeys.caseDrafts(caseId) }),
          queryClient.invalidateQueries({ queryKey: casesKeys.documents(caseId) }),
          queryClient.invalidateQueries({ queryKey: casesKeys.history(caseId) }),
        ]
      : []),
  ]);
}
