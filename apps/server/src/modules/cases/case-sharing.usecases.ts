import type { CaseShare, ShareCaseInput } from '@obieg/contracts/cases';
import { endOfWarsawDay, startOfWarsawDay, toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { findActiveUnits } from '../organization/unit-scope.usecases.js';
import { ensureCaseVisible, lockOpenCase } from './case-access.js';
import {
  createCaseNotFoundError,
  createInvalidShareError,
  createOutsideCaseScopeError,
  createShareNotFoundError,
} from './cases.errors.js';
import { createCaseSharingRepository } from './case-sharing.repository.js';
import { createCasesRepository } from './cases.repository.js';

type Scope = { deps: CoreDeps; ctx: Context };
type ShareRow = Awaited<ReturnType<ReturnType<typeof createCaseSharingRepository>['listShares']>>[number];

function toShareDto(share: ShareRow): CaseShare {
  const { row } = share;
  return {
    id: row.id,
    grantee:
      row.granteeUserId !== null
        ? { kind: 'user', userId: row.granteeUserId, displayName: share.userName ?? '' }
        : {
            kind: 'unit',
            unit: { id: row.granteeUnitId ?? '', symbol: share.unitSymbol ?? '', name: share.unitName ?? '' },
          },
    access: row.access,
    documentIds: row.documentIds,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * The leading unit shares its case — whole, or chosen documents of its file — with a person or a
 * unit, to read or to contribute opinions (DOMAIN.md §2.5 "Cooperation").
 */
export async function shareCase({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: ShareCaseInput }): Promise<CaseShare> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found, repository } = await lockOpenCase({ tx, ctx, id, allowClosed: true });
    const shares = createCaseSharingRepository({ db: tx });
    if (input.userId && !(await shares.findUser({ tenantId, id: input.userId })))
      throw createInvalidShareError({ meta: { errors: [{ path: '/userId', message: 'Unknown user' }] } });
    if (input.unitId) {
      const [unit] = await findActiveUnits({
        tx,
        tenantId,
        ids: [input.unitId],
        day: toWarsawDate(deps.clock.now()),
      });
      if (!unit)
        throw createInvalidShareError({ meta: { errors: [{ path: '/unitId', message: 'Unknown unit' }] } });
    }
    if (input.documentIds) {
      const inFile = new Set((await repository.listDocuments({ tenantId, caseId: id })).map((d) => d.row.id));
      const missing = input.documentIds.filter((d) => !inFile.has(d));
      if (missing.length > 0)
        throw createInvalidShareError({
          detail: 'Only documents of this case can be shared.',
          meta: { errors: missing.map((d) => ({ path: '/documentIds', message: d })) },
        });
    }
    const shareId = deps.ids.next();
    await shares.insertShare({
      id: shareId,
      tenantId,
      caseId: id,
      granteeUserId: input.userId ?? null,
      granteeUnitId: input.unitId ?? null,
      access: input.access,
      documentIds: input.documentIds ? [...new Set(input.documentIds)] : null,
      note: input.note ?? null,
      createdAt: deps.clock.now(),
      createdBy: ctx.actor.userId,
    });
    await audit({
      action: 'cases.shared',
      subjectType: 'case',
      subjectId: id,
      details: {
        sign: found.row.sign,
        shareId,
        userId: input.userId ?? null,
        unitId: input.unitId ?? null,
        access: input.access,
        documentIds: input.documentIds ?? null,
      },
    });
    const created = (await shares.listShares({ caseId: id })).find((s) => s.row.id === shareId);
    if (!created) throw createShareNotFoundError();
    return toShareDto(created);
  });
}

/** A case's shares, revoked ones included (for those who see the whole case). */
export async function listCaseShares({ deps, ctx, id }: Scope & { id: string }) {
  const tenantId = ctx.actor.tenantId;
  return inTenant({ deps, ctx }, async (tx) => {
    const repository = createCasesRepository({ db: tx });
    const found = await repository.findCase({ tenantId, id });
    if (!found) throw createCaseNotFoundError();
    const access = await ensureCaseVisible({ tx, actor: ctx.actor, row: found.row });
    if (access.read !== 'full') throw createOutsideCaseScopeError();
    return {
      items: (await createCaseSharingRepository({ db: tx }).listShares({ caseId: id })).map(toShareDto),
    };
  });
}

/** Revokes a share (kept, with who revoked it and when). */
export async function revokeCaseShare({ deps, ctx, id, shareId }: Scope & { id: string; shareId: string }) {
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const { found } = await lockOpenCase({ tx, ctx, id, allowClosed: true });
    const shares = createCaseSharingRepository({ db: tx });
    const revoked = await shares.revokeShare({
      caseId: id,
      id: shareId,
      at: deps.clock.now(),
      by: ctx.actor.userId,
    });
    if (!revoked) throw createShareNotFoundError();
    await audit({
      action: 'cases.share_revoked',
      subjectType: 'case',
      subjectId: id,
      details: { sign: found.row.sign, shareId },
    });
    const share = (await shares.listShares({ caseId: id })).find((s) => s.row.id === shareId);
    if (!share) throw createShareNotFoundError();
    return toShareDto(share);
  });
}

/** Cooperation between units (DOMAIN.md §2.5: "report cooperation per unit"), by dates of shares and opinions. */
export async function getCooperationReport({
  deps,
  ctx,
  from,
  to,
}: Scope & { from?: string | undefined; to?: string | undefined }) {
  const tenantId = ctx.actor.tenantId;
  return inTenant({ deps, ctx }, async (tx) => {
    const rows = await createCaseSharingRepository({ db: tx }).cooperationCounts({
      tenantId,
      // Polish calendar days: from the start of `from` to the end of `to`.
      from: from ? startOfWarsawDay(from) : null,
      to: to ? endOfWarsawDay(to) : null,
      today: toWarsawDate(deps.clock.now()),
    });
    return {
      from: from ?? null,
      to: to ?? null,
      items: rows.map((r) => ({
        unit: { id: r.id, symbol: r.symbol, name: r.name },
        casesSharedWith: Number(r.cases_shared_with),
        opinionsGiven: Number(r.opinions_given),
        casesShared: Number(r.cases_shared),
        opinionsReceived: Number(r.opinions_received),
      })),
    };
  });
}
