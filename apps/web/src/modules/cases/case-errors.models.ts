import { isApiError } from '../../app/api-error';

export type UnfinishedWork = { pendingDecrees: number; openSubCases: number };

/** What is left to do in a case the API would not close (409 `cases.unfinished_work`), else null. */
export function unfinishedWorkOf(error: unknown): UnfinishedWork | null {
  if (!isApiError(error) || error.code !== 'cases.unfinished_work') return null;
  const raw = error.problem.unfinished;
  const counts = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  return { pendingDecrees: count(counts.pendingDecrees), openSubCases: count(counts.openSubCases) };
}
