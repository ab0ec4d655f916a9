import type { Case, Settlement } from '@obieg/contracts/cases';
import type { z } from 'zod';
import type { addNotCountedPeriodInputSchema, linkCaseInputSchema } from '@obieg/contracts/cases';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { ensureCaseVisible, lockOpenCase } from './case-access.js';
import {
  createCaseNotClosedError,
  createCaseNotFoundError,
  createCaseNotSuspendedError,
  createCaseSuspendedError,
  createInvalidCaseLinkError,
  createInvalidPeriodError,
  createUnfinishedWorkError,
} from './cases.errors.js';
import { previousDay } from './cases.models.js';
import type { CaseRow } from './cases.repository.js';
import { reloadCase } from './case-view.usecases.js';
import { changeCase } from './cases.usecases.js';

type Scope = { deps: CoreDeps; ctx: Context };

/**
 * Suspends the proceedings (zawieszenie, KPA art. 97): the term's clock stops from `from` (today
 * by default) until they are resumed; recorded as a period not counted, with the reason.
 */
export async function suspendCase({
  deps,
  ctx,
  id,
  reason,
  from,
}: Scope & { id: string; reason: string; from?: string | undefined }): Promise<Case> {
  const today = toWarsawDate(deps.clock.now());
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found, repository } = await lockOpenCase({ tx, ctx, id });
    if (found.row.status === 'suspended') throw createCaseSuspendedError();
    const start = from ?? today;
    if (start < found.row.initiatedOn || start > today)
      throw createInvalidPeriodError({
        detail: 'A suspension starts between the day the case was initiated and today.',
        meta: { errors: [{ path: '/from', message: start }] },
      });
    await repository.insertPeriod({
      id: deps.ids.next(),
      tenantId: ctx.actor.tenantId,
      caseId: id,
      kind: 'suspension',
      fromDate: start,
      toDate: null,
      reason,
      createdAt: deps.clock.now(),
      createdBy: ctx.actor.userId,
    });
    await changeCase({ tx, row: found.row, patch: { status: 'suspended' }, today });
    await audit({
      action: 'cases.suspended',
      subjectType: 'case',
      subjectId: id,
      details: { sign: found.row.sign, from: start, reason },
    });
    return reloadCase({ tx, tenantId: ctx.actor.tenantId, id, today });
  });
}

/** Resumes suspended proceedings: the suspension ends on `to` (yesterday by default) and the clock runs again. */
export async function resumeCase({
  deps,
  ctx,
  id,
  to,
}: Scope & { id: string; to?: string | undefined }): Promise<Case> {
  const today = toWarsawDate(deps.clock.now());
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found, repository } = await lockOpenCase({ tx, ctx, id });
    if (found.row.status !== 'suspended') throw createCaseNotSuspendedError();
    const open = (await repository.listPeriods({ caseIds: [id] })).find((p) => p.toDate === null);
    const end = to ?? previousDay(today);
    // A suspension resumed on the day it began lasted no whole day: it is closed on its first day.
    const last = open && end < open.fromDate ? open.fromDate : end;
    if (end > today)
      throw createInvalidPeriodError({
        detail: 'A suspension cannot end in the future.',
        meta: { errors: [{ path: '/to', message: end }] },
      });
    await repository.closeOpenPeriod({ caseId: id, toDate: last });
    await changeCase({ tx, row: found.row, patch: { status: 'open' }, today });
    await audit({
      action: 'cases.resumed',
      subjectType: 'case',
      subjectId: id,
      details: { sign: found.row.sign, suspendedFrom: open?.fromDate ?? null, suspendedTo: last },
    });
    return reloadCase({ tx, tenantId: ctx.actor.tenantId, id, today });
  });
}

/** Records a period the term does not count (art. 35 § 5: the party's delay, mediation…), with its reason. */
export async function addNotCountedPeriod({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: z.infer<typeof addNotCountedPeriodInputSchema> }): Promise<Case> {
  const today = toWarsawDate(deps.clock.now());
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found, repository } = await lockOpenCase({ tx, ctx, id });
    if (input.to < input.from || input.from < found.row.initiatedOn)
      throw createInvalidPeriodError({
        detail:
          'The period must start on or after the day the case was initiated and end on or after its start.',
        meta: {
          errors: [{ path: input.to < input.from ? '/to' : '/from', message: `${input.from}–${input.to}` }],
        },
      });
    await repository.insertPeriod({
      id: deps.ids.next(),
      tenantId: ctx.actor.tenantId,
      caseId: id,
      kind: input.kind,
      fromDate: input.from,
      toDate: input.to,
      reason: input.reason,
      createdAt: deps.clock.now(),
      createdBy: ctx.actor.userId,
    });
    await audit({
      action: 'cases.not_counted_period_added',
      subjectType: 'case',
      subjectId: id,
      details: {
        sign: found.row.sign,
        kind: input.kind,
        from: input.from,
        to: input.to,
        reason: input.reason,
      },
    });
    await changeCase({ tx, row: found.row, patch: {}, today });
    return reloadCase({ tx, tenantId: ctx.actor.tenantId, id, today });
  });
}

