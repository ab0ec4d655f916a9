import type { CaseRegister, CaseRegisterQuery } from '@obieg/contracts/cases';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate, toWarsawDateTime } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { toCsv, toXlsx } from '../../shared/export/spreadsheet.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { findJrwaClassInForce } from '../jrwa/jrwa-lookup.usecases.js';
import { getTenantSummary } from '../tenants/tenants.usecases.js';
import { casesVisibleTo } from './case-access.js';
import { renderCaseRegisterPdf } from './case-register.pdf.js';
import { createRegisterTooLargeError } from './case-register.errors.js';
import {
  jrwaReferenceDay,
  MAX_REGISTER_ROWS,
  periodFilter,
  REGISTER_EXPORT_HEADER,
  registerFileName,
  resolveRegisterPeriod,
  toRegisterExportRow,
  toRegisterItem,
} from './case-register.models.js';
import { createCaseRegisterRepository } from './case-register.repository.js';
import { createUnknownCaseUnitError } from './cases.errors.js';

type Scope = { deps: CoreDeps; ctx: Context };

/** The register inside the caller's transaction: only the cases the actor may see. */
async function readRegister({
  tx,
  ctx,
  query,
  now,
}: {
  tx: Database;
  ctx: Context;
  query: CaseRegisterQuery;
  now: Date;
}): Promise<CaseRegister> {
  const tenantId = ctx.actor.tenantId;
  const today = toWarsawDate(now);
  const repository = createCaseRegisterRepository({ db: tx });
  const unit = await repository.findUnit({ tenantId, id: query.unitId });
  if (!unit)
    throw createUnknownCaseUnitError({ meta: { errors: [{ path: '/unitId', message: 'Unknown unit' }] } });
  const period = resolveRegisterPeriod(query, today);
  const rows = await repository.listRegisterCases({
    tenantId,
    unitId: unit.id,
    jrwaPrefix: query.jrwaSymbol,
    ...periodFilter(period),
    visible: await casesVisibleTo({ tx, actor: ctx.actor }),
    limit: MAX_REGISTER_ROWS + 1,
  });
  if (rows.length > MAX_REGISTER_ROWS)
    throw createRegisterTooLargeError({ meta: { limit: MAX_REGISTER_ROWS } });
  const inForce = await findJrwaClassInForce({
    tx,
    tenantId,
    symbol: query.jrwaSymbol,
    day: jrwaReferenceDay(period, today),
  });
  const classTitle =
    inForce?.jrwaClass?.title ?? rows.find((r) => r.jrwaSymbol === query.jrwaSymbol)?.jrwaTitle ?? null;
  return {
    header: {
      ...period,
      generatedAt: now.toISOString(),
      unit,
      jrwa: { symbol: query.jrwaSymbol, title: classTitle },
    },
    items: rows.map(toRegisterItem),
  };
}

/**
 * The spis spraw (DOMAIN.md §2.6): the cases of a unit in a JRWA class of any level (and every
 * class under it), of a year or opened in a date range, in the order of the znak.
 */
export async function getCaseRegister({ deps, ctx, query }: Scope & { query: CaseRegisterQuery }) {
  const now = deps.clock.now();
  return inTenant({ deps, ctx }, (tx) => readRegister({ tx, ctx, query, now }));
}

const MEDIA_TYPES = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Column widths of the XLSX (characters), in the order of REGISTER_EXPORT_HEADER. */
const XLSX_WIDTHS = [6, 20, 50, 30, 20, 12, 12, 12, 12, 25, 45];

/**
 * The spis spraw as a PDF printout, CSV or XLSX. Each is recorded in the audit trail
 * (`cases.register_printed`) in the transaction that reads it, before the file is made: a copy
 * never leaves unrecorded.
 */
export async function exportCaseRegister({
  deps,
  ctx,
  query,
  format,
}: Scope & { query: CaseRegisterQuery; format: 'pdf' | 'csv' | 'xlsx' }) {
  const now = deps.clock.now();
  const { register, officeName } = await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const register = await readRegister({ tx, ctx, query, now });
    const office = await getTenantSummary({ tx, tenantId: ctx.actor.tenantId });
    const { header } = register;
    await audit({
      action: 'cases.register_printed',
      subjectType: 'org_unit',
      subjectId: header.unit.id,
      details: {
        format,
        unitSymbol: header.unit.symbol,
        jrwaSymbol: header.jrwa.symbol,
        year: header.year,
        from: header.from,
        to: header.to,
        cases: register.items.length,
      },
    });
    return { register, officeName: office?.name ?? '' };
  });
  const fileName = registerFileName(register.header, format);
  const table = { header: REGISTER_EXPORT_HEADER, rows: register.items.map(toRegisterExportRow) };
  const content =
    format === 'pdf'
      ? Buffer.from(await renderCaseRegisterPdf({ register, officeName, printedAt: toWarsawDateTime(now) }))
      : format === 'csv'
        ? toCsv(table)
        : await toXlsx({ ...table, sheet: 'Spis spraw', widths: XLSX_WIDTHS });
  return { mediaType: MEDIA_TYPES[format], fileName, content };
}
