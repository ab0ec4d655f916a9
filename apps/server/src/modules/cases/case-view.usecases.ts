import type { Case, CaseSummary, NotCountedPeriod } from '@obieg/contracts/cases';
import type { Database } from '../../db/database.types.js';
import { createCaseNotFoundError } from './cases.errors.js';
import { describeCaseDeadline } from './cases.models.js';
import { createCasesRepository, type CaseWithRefs, type NotCountedPeriodRow } from './cases.repository.js';

// A case as the API answers it: in lists (summary) and whole.

export const toPeriod = (row: NotCountedPeriodRow): NotCountedPeriod => ({
  id: row.id,
  kind: row.kind,
  from: row.fromDate,
  to: row.toDate,
  reason: row.reason,
});

/** A case as lists show it, with its deadline (without the periods). */
export function toCaseSummary(
  found: CaseWithRefs,
  periods: NotCountedPeriodRow[],
  today: string,
): CaseSummary {
  return summarize(found, describeCaseDeadline({ source: found.row, periods: periods.map(toPeriod), today }));
}

function summarize(found: CaseWithRefs, deadline: Case['deadline']): CaseSummary {
  const { row } = found;
  const { periods: _periods, ...deadlineSummary } = deadline ?? { periods: [] };
  return {
    id: row.id,
    sign: row.sign,
    title: row.title,
    status: row.status,
    unit: { id: row.unitId, symbol: found.unitSymbol, name: found.unitName },
    jrwa: { symbol: row.jrwaSymbol, title: row.jrwaTitle },
    handler: {
      userId: row.handlerUserId,
      displayName: found.handlerName,
      positionId: row.handlerPositionId,
      positionTitle: found.handlerPositionTitle ?? null,
    },
    openedAt: row.openedAt.toISOString(),
    settledOn: row.settledOn,
    deadline: deadline ? (deadlineSummary as CaseSummary['deadline']) : null,
  };
}

/** The case as the API answers it, with parties, deadline and its periods, links. */
export async function loadCase({
  tx,
  tenantId,
  found,
  today,
}: {
  tx: Database;
  tenantId: string;
  found: CaseWithRefs;
  today: string;
}): Promise<Case> {
  const repository = createCasesRepository({ db: tx });
  const { row } = found;
  const [parties, periods, links, initiating] = [
    await repository.listParties({ caseIds: [row.id] }),
    await repository.listPeriods({ caseIds: [row.id] }),
    await repository.listLinks({ caseId: row.id }),
    row.initiatingIncomingId
      ? await repository.findIncoming({ tenantId, id: row.initiatingIncomingId })
      : null,
  ];
  const deadline = describeCaseDeadline({ source: row, periods: periods.map(toPeriod), today });
  return {
    ...summarize(found, deadline),
    description: row.description,
    access: row.access,
    organId: row.organId,
    year: row.year,
    number: row.number,
    group:
      row.groupCaseId && row.groupNumber !== null
        ? { caseId: row.groupCaseId, number: row.groupNumber }
        : null,
    initiatingIncoming: initiating
      ? { id: initiating.id, rpwNumber: initiating.rpwNumber, receivedAt: initiating.receivedAt }
      : null,
    parties: parties.map((p) => ({ contactId: p.contactId, displayName: p.displayName })),
    deadline,
    settlement: row.settlement,
    closingNote: row.closingNote,
    closedAt: row.closedAt?.toISOString() ?? null,
    links: links.map((l) => ({
      kind: l.kind,
      direction: l.direction,
      case: { id: l.id, sign: l.sign, title: l.title },
    })),
    version: row.version,
  };
}

/** The case as it now stands, as the API answers it. */
export async function reloadCase({
  tx,
  tenantId,
  id,
  today,
}: {
  tx: Database;
  tenantId: string;
  id: string;
  today: string;
}) {
  const found = await createCasesRepository({ db: tx }).findCase({ tenantId, id });
  if (!found) throw createCaseNotFoundError();
  return loadCase({ tx, tenantId, found, today });
}
