import type { Me } from '@obieg/contracts/auth';
import type { DashboardScope } from './cases.api';

/**
 * The deadline dashboards a person may open: their own cases always; their unit's (with sub-units)
 * with `cases:read` in scope unit or office (heads); the whole office's with office scope.
 */
export function dashboardScopes(me: Pick<Me, 'grants'>): DashboardScope[] {
  const scopes = me.grants.filter((grant) => grant.permission === 'cases:read').map((grant) => grant.scope);
  return [
    'me',
    ...(scopes.includes('unit') || scopes.includes('office') ? (['unit'] as const) : []),
    ...(scopes.includes('office') ? (['office'] as const) : []),
  ];
}

/** `?scope=` of the dashboard's address: one the person may open, else their own. */
export function parseDashboardSearch(search: Record<string, unknown>): { scope?: DashboardScope } {
  return search.scope === 'unit' || search.scope === 'office' ? { scope: search.scope } : {};
}

/** The earliest new date an art. 36 notice may give: after today and after the current due date. */
export function earliestNoticeDate({ today, dueDate }: { today: string; dueDate: string | null }): string {
  const after = dueDate && dueDate > today ? dueDate : today;
  const [year = 1970, month = 1, day = 1] = after.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
