import type { Case, OpenCaseInput, UpdateCaseInput } from '@obieg/contracts/cases';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate, warsawYear } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { findContactInTransaction } from '../contacts/contacts.usecases.js';
import { ensureIncomingVisible } from '../correspondence/incoming-visibility.usecases.js';
import { findJrwaClassInForce, listJrwaExtractInTransaction } from '../jrwa/jrwa-lookup.usecases.js';
import { findOrganInTransaction } from '../organization/organs.usecases.js';
import { findActiveUnits } from '../organization/unit-scope.usecases.js';
import { ensureCaseVisible, lockOpenCase, mayOpenCaseIn } from './case-access.js';
import { loadCase, toPeriod } from './case-view.usecases.js';
import {
  createCaseNotFoundError,
  createCaseVersionConflictError,
  createClassOutsideExtractError,
  createNoJrwaInForceError,
  createNotFinalClassError,
  createOutsideCaseScopeError,
  createUnknownCaseUnitError,
  createUnknownGroupCaseError,
  createUnknownIncomingError,
  createUnknownJrwaClassError,
  createUnknownOrganError,
  createUnknownPartyError,
} from './cases.errors.js';
import { caseSearchText, describeCaseDeadline, formatCaseSign, isUsableUnitSymbol } from './cases.models.js';
import { createCasesRepository, type CaseRow, type NotCountedPeriodRow } from './cases.repository.js';
import { addIncomingToCase } from './case-file.usecases.js';

type Scope = { deps: CoreDeps; ctx: Context };

/** The due date to store for lists and dashboards (null while stopped, without a term, or closed). */
export function computeStoredDueDate(row: CaseRow, periods: NotCountedPeriodRow[], today: string) {
  if (row.status === 'closed') return null;
  return (
    describeCaseDeadline({
      source: row,
      periods: periods.map(toPeriod),
      today,
    })?.dueDate ?? null
  );
}

async function resolveParties({ tx, tenantId, ids }: { tx: Database; tenantId: string; ids: string[] }) {
  const parties: { contactId: string; displayName: string }[] = [];
  for (const [index, id] of [...new Set(ids)].entries()) {
    const contact = await findContactInTransaction({ tx, tenantId, id });
    if (!contact)
      throw createUnknownPartyError({
        meta: { errors: [{ path: `/partyContactIds/${index}`, message: 'Unknown contact' }] },
      });
    parties.push({ contactId: id, displayName: contact.displayName });
  }
  return parties;
}

/** The class the case is opened in: an end class of the JRWA in force, in the unit's extract. */
export async function resolveJrwaClass({
  tx,
  tenantId,
  unitId,
  symbol,
  day,
}: {
  tx: Database;
  tenantId: string;
  unitId: string;
  symbol: string;
  day: string;
}) {
  const found = await findJrwaClassInForce({ tx, tenantId, symbol, day });
  if (!found) throw createNoJrwaInForceError();
  const path = { meta: { errors: [{ path: '/jrwaSymbol', message: symbol }] } };
  if (!found.jrwaClass) throw createUnknownJrwaClassError(path);
  if (!found.jrwaClass.final) throw createNotFinalClassError(path);
  const extract = await listJrwaExtractInTransaction({
    tx,
    tenantId,
    versionId: found.version.id,
    orgUnitId: unitId,
  });
  if (!extract.includes(symbol))
    throw createClassOutsideExtractError({
      ...path,
      detail:
        extract.length === 0
          ? 'The unit has no JRWA extract yet: an administrator sets the classes it registers cases in.'
          : `The unit's extract holds: ${extract.join(', ')}.`,
    });
  return { versionId: found.version.id, symbol, title: found.jrwaClass.title };
}

/** A unit of the office in force today, with a usable symbol, that the actor may open cases in. */
export async function resolveOpeningUnit({
  tx,
  ctx,
  unitId,
  day,
}: {
  tx: Database;
  ctx: Context;
  unitId: string;
  day: string;
}) {
  const [unit] = await findActiveUnits({ tx, tenantId: ctx.actor.tenantId, ids: [unitId], day });
  if (!unit || !isUsableUnitSymbol(unit.symbol))
    throw createUnknownCaseUnitError({ meta: { errors: [{ path: '/unitId', message: 'Unknown unit' }] } });
  if (!(await mayOpenCaseIn({ tx, actor: ctx.actor, unitId: unit.id }))) throw createOutsideCaseScopeError();
  return unit;
}

type CaseContent = Pick<
  CaseRow,
  'title' | 'description' | 'organId' | 'access' | 'initiatingIncomingId' | 'initiatedOn'
>;

