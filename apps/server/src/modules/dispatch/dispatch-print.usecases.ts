import {
  REGISTER_FIELDS,
  type DispatchChannel,
  type RegisterQuery,
  type RegisterRow,
} from '@obieg/contracts/dispatch';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate, toWarsawDateTime } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { toCsv, toXlsx } from '../../shared/export/spreadsheet.js';
import { A4_LANDSCAPE } from '../../shared/pdf/pdf-document.js';
import { renderTablePdf } from '../../shared/pdf/pdf-table.js';
import { inTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { getTenantLetterhead } from '../tenants/tenants.usecases.js';
import { MAX_REGISTER_EXPORT_ROWS } from './dispatch.constants.js';
import { toRegisterRow } from './dispatch.models.js';
import { createDispatchRepository } from './dispatch.repository.js';

type Scope = { deps: CoreDeps; ctx: Context };
type Field = (typeof REGISTER_FIELDS)[number];

export const CHANNEL_WORDS: Record<DispatchChannel, string> = {
  post: 'poczta',
  edelivery: 'e-Doręczenia',
  edelivery_hybrid: 'e-Doręczenia (usługa hybrydowa)',
  epuap: 'ePUAP',
  email: 'e-mail',
  in_person: 'osobiście',
};
const STATUS_WORDS: Record<RegisterRow['status'], string> = {
  queued: 'do wysłania',
  waiting: 'oczekuje na wysłanie',
  sent: 'wysłano',
  delivered: 'doręczono',
  undelivered: 'niedoręczono',
  failed: 'błąd wysyłki',
  cancelled: 'wycofano',
};

/** How a register row names its sending method (the register's "sposób wysłania"). */
export function methodWords(row: Pick<RegisterRow, 'channel' | 'postalKind' | 'priority' | 'returnReceipt'>) {
  if (row.channel !== 'post') return CHANNEL_WORDS[row.channel];
  const kind = row.postalKind === 'registered' ? 'list polecony' : 'list zwykły';
  return [kind, row.returnReceipt ? 'ZPO' : null, row.priority ? 'priorytet' : null]
    .filter(Boolean)
    .join(', ');
}

const COLUMNS: Record<Field, { title: string; width: number; value: (r: RegisterRow) => string }> = {
  number: {
    title: 'Nr',
    width: 70,
    value: (r) => (r.position > 1 ? `${r.number} (${r.position})` : r.number),
  },
  postedOn: { title: 'Data wysłania', width: 62, value: (r) => r.postedOn ?? '' },
  addressee: { title: 'Adresat', width: 140, value: (r) => r.addresseeName },
  address: { title: 'Adres', width: 150, value: (r) => r.addressLines.join(', ') },
  caseSign: { title: 'Znak sprawy', width: 95, value: (r) => r.caseSign ?? '' },
  document: { title: 'Pismo', width: 150, value: (r) => r.documentTitle },
  channel: { title: 'Sposób wysłania', width: 95, value: methodWords },
  trackingNumber: { title: 'Nr nadania', width: 110, value: (r) => r.trackingNumber ?? '' },
  status: {
    title: 'Stan',
    width: 75,
    value: (r) => STATUS_WORDS[r.status] + (r.externalStatus ? ` (${r.externalStatus})` : ''),
  },
  deliveredOn: {
    title: 'Data doręczenia',
    width: 70,
    value: (r) => (r.deliveredOn ? `${r.deliveredOn}${r.deliveryKind === 'fiction' ? ' (fikcja)' : ''}` : ''),
  },
};

export function pickFields(fields: string | undefined): Field[] {
  const chosen = (fields ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f): f is Field => (REGISTER_FIELDS as readonly string[]).includes(f));
  return chosen.length > 0 ? chosen : [...REGISTER_FIELDS];
}

async function registerRows({
  tx,
  ctx,
  query,
}: {
  tx: Database;
  ctx: Context;
  query: Omit<RegisterQuery, 'limit' | 'offset'>;
}) {
  const { rows } = await createDispatchRepository({ db: tx }).register({
    tenantId: ctx.actor.tenantId,
    filter: query,
    limit: MAX_REGISTER_EXPORT_ROWS,
    offset: 0,
  });
  return rows.map(toRegisterRow);
}

/** The outgoing register as CSV, XLSX or a printout (the print date on each page), with chosen fields. */
export async function exportRegister({
  deps,
  ctx,
  query,
  format,
  fields,
}: Scope & {
  query: Omit<RegisterQuery, 'limit' | 'offset'>;
  format: 'csv' | 'xlsx' | 'pdf';
  fields?: string;
}): Promise<{ mediaType: string; fileName: string; content: Buffer }> {
  const chosen = pickFields(fields);
  return inTenant({ deps, ctx }, async (tx) => {
    const rows = await registerRows({ tx, ctx, query });
    const header = chosen.map((f) => COLUMNS[f].title);
    const table = rows.map((r) => chosen.map((f) => COLUMNS[f].value(r)));
    const stamp = toWarsawDate(deps.clock.now());
    if (format === 'csv')
      return {
        mediaType: 'text/csv; charset=utf-8',
        fileName: `rejestr-wychodzacych-${stamp}.csv`,
        content: toCsv({ header, rows: table }),
      };
    if (format === 'xlsx')
      return {
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName: `rejestr-wychodzacych-${stamp}.xlsx`,
        content: await toXlsx({ header, rows: table, sheet: 'Rejestr wychodzących' }),
      };
    const letterhead = await getTenantLetterhead({ tx, tenantId: ctx.actor.tenantId });
    const period = [
      query.year ? `rok ${query.year}` : null,
      query.from ? `od ${query.from}` : null,
      query.to ? `do ${query.to}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const pdf = await renderTablePdf({
      title: 'Rejestr przesyłek wychodzących',
      heading: [letterhead?.name ?? '', period].filter(Boolean),
      columns: chosen.map((f) => ({ title: COLUMNS[f].title, width: COLUMNS[f].width, maxLines: 3 })),
      rows: table,
      printedAt: toWarsawDateTime(deps.clock.now()),
      emptyText: 'Brak przesyłek spełniających warunki.',
      pageSize: A4_LANDSCAPE,
    });
    return {
      mediaType: 'application/pdf',
      fileName: `rejestr-wychodzacych-${stamp}.pdf`,
      content: Buffer.from(pdf),
    };
  });
}
