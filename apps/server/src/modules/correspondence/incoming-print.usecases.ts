import type { IncomingFilters } from '@obieg/contracts/correspondence';
import { toWarsawDateTime } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import type { Context } from '../auth/auth.types.js';
import { toExportRow, toCsv, toXlsx } from './incoming.export.js';
import { renderLabelPdf, renderReceiptPdf, renderRegisterPdf } from './incoming.pdf.js';
import { getIncomingItemForPrint, listIncomingForReport } from './incoming-queries.usecases.js';

type Scope = { deps: CoreDeps; ctx: Context };

const inWarsaw = toWarsawDateTime;

export async function exportIncoming({
  deps,
  ctx,
  filters,
  format,
}: Scope & { filters: IncomingFilters; format: 'csv' | 'xlsx' }) {
  const { rows } = await listIncomingForReport({ deps, ctx, filters });
  const data = rows.map(toExportRow);
  const stamp = inWarsaw(deps.clock.now()).slice(0, 10);
  return format === 'csv'
    ? { mediaType: 'text/csv; charset=utf-8', fileName: `rpw-${stamp}.csv`, content: toCsv(data) }
    : {
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName: `rpw-${stamp}.xlsx`,
        content: await toXlsx(data),
      };
}

export async function printIncomingLabel({ deps, ctx, id }: Scope & { id: string }) {
  const printed = await getIncomingItemForPrint({ deps, ctx, id });
  return Buffer.from(await renderLabelPdf({ ...printed, printedAt: inWarsaw(deps.clock.now()) }));
}

export async function printIncomingReceipt({ deps, ctx, id }: Scope & { id: string }) {
  const printed = await getIncomingItemForPrint({ deps, ctx, id });
  const registeredAt = inWarsaw(new Date(printed.item.registeredAt));
  return Buffer.from(await renderReceiptPdf({ ...printed, printedAt: registeredAt }));
}

export async function printIncomingRegister({ deps, ctx, filters }: Scope & { filters: IncomingFilters }) {
  const { officeName, rows } = await listIncomingForReport({ deps, ctx, filters });
  const table = rows.map((row) => {
    const [rpw, , received, , senders, title, , , delivery, , , , status] = toExportRow(row);
    return [rpw, received, senders, title, delivery, status].map((v) => v ?? '');
  });
  return Buffer.from(
    await renderRegisterPdf({ officeName, rows: table, printedAt: inWarsaw(deps.clock.now()) }),
  );
}