/**
 * Numbers and inserts a new case with its parties, the handler being the actor: the znak is the
 * next number of the unit, class and year (or within the group), allocated last so the counter row
 * stays locked only for the rest of the transaction.
 */
export async function insertNumberedCase({
  deps,
  ctx,
  tx,
  unit,
  jrwa,
  group,
  parties,
  deadline,
  content,
}: Scope & {
  tx: Database;
  unit: { id: string; symbol: string };
  jrwa: { versionId: string; symbol: string; title: string };
  group: { id: string; number: number; year: number } | null;
  parties: { contactId: string; displayName: string }[];
  deadline: { kind: CaseRow['deadlineKind']; days?: number | null; date?: string | null };
  content: CaseContent;
}): Promise<CaseRow> {
  const tenantId = ctx.actor.tenantId;
  const now = deps.clock.now();
  const handlerUserId = ctx.actor.actingForUserId ?? ctx.actor.userId;
  if (!handlerUserId) throw createOutsideCaseScopeError({ detail: 'Cases are opened by people.' });
  const repository = createCasesRepository({ db: tx });
  // A sub-case belongs to its group's year; a top-level case to the year it starts in.
  const year = group ? group.year : warsawYear(now);
  const number = await repository.allocateNumber({
    tenantId,
    unitId: unit.id,
    jrwaSymbol: jrwa.symbol,
    year,
    groupNumber: group?.number ?? 0,
  });
  const sign = formatCaseSign({
    unitSymbol: unit.symbol,
    jrwaSymbol: jrwa.symbol,
    number,
    year,
    groupNumber: group?.number ?? null,
  });
  const draft = {
    ...content,
    id: deps.ids.next(),
    tenantId,
    sign,
    unitId: unit.id,
    unitSymbol: unit.symbol,
    jrwaVersionId: jrwa.versionId,
    jrwaSymbol: jrwa.symbol,
    jrwaTitle: jrwa.title,
    year,
    number,
    groupCaseId: group?.id ?? null,
    groupNumber: group?.number ?? null,
    status: 'open' as const,
    handlerUserId,
    handlerPositionId: ctx.actor.positionId,
    openedAt: now,
    openedBy: ctx.actor.userId,
    deadlineKind: deadline.kind,
    deadlineDays: deadline.days ?? null,
    deadlineDate: deadline.date ?? null,
    searchText: caseSearchText({
      sign,
      title: content.title,
      description: content.description,
      parties: parties.map((p) => p.displayName),
    }),
    version: 1,
  };
  const row = await repository.insertCase({
    ...draft,
    dueDate: computeStoredDueDate(draft as CaseRow, [], toWarsawDate(now)),
  });
  await repository.replaceParties({ tenantId, caseId: row.id, parties });
  return row;
}

/**
 * Opens a case (DOMAIN.md §2.6): in an end class of the unit's JRWA extract, numbered gaplessly
 * per unit, class and year (or within a group case); from an incoming item (which becomes its
 * first document and starts its term on the day of receipt) or on the officer's own initiative.
 */
export async function openCase({ deps, ctx, input }: Scope & { input: OpenCaseInput }): Promise<Case> {
  const tenantId = ctx.actor.tenantId;
  const today = toWarsawDate(deps.clock.now());
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createCasesRepository({ db: tx });
    const unit = await resolveOpeningUnit({ tx, ctx, unitId: input.unitId, day: today });
    const jrwa = await resolveJrwaClass({
      tx,
      tenantId,
      unitId: unit.id,
      symbol: input.jrwaSymbol,
      day: today,
    });
    if (input.organId && !(await findOrganInTransaction({ tx, tenantId, id: input.organId })))
      throw createUnknownOrganError({ meta: { errors: [{ path: '/organId', message: 'Unknown organ' }] } });

    const initiating = input.initiatingIncomingId
      ? await repository.findIncoming({ tenantId, id: input.initiatingIncomingId })
      : null;
    if (input.initiatingIncomingId) {
      const unknown = createUnknownIncomingError({
        meta: { errors: [{ path: '/initiatingIncomingId', message: 'Unknown item' }] },
      });
      if (!initiating || initiating.status === 'cancelled') throw unknown;
      await ensureIncomingVisible({ tx, actor: ctx.actor, id: initiating.id }).catch(() => {
        throw unknown;
      });
    }
    const partyIds = input.partyContactIds ?? initiating?.senders.map((s) => s.contactId) ?? [];
    const parties = await resolveParties({ tx, tenantId, ids: partyIds });

    let group: { id: string; number: number; year: number } | null = null;
    if (input.groupCaseId) {
      const found = await repository.findCase({ tenantId, id: input.groupCaseId });
      const g = found?.row;
      if (
        !g ||
        g.status === 'closed' ||
        g.groupCaseId ||
        g.unitId !== unit.id ||
        g.jrwaSymbol !== jrwa.symbol
      )
        throw createUnknownGroupCaseError({
          meta: { errors: [{ path: '/groupCaseId', message: 'Not a group' }] },
        });
      await ensureCaseVisible({ tx, actor: ctx.actor, row: g });
      group = { id: g.id, number: g.number, year: g.year };
    }
    const deadline = input.deadline ?? { kind: 'none' as const };
    const row = await insertNumberedCase({
      deps,
      ctx,
      tx,
      unit,
      jrwa,
      group,
      parties,
      deadline,
      content: {
        title: input.title,
        description: input.description ?? null,
        organId: input.organId ?? null,
        access: input.access ?? initiating?.access ?? 'public',
        initiatingIncomingId: initiating?.id ?? null,
        initiatedOn: initiating?.receivedAt ?? today,
      },
    });
    const id = row.id;
    await audit({
      action: 'cases.opened',
      subjectType: 'case',
      subjectId: id,
      details: {
        sign: row.sign,
        title: row.title,
        unitId: unit.id,
        jrwaSymbol: jrwa.symbol,
        initiatingIncomingId: initiating?.id ?? null,
        deadline,
        groupCaseId: group?.id ?? null,
      },
    });
    if (initiating) await addIncomingToCase({ deps, ctx, tx, audit, caseRow: row, incoming: initiating });
    const found = await repository.findCase({ tenantId, id });
    if (!found) throw createCaseNotFoundError();
    return loadCase({ tx, tenantId, found, today });
  });
}