/**
 * Closes a case with the manner of settlement; this sets the date of final settlement (DOMAIN.md
 * §2.7). Unfinished work (decrees of its items not yet accepted, open sub-cases) answers 409
 * unless `force`; an open suspension ends the day before settlement.
 */
export async function closeCase({
  deps,
  ctx,
  id,
  input,
}: Scope & {
  id: string;
  input: {
    settlement: Settlement;
    note?: string | undefined;
    settledOn?: string | undefined;
    force?: boolean | undefined;
  };
}): Promise<Case> {
  const now = deps.clock.now();
  const today = toWarsawDate(now);
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found, repository } = await lockOpenCase({ tx, ctx, id });
    const row = found.row;
    const settledOn = input.settledOn ?? today;
    if (settledOn > today || settledOn < row.initiatedOn)
      throw createInvalidPeriodError({
        detail: 'The date of final settlement lies between the day the case was initiated and today.',
        meta: { errors: [{ path: '/settledOn', message: settledOn }] },
      });
    const unfinished = {
      pendingDecrees: await repository.countPendingDecrees({ caseId: id }),
      openSubCases: await repository.countOpenSubCases({ caseId: id }),
    };
    if ((unfinished.pendingDecrees > 0 || unfinished.openSubCases > 0) && !input.force)
      throw createUnfinishedWorkError({ meta: { unfinished } });
    if (row.status === 'suspended') {
      const open = (await repository.listPeriods({ caseIds: [id] })).find((p) => p.toDate === null);
      const end = previousDay(settledOn);
      await repository.closeOpenPeriod({
        caseId: id,
        toDate: open && end < open.fromDate ? open.fromDate : end,
      });
    }
    await changeCase({
      tx,
      row,
      patch: {
        status: 'closed',
        settlement: input.settlement,
        settledOn,
        closingNote: input.note ?? null,
        closedAt: now,
        closedBy: ctx.actor.userId,
      },
      today,
    });
    await audit({
      action: 'cases.closed',
      subjectType: 'case',
      subjectId: id,
      details: {
        sign: row.sign,
        settlement: input.settlement,
        settledOn,
        note: input.note ?? null,
        forced: Boolean(input.force) && (unfinished.pendingDecrees > 0 || unfinished.openSubCases > 0),
        unfinished,
      },
    });
    return reloadCase({ tx, tenantId: ctx.actor.tenantId, id, today });
  });
}

/** Reopens a closed case with a reason: the settlement is cleared (kept in the metryka), the term runs again. */
export async function reopenCase({
  deps,
  ctx,
  id,
  reason,
}: Scope & { id: string; reason: string }): Promise<Case> {
  const today = toWarsawDate(deps.clock.now());
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found } = await lockOpenCase({ tx, ctx, id, allowClosed: true });
    const row = found.row;
    if (row.status !== 'closed') throw createCaseNotClosedError();
    await changeCase({
      tx,
      row,
      today,
      patch: {
        status: 'open',
        settlement: null,
        settledOn: null,
        closingNote: null,
        closedAt: null,
        closedBy: null,
      },
    });
    await audit({
      action: 'cases.reopened',
      subjectType: 'case',
      subjectId: id,
      details: {
        sign: row.sign,
        reason,
        previousSettlement: row.settlement,
        previousSettledOn: row.settledOn,
      },
    });
    return reloadCase({ tx, tenantId: ctx.actor.tenantId, id, today });
  });
}

/** Links two cases (related, a continuation, taken over); both must be visible, the first changeable. */
export async function linkCases({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: z.infer<typeof linkCaseInputSchema> }): Promise<Case> {
  const tenantId = ctx.actor.tenantId;
  const today = toWarsawDate(deps.clock.now());
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found, repository } = await lockOpenCase({ tx, ctx, id, allowClosed: true });
    const other = await repository.findCase({ tenantId, id: input.caseId });
    if (!other) throw createCaseNotFoundError();
    await ensureCaseVisible({ tx, actor: ctx.actor, row: other.row });
    if (other.row.id === id || (await repository.linkExists({ a: id, b: other.row.id })))
      throw createInvalidCaseLinkError();
    await repository.insertLink({
      tenantId,
      fromCaseId: id,
      toCaseId: other.row.id,
      kind: input.kind,
      createdAt: deps.clock.now(),
      createdBy: ctx.actor.userId,
    });
    await linkAudit({ audit, from: found.row, to: other.row, kind: input.kind });
    return reloadCase({ tx, tenantId: ctx.actor.tenantId, id, today });
  });
}

async function linkAudit({
  audit,
  from,
  to,
  kind,
}: {
  audit: AuditFn;
  from: CaseRow;
  to: CaseRow;
  kind: string;
}) {
  for (const [self, peer, direction] of [
    [from, to, 'to'],
    [to, from, 'from'],
  ] as const)
    await audit({
      action: 'cases.linked',
      subjectType: 'case',
      subjectId: self.id,
      details: { sign: self.sign, kind, direction, otherCaseId: peer.id, otherSign: peer.sign },
    });
}
