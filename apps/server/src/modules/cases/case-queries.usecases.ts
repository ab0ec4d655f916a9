import type { Case, caseListQuerySchema } from '@obieg/contracts/cases';
import type { z } from 'zod';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { foldDiacritics } from '../../shared/text/fold.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { casesVisibleTo, ensureCaseVisible } from './case-access.js';
import { createCaseNotFoundError } from './cases.errors.js';
import { createCasesRepository, type CaseRow } from './cases.repository.js';
import { loadCase, toCaseSummary } from './case-view.usecases.js';

// Reading cases: one case (audited) and the list.

type Scope = { deps: CoreDeps; ctx: Context };

/** A case the actor may see; the view is recorded (`cases.viewed`). */
export async function getCase({ deps, ctx, id }: Scope & { id: string }): Promise<Case> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const found = await createCasesRepository({ db: tx }).findCase({ tenantId, id });
    if (!found) throw createCaseNotFoundError();
    await ensureCaseVisible({ tx, actor: ctx.actor, row: found.row });
    await audit({
      action: 'cases.viewed',
      subjectType: 'case',
      subjectId: id,
      details: { sign: found.row.sign },
    });
    return loadCase({ tx, tenantId, found, today: toWarsawDate(deps.clock.now()) });
  });
}

type CaseListQuery = z.infer<typeof caseListQuerySchema>;

const encodeCursor = (row: CaseRow) =>
  Buffer.from(`${row.openedAt.toISOString()}|${row.id}`).toString('base64url');
function decodeCursor(cursor: string | undefined) {
  if (!cursor) return null;
  const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString().split('|');
  const openedAt = new Date(at);
  return Number.isNaN(openedAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id) ? null : { openedAt, id };
}

/** Cases the actor may see, newest first, filtered; `q` matches words of znak, title, description, parties. */
export async function listCases({ deps, ctx, query }: Scope & { query: CaseListQuery }) {
  const tenantId = ctx.actor.tenantId;
  const today = toWarsawDate(deps.clock.now());
  return inTenant({ deps, ctx }, async (tx) => {
    const repository = createCasesRepository({ db: tx });
    const words = foldDiacritics(query.q ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .slice(0, 10);
    const me = [ctx.actor.userId, ctx.actor.actingForUserId].filter((v): v is string => v !== null);
    const rows = await repository.listCases({
      tenantId,
      visible: await casesVisibleTo({ tx, actor: ctx.actor }),
      ...(query.status ? { status: query.status } : {}),
      ...(query.unitId ? { unitId: query.unitId } : {}),
      ...(query.jrwaSymbol ? { jrwaSymbol: query.jrwaSymbol } : {}),
      ...(query.year ? { year: query.year } : {}),
      ...(query.mine ? { handlerUserIds: me } : {}),
      ...(query.incomingId ? { incomingId: query.incomingId } : {}),
      words,
      after: decodeCursor(query.cursor),
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const periods = await repository.listPeriods({ caseIds: page.map((r) => r.row.id) });
    const last = page.at(-1);
    return {
      items: page.map((found) =>
        toCaseSummary(
          found,
          periods.filter((p) => p.caseId === found.row.id),
          today,
        ),
      ),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.row) : null,
    };
  });
}