/** Changes title, description, access, parties or the term, with optimistic concurrency. */
export async function updateCase({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: UpdateCaseInput }): Promise<Case> {
  const tenantId = ctx.actor.tenantId;
  const today = toWarsawDate(deps.clock.now());
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found, repository } = await lockOpenCase({ tx, ctx, id });
    const { row } = found;
    if (row.version !== input.version) throw createCaseVersionConflictError();
    const parties = input.partyContactIds
      ? await resolveParties({ tx, tenantId, ids: input.partyContactIds })
      : (await repository.listParties({ caseIds: [id] })).map((p) => ({
          contactId: p.contactId,
          displayName: p.displayName,
        }));
    const patch: Partial<CaseRow> = {};
    if (input.title !== undefined) patch.title = input.title;
    if (input.description !== undefined) patch.description = input.description;
    if (input.access !== undefined) patch.access = input.access;
    if (input.deadline) {
      patch.deadlineKind = input.deadline.kind;
      patch.deadlineDays = input.deadline.days ?? null;
      patch.deadlineDate = input.deadline.date ?? null;
    }
    const next = { ...row, ...patch };
    patch.searchText = caseSearchText({
      sign: row.sign,
      title: next.title,
      description: next.description,
      parties: parties.map((p) => p.displayName),
    });
    patch.dueDate = computeStoredDueDate(next, await repository.listPeriods({ caseIds: [id] }), today);
    const updated = await repository.updateCase({ tenantId, id, patch, version: input.version });
    if (!updated) throw createCaseVersionConflictError();
    if (input.partyContactIds) await repository.replaceParties({ tenantId, caseId: id, parties });
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of [
      'title',
      'description',
      'access',
      'deadlineKind',
      'deadlineDays',
      'deadlineDate',
    ] as const)
      if (patch[key] !== undefined && patch[key] !== row[key])
        changes[key] = { from: row[key], to: patch[key] };
    if (input.partyContactIds) changes.parties = { from: null, to: parties.map((p) => p.displayName) };
    await audit({
      action: 'cases.updated',
      subjectType: 'case',
      subjectId: id,
      details: { sign: row.sign, changes, reason: input.reason ?? null },
    });
    const reloaded = await repository.findCase({ tenantId, id });
    if (!reloaded) throw createCaseNotFoundError();
    return loadCase({ tx, tenantId, found: reloaded, today });
  });
}

/**
 * Applies `patch` to a locked case and stores its due date recomputed from it and its periods, in
 * one update (none when nothing changes).
 */
export async function changeCase({
  tx,
  row,
  patch,
  today,
}: {
  tx: Database;
  row: CaseRow;
  patch: Partial<CaseRow>;
  today: string;
}): Promise<void> {
  const repository = createCasesRepository({ db: tx });
  const dueDate = computeStoredDueDate(
    { ...row, ...patch },
    await repository.listPeriods({ caseIds: [row.id] }),
    today,
  );
  const next = dueDate === row.dueDate ? patch : { ...patch, dueDate };
  if (Object.keys(next).length > 0)
    await repository.updateCase({ tenantId: row.tenantId, id: row.id, patch: next });
}
