import { workingDaysSchema } from '@obieg/contracts/calendar';
import {
  caseDocumentListSchema,
  caseDocumentSchema,
  caseListSchema,
  caseRegisterSchema,
  caseSchema,
  caseShareListSchema,
  caseShareSchema,
  cooperationReportSchema,
  deadlineDashboardSchema,
  metrykaSchema,
  type AddCaseDocumentInput,
  type CaseRegisterQuery,
  type LINK_KINDS,
  type OpenCaseInput,
  type Settlement,
  type ShareCaseInput,
  type UpdateCaseInput,
} from '@obieg/contracts/cases';
import type { z } from 'zod';
import type { addNotCountedPeriodInputSchema } from '@obieg/contracts/cases';
import { api, buildUrl } from '../../app/api-client';
import { toCaseListQuery, type CaseSearch } from './case-search.models';

const path = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join('/')}`;

export const CASE_PAGE_SIZE = 50;
export type DashboardScope = 'me' | 'unit' | 'office';
export type NotCountedPeriodInput = z.infer<typeof addNotCountedPeriodInputSchema>;
export type LinkKind = (typeof LINK_KINDS)[number];
export type CaseRegisterFormat = 'pdf' | 'csv' | 'xlsx';
export type CloseCaseInput = { settlement: Settlement; settledOn?: string; note?: string; force?: boolean };

export const openCase = (input: OpenCaseInput) => api.post(path('cases'), input, caseSchema);

export const listCases = ({ search, cursor }: { search: CaseSearch; cursor?: string }) =>
  api.get(path('cases'), caseListSchema, { ...toCaseListQuery(search), limit: CASE_PAGE_SIZE, cursor });

/** Cases found by words of their znak or title, for attaching an item (a short list). */
export const findCases = ({ q, limit = 10 }: { q: string; limit?: number }) =>
  api.get(path('cases'), caseListSchema, { q, limit });

/** The cases whose file holds an incoming item. */
export const listCasesOfIncoming = (incomingId: string) =>
  api.get(path('cases'), caseListSchema, { incomingId, limit: 20 });

export const getCase = (id: string) => api.get(path('cases', id), caseSchema);

/** A change of the case's data, with the `version` it was read at (409 `cases.version_conflict` when stale). */
export const updateCase = ({ id, input }: { id: string; input: UpdateCaseInput }) =>
  api.patch(path('cases', id), input, caseSchema);

export const linkCase = ({ id, caseId, kind }: { id: string; caseId: string; kind: LinkKind }) =>
  api.post(path('cases', id, 'links'), { caseId, kind }, caseSchema);

export const listCaseShares = (id: string) => api.get(path('cases', id, 'shares'), caseShareListSchema);

export const shareCase = ({ id, input }: { id: string; input: ShareCaseInput }) =>
  api.post(path('cases', id, 'shares'), input, caseShareSchema);

export const revokeCaseShare = ({ id, shareId }: { id: string; shareId: string }) =>
  api.delete(path('cases', id, 'shares', shareId));

/** The metryka printout (opened in the browser; its printing is recorded). */
export const metrykaPdfUrl = (id: string) => path('cases', id, 'metryka.pdf');

export const getCaseRegister = (query: CaseRegisterQuery) =>
  api.get(path('case-registers'), caseRegisterSchema, query);

/** The same spis spraw as a PDF printout, CSV or XLSX file. */
export const caseRegisterUrl = (query: CaseRegisterQuery, format: CaseRegisterFormat) =>
  buildUrl(path(`case-registers.${format}`), query);

export const getCooperationReport = (query: { from?: string; to?: string }) =>
  api.get(path('cases', 'cooperation'), cooperationReportSchema, query);

export const listCaseDocuments = (id: string) =>
  api.get(path('cases', id, 'documents'), caseDocumentListSchema);

export const addCaseDocument = ({ id, input }: { id: string; input: AddCaseDocumentInput }) =>
  api.post(path('cases', id, 'documents'), input, caseDocumentSchema);

export const suspendCase = ({ id, reason, from }: { id: string; reason: string; from?: string }) =>
  api.post(path('cases', id, 'suspend'), { reason, ...(from ? { from } : {}) }, caseSchema);

export const resumeCase = ({ id, to }: { id: string; to?: string }) =>
  api.post(path('cases', id, 'resume'), to ? { to } : {}, caseSchema);

export const addNotCountedPeriod = ({ id, input }: { id: string; input: NotCountedPeriodInput }) =>
  api.post(path('cases', id, 'not-counted-periods'), input, caseSchema);

export const closeCase = ({ id, input }: { id: string; input: CloseCaseInput }) =>
  api.post(path('cases', id, 'close'), input, caseSchema);

/** After a reorganisation: another unit takes the case over under a new znak (the answer is the new case). */
export const takeOverCase = ({
  id,
  input,
}: {
  id: string;
  input: { unitId: string; jrwaSymbol?: string; reason: string };
}) => api.post(path('cases', id, 'take-over'), input, caseSchema);

export const reopenCase = ({ id, reason }: { id: string; reason: string }) =>
  api.post(path('cases', id, 'reopen'), { reason }, caseSchema);

export const getCaseHistory = (id: string) => api.get(path('cases', id, 'history'), metrykaSchema);

export const getDeadlineDashboard = (scope: DashboardScope) =>
  api.get(path('cases', 'deadlines'), deadlineDashboardSchema, { scope });

export const sendDelayNotice = ({ id, newDate, reason }: { id: string; newDate: string; reason: string }) =>
  api.post(path('cases', id, 'delay-notice'), { newDate, reason }, caseSchema);

/** Working days and holidays of a range (to name the day off a term was moved from). */
export const getWorkingDays = ({ from, to }: { from: string; to: string }) =>
  api.get(path('calendar', 'working-days'), workingDaysSchema, { from, to });
