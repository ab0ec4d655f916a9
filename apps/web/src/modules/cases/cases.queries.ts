import type { Case, CaseRegisterQuery } from '@obieg/contracts/cases';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { getJrwaExtract, listJrwaClasses } from '../jrwa/jrwa.api';
import { jrwaKeys } from '../jrwa/jrwa.queries';
import {
  getCase,
  getCaseHistory,
  getCaseRegister,
  getCooperationReport,
  getDeadlineDashboard,
  listCaseShares,
  getWorkingDays,
  listCaseDocuments,
  listCasesOfIncoming,
  type DashboardScope,
} from './cases.api';
import type { CaseSearch } from './case-search.models';

export const casesKeys = {
  all: ['cases'] as const,
  list: (search: CaseSearch) => ['cases', 'list', search] as const,
  find: (q: string) => ['cases', 'find', q] as const,
  ofIncoming: (incomingId: string) => ['cases', 'of-incoming', incomingId] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  documents: (id: string) => ['cases', 'documents', id] as const,
  history: (id: string) => ['cases', 'history', id] as const,
  shares: (id: string) => ['cases', 'shares', id] as const,
  register: (query: CaseRegisterQuery) => ['cases', 'register', query] as const,
  cooperation: (query: { from?: string; to?: string }) => ['cases', 'cooperation', query] as const,
  dashboard: (scope: DashboardScope) => ['cases', 'deadlines', scope] as const,
  workingDays: (from: string, to: string) => ['calendar', 'working-days', from, to] as const,
};

export const casesOfIncomingQuery = (incomingId: string) =>
  queryOptions({
    queryKey: casesKeys.ofIncoming(incomingId),
    queryFn: () => listCasesOfIncoming(incomingId),
    select: (data) => data.items,
  });

export const caseQuery = (id: string) =>
  queryOptions({ queryKey: casesKeys.detail(id), queryFn: () => getCase(id) });

export const caseDocumentsQuery = (id: string) =>
  queryOptions({
    queryKey: casesKeys.documents(id),
    queryFn: () => listCaseDocuments(id),
    select: (data) => data.items,
  });

export const caseHistoryQuery = (id: string) =>
  queryOptions({ queryKey: casesKeys.history(id), queryFn: () => getCaseHistory(id) });

export const caseSharesQuery = (id: string) =>
  queryOptions({
    queryKey: casesKeys.shares(id),
    queryFn: () => listCaseShares(id),
    select: (data) => data.items,
  });

export const caseRegisterQuery = (query: CaseRegisterQuery) =>
  queryOptions({ queryKey: casesKeys.register(query), queryFn: () => getCaseRegister(query) });

export const cooperationQuery = (query: { from?: string; to?: string }) =>
  queryOptions({ queryKey: casesKeys.cooperation(query), queryFn: () => getCooperationReport(query) });

export const deadlineDashboardQuery = (scope: DashboardScope) =>
  queryOptions({ queryKey: casesKeys.dashboard(scope), queryFn: () => getDeadlineDashboard(scope) });

/** The calendar does not change: one range is read once per visit. */
export const workingDaysQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: casesKeys.workingDays(from, to),
    queryFn: () => getWorkingDays({ from, to }),
    staleTime: Infinity,
    select: (data) => data.items,
  });

/** The unit's extract (the end classes it opens cases in). */
export const unitExtractQuery = (orgUnitId: string) =>
  queryOptions({
    queryKey: jrwaKeys.extract(orgUnitId),
    queryFn: () => getJrwaExtract(orgUnitId),
    staleTime: 5 * 60_000,
  });

/** Every end class of the JRWA in force, with titles (the extract names only symbols). */
export const finalClassesQuery = () =>
  queryOptions({
    queryKey: jrwaKeys.classes({ finalOnly: true }),
    queryFn: () => listJrwaClasses({ finalOnly: true }),
    staleTime: 5 * 60_000,
  });

/**
 * After a change to a case: the answer is the case itself; its file, metryka, the lists and the
 * deadline dashboards are read again.
 */
export async function refreshCase(queryClient: QueryClient, updated: Case) {
  queryClient.setQueryData(casesKeys.detail(updated.id), updated);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: casesKeys.documents(updated.id) }),
    queryClient.invalidateQueries({ queryKey: casesKeys.history(updated.id) }),
    queryClient.invalidateQueries({ queryKey: ['cases', 'list'] }),
    queryClient.invalidateQueries({ queryKey: ['cases', 'deadlines'] }),
    queryClient.invalidateQueries({ queryKey: ['cases', 'register'] }),
  ]);
}

/** After a document was added: the file and the metryka. */
export async function refreshCaseFile(queryClient: QueryClient, caseId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: casesKeys.documents(caseId) }),
    queryClient.invalidateQueries({ queryKey: casesKeys.history(caseId) }),
  ]);
}
