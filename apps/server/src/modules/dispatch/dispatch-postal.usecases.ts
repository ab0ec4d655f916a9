import { buildElektronicznyNadawcaExport } from '../../integrations/postal/en-export.js';
import { renderPostalBook } from '../../integrations/postal/postal-book.pdf.js';
import { renderAddressLabels, renderEnvelopes } from '../../integrations/postal/postal.pdf.js';
import { isPostalError } from '../../integrations/postal/postal.errors.js';
import type { PostalShipment, Sender } from '../../integrations/postal/postal.types.js';
import type { Database } from '../../db/database.types.js';
import { toWarsawDateTime } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { getTenantLetterhead } from '../tenants/tenants.usecases.js';
import { createDispatchItemNotFoundError, createInvalidTransitionError } from './dispatch.errors.js';
import { createDispatchRepository, type DispatchItemRow, type DispatchRow } from './dispatch.repository.js';

type Scope = { deps: CoreDeps; ctx: Context };

async function officeSender(tx: Database, tenantId: string): Promise<Sender> {
  const letterhead = await getTenantLetterhead({ tx, tenantId });
  const address = letterhead?.address;
  const name = letterhead?.name ?? 'Urząd';
  return {
    name,
    address: {
      name,
      street: address?.street ?? null,
      building: address?.building ?? null,
      flat: address?.flat ?? null,
      postalCode: address?.postalCode ?? null,
      city: address?.city ?? '',
      country: 'Polska',
    },
  };
}

/** A paper item as the postal outputs take it. */
export function toShipment({
  item,
  dispatch,
}: {
  item: DispatchItemRow;
  dispatch: DispatchRow;
}): PostalShipment {
  const a = item.addressee.address;
  return {
    id: item.id,
    registerNumber: item.position > 1 ? `${dispatch.number} (${item.position})` : dispatch.number,
    caseSign: dispatch.caseSign,
    addressee: {
      name: item.addressee.name,
      street: a?.street ?? null,
      building: a?.building ?? null,
      flat: a?.flat ?? null,
      postalCode: a?.postalCode ?? null,
      city: a?.city ?? '',
      poBox: a?.poBox ?? null,
      country: a?.country ?? 'PL',
    },
    kind: item.postalKind ?? 'ordinary',
    priority: item.priority,
    returnReceipt: item.returnReceipt,
    specialRules: (item.specialRules as PostalShipment['specialRules']) ?? null,
    trackingNumber: item.trackingNumber,
  };
}

/** Postal outputs refuse what the post would refuse: a clear 409, never a 500. */
async function postal<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isPostalError(error)) throw createInvalidTransitionError({ detail: error.message, cause: error });
    throw error;
  }
}

/** Envelopes or labels for chosen paper items (the registry prints before posting). */
export async function printEnvelopes({
  deps,
  ctx,
  itemIds,
  format,
}: Scope & { itemIds: string[]; format: 'DL' | 'C5' | 'C4' | 'labels' }): Promise<Buffer> {
  return inTenant({ deps, ctx }, async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const rows = await createDispatchRepository({ db: tx }).findItemsByIds({
      tenantId,
      ids: [...new Set(itemIds)],
    });
    if (rows.length !== new Set(itemIds).size) throw createDispatchItemNotFoundError();
    if (rows.some((r) => !['post', 'in_person'].includes(r.item.channel) || !r.item.addressee.address))
      throw createInvalidTransitionError({
        detail: 'Envelopes are printed for paper letters with a postal address.',
      });
    const sender = await officeSender(tx, tenantId);
    const shipments = rows.map(toShipment);
    const pdf = await postal(() =>
      format === 'labels'
        ? renderAddressLabels({ shipments, sender, layout: 'A4-3x8' })
        : renderEnvelopes({ shipments, sender, format }),
    );
    return Buffer.from(pdf);
  });
}

/** The pocztowa książka nadawcza of a day (registered letters posted that day). */
export async function printPostalBook({ deps, ctx, date }: Scope & { date: string }): Promise<Buffer> {
  return inTenant({ deps, ctx }, async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const rows = await createDispatchRepository({ db: tx }).listPostedOn({
      tenantId,
      date,
      registeredOnly: false,
    });
    const pdf = await postal(async () =>
      renderPostalBook({
        sender: await officeSender(tx, tenantId),
        date,
        shipments: rows.map(toShipment),
        printedAt: toWarsawDateTime(deps.clock.now()),
        includeOrdinary: true,
      }),
    );
    return Buffer.from(pdf);
  });
}

/** The letters posted on a day as an Elektroniczny Nadawca `addShipment` request. */
export async function exportForElektronicznyNadawca({
  deps,
  ctx,
  date,
}: Scope & { date: string }): Promise<string> {
  return inTenant({ deps, ctx }, async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const rows = await createDispatchRepository({ db: tx }).listPostedOn({
      tenantId,
      date,
      registeredOnly: false,
    });
    const sender = await officeSender(tx, tenantId);
    return postal(async () =>
      buildElektronicznyNadawcaExport({ sender, shipments: rows.map(toShipment), date }),
    );
  });
}
