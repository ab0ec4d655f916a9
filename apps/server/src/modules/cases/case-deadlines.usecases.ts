import type { Case, DeadlineDashboard } from '@obieg/contracts/cases';
import type { z } from 'zod';
import type { deadlineDashboardQuerySchema } from '@obieg/contracts/cases';
import { countWorkingDaysBetween } from '../../shared/calendar/polish-holidays.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { listUnitSubtreeIds, resolveGrantReach } from '../organization/unit-scope.usecases.js';
import { casesVisibleTo, lockOpenCase } from './case-access.js';
import { createInvalidPeriodError, createOutsideCaseScopeError } from './cases.errors.js';
import { createCasesRepository } from './cases.repository.js';
import { reloadCase, toCaseSummary } from './case-view.usecases.js';
import { changeCase } from './cases.usecases.js';
import { KPA_REMINDER_WORKING_DAYS } from './kpa-deadlines.js';

type Scope = { deps: CoreDeps; ctx: Context };

/** At most this many cases are listed on the dashboard; the counts cover them all. */
const DASHBOARD_LIMIT = 2000;

const ORDER = { overdue: 0, due_soon: 1, ok: 2, suspended: 3, none: 4 } as const;

/**
 * The deadline dashboard (bezczynność risk): open and suspended cases with a term — the caller's
 * (`me`), their unit's and sub-units' (`unit`, with `cases:read` in scope `unit` or `office`) or
 * the office's (`office`) — overdue first, then by due date, with the reminder reached (7, 3, 1
 * working days before) and whether to propose an art. 36 notice of delay.
 */
export async function getDeadlineDashboard({
  deps,
  ctx,
  query,
}: Scope & { query: z.infer<typeof deadlineDashboardQuerySchema> }): Promise<DeadlineDashboard> {
  const tenantId = ctx.actor.tenantId;
  const today = toWarsawDate(deps.clock.now());
  return inTenant({ deps, ctx }, async (tx) => {
    const repository = createCasesRepository({ db: tx });
    const reach = await resolveGrantReach({ tx, actor: ctx.actor, permission: 'cases:read' });
    const me = [ctx.actor.userId, ctx.actor.actingForUserId].filter((v): v is string => v !== null);
    let unitIds: string[] | undefined;
    if (query.scope === 'unit' || query.scope === 'office') {
      if (query.scope === 'office' && !reach.office) throw createOutsideCaseScopeError();
      if (query.scope === 'unit' && !reach.office && reach.unitIds.length === 0)
        throw createOutsideCaseScopeError();
      const wanted = query.unitId ? await listUnitSubtreeIds({ tx, tenantId, unitId: query.unitId }) : null;
      if (query.scope === 'office') unitIds = wanted ?? undefined;
      else {
        const own = reach.office ? null : reach.unitIds;
        unitIds = wanted && own ? wanted.filter((id) => own.includes(id)) : (wanted ?? own ?? undefined);
      }
    }
    const rows = await repository.listCasesWithTerm({
      tenantId,
      visible: await casesVisibleTo({ tx, actor: ctx.actor }),
      ...(query.scope === 'me' ? { handlerUserIds: me } : {}),
      ...(unitIds ? { unitIds } : {}),
      limit: DASHBOARD_LIMIT,
    });
    const periods = await repository.listPeriods({ caseIds: rows.map((r) => r.row.id) });
    const items = rows
      .map((found) => {
        const summary = toCaseSummary(
          found,
          periods.filter((p) => p.caseId === found.row.id),
          today,
        );
        const dueDate = summary.deadline?.dueDate ?? null;
        const left = dueDate ? countWorkingDaysBetween({ from: today, to: dueDate }) : null;
        const state = summary.deadline?.state ?? 'none';
        const reminder =
          left === null || left < 0
            ? null
            : ([...KPA_REMINDER_WORKING_DAYS].reverse().find((d) => left <= d) ?? null);
        return {
          ...summary,
          workingDaysLeft: left,
          reminder: reminder as 7 | 3 | 1 | null,
          noticeProposed:
            state === 'overdue' || (state === 'due_soon' && summary.deadline?.kind !== 'without_delay'),
        };
      })
      .sort(
        (a, b) =>
          ORDER[a.deadline?.state ?? 'none'] - ORDER[b.deadline?.state ?? 'none'] ||
          (a.deadline?.dueDate ?? '9999').localeCompare(b.deadline?.dueDate ?? '9999'),
      );
    const count = (state: string) => items.filter((i) => i.deadline?.state === state).length;
    return {
      counts: {
        overdue: count('overdue'),
        dueSoon: count('due_soon'),
        suspended: count('suspended'),
        ok: count('ok'),
      },
      items,
    };
  });
}

/**
 * Art. 36 KPA: the party is told the case will not be settled in time, why, and by when it will
 * be; the case's term becomes that date (periods not counted still apply to it).
 */
export async function notifyDelay({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: { newDate: string; reason: string } }): Promise<Case> {
  const tenantId = ctx.actor.tenantId;
  const today = toWarsawDate(deps.clock.now());
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found } = await lockOpenCase({ tx, ctx, id });
    const row = found.row;
    if (input.newDate <= today || (row.dueDate !== null && input.newDate <= row.dueDate))
      throw createInvalidPeriodError({
        detail: 'The new date must be after today and after the current due date.',
        meta: { errors: [{ path: '/newDate', message: input.newDate }] },
      });
    await changeCase({
      tx,
      row,
      patch: { deadlineKind: 'date', deadlineDays: null, deadlineDate: input.newDate },
      today,
    });
    await audit({
      action: 'cases.delay_notified',
      subjectType: 'case',
      subjectId: id,
      details: {
        sign: row.sign,
        previousDueDate: row.dueDate,
        previousTerm: { kind: row.deadlineKind, days: row.deadlineDays, date: row.deadlineDate },
        newDate: input.newDate,
        reason: input.reason,
      },
    });
    return reloadCase({ tx, tenantId, id, today });
  });
}
