import type { Case, takeOverCaseInputSchema } from '@obieg/contracts/cases';
import type { z } from 'zod';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { lockOpenCase } from './case-access.js';
import { reloadCase } from './case-view.usecases.js';
import { createInvalidTakeOverError } from './cases.errors.js';
import { changeCase, insertNumberedCase, resolveJrwaClass, resolveOpeningUnit } from './cases.usecases.js';

type Scope = { deps: CoreDeps; ctx: Context };

/**
 * After a reorganisation a new unit takes over an open case (DOMAIN.md §2.6, instrukcja §34, §51):
 * the unit opens it again under its own znak (its next number of the current year, in the given
 * end class of its extract or the case's class), with the same title, description, organ, access,
 * parties, initiating item and term (it still runs from the day the matter was initiated, the
 * periods not counted kept); the old case is closed as `transferred` that day and the two are linked
 * (`taken_over`). The old znak stays on the old documents, which stay in the old case's file.
 * The actor must handle the old case and be able to open cases in the new unit.
 */
export async function takeOverCase({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: z.infer<typeof takeOverCaseInputSchema> }): Promise<Case> {
  const tenantId = ctx.actor.tenantId;
  const now = deps.clock.now();
  const today = toWarsawDate(now);
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found, repository } = await lockOpenCase({ tx, ctx, id });
    const old = found.row;
    const unit = await resolveOpeningUnit({ tx, ctx, unitId: input.unitId, day: today });
    if (unit.id === old.unitId)
      throw createInvalidTakeOverError({
        meta: { errors: [{ path: '/unitId', message: 'The case is already in this unit' }] },
      });
    if (old.groupCaseId !== null || (await repository.countOpenSubCases({ caseId: id })) > 0)
      throw createInvalidTakeOverError({
        detail: 'Sub-cases move with their group: take over the group case once its sub-cases are settled.',
      });
    const jrwa = await resolveJrwaClass({
      tx,
      tenantId,
      unitId: unit.id,
      symbol: input.jrwaSymbol ?? old.jrwaSymbol,
      day: today,
    });
    const periods = await repository.listPeriods({ caseIds: [id] });
    const parties = await repository.listParties({ caseIds: [id] });
    const row = await insertNumberedCase({
      deps,
      ctx,
      tx,
      unit,
      jrwa,
      group: null,
      parties: parties.map((p) => ({ contactId: p.contactId, displayName: p.displayName })),
      deadline: { kind: old.deadlineKind, days: old.deadlineDays, date: old.deadlineDate },
      content: {
        title: old.title,
        description: old.description,
        organId: old.organId,
        access: old.access,
        initiatingIncomingId: old.initiatingIncomingId,
        initiatedOn: old.initiatedOn,
      },
    });
    // The term goes on where it stood: the periods not counted come along, a running suspension too.
    for (const period of periods)
      await repository.insertPeriod({
        id: deps.ids.next(),
        tenantId,
        caseId: row.id,
        kind: period.kind,
        fromDate: period.fromDate,
        toDate: period.toDate,
        reason: period.reason,
        createdAt: now,
        createdBy: ctx.actor.userId,
      });
    const running = periods.some((p) => p.toDate === null);
    if (running) await repository.closeOpenPeriod({ caseId: id, toDate: today });
    await changeCase({
      tx,
      row,
      patch: running ? { status: 'suspended' } : {},
      today,
    });
    await changeCase({
      tx,
      row: old,
      patch: {
        status: 'closed',
        settlement: 'transferred',
        settledOn: today,
        closingNote: `Nowy znak: ${row.sign}. ${input.reason}`,
        closedAt: now,
        closedBy: ctx.actor.userId,
      },
      today,
    });
    await repository.insertLink({
      tenantId,
      fromCaseId: id,
      toCaseId: row.id,
      kind: 'taken_over',
      createdAt: now,
      createdBy: ctx.actor.userId,
    });
    const details = {
      reason: input.reason,
      fromCaseId: id,
      fromSign: old.sign,
      toCaseId: row.id,
      toSign: row.sign,
    };
    await audit({ action: 'cases.handed_over', subjectType: 'case', subjectId: id, details });
    await audit({
      action: 'cases.taken_over',
      subjectType: 'case',
      subjectId: row.id,
      details: { ...details, title: row.title, unitId: unit.id, jrwaSymbol: jrwa.symbol },
    });
    return reloadCase({ tx, tenantId, id: row.id, today });
  });
}
