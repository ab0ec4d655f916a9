import type { EDeliveryClient } from '../../integrations/edelivery/edelivery.client.js';
import { normaliseEvidenceType } from '../../integrations/edelivery/edelivery.types.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import { storeGeneratedFile } from '../files/files.usecases.js';
import { recordIntegrationLog } from '../integrations/mailboxes.usecases.js';
import { settleDelivery } from './dispatch-delivery.usecases.js';
import { auditDispatch } from './dispatch.usecases.js';
import { edeliveryFictionDate } from './dispatch.models.js';
import { createDispatchRepository, type DispatchItemRow } from './dispatch.repository.js';
import { systemContext, type DispatchDeps } from './dispatch-send.usecases.js';

type Mailbox = { id: string; tenantId: string };
type NewEvidence = {
  evidenceId: string;
  type: string;
  eventAt: Date | null;
  bytes: Uint8Array;
  contentType: string;
};

const day = (iso: string | undefined | null) => (iso ? toWarsawDate(new Date(iso)) : null);

/**
 * Brings the office's sent e-Doręczenia letters up to date: every new evidence (A.1, D.1, E.1,
 * BP.WX/WP, BP.OX/OP…) is stored with its file beside the item, and the status settles the
 * delivery date — collected (`Doręczona`: the receipt date), the 14-day fiction (`Uznana za
 * doręczoną`: D.1 + 14 days, moved to a working day), or not delivered.
 */
export async function trackEDeliveryDispatches({
  deps,
  mailbox,
  client,
  limit,
}: {
  deps: DispatchDeps;
  mailbox: Mailbox;
  client: EDeliveryClient;
  limit: number;
}): Promise<number> {
  const rows = await withAuditedTenant({ deps, ctx: systemContext(mailbox.tenantId, 'e-Doręczenia') }, (tx) =>
    createDispatchRepository({ db: tx }).listUnsettled({
      tenantId: mailbox.tenantId,
      mailboxId: mailbox.id,
      limit,
    }),
  );
  let updates = 0;
  for (const { item } of rows) {
    if (!item.externalId || (item.channel !== 'edelivery' && item.channel !== 'edelivery_hybrid')) continue;
    const message = await client.getMessage(item.externalId, 'metadata');
    const evidences = await client.listEvidences(item.externalId);
    const known = await withAuditedTenant(
      { deps, ctx: systemContext(mailbox.tenantId, 'e-Doręczenia') },
      (tx) => createDispatchRepository({ db: tx }).evidenceExternalIds({ itemId: item.id }),
    );
    const fresh: NewEvidence[] = [];
    for (const evidence of evidences) {
      if (known.has(evidence.evidenceId)) continue;
      const file = await client.getEvidenceFile({
        evidenceId: evidence.evidenceId,
        messageType: item.channel === 'edelivery_hybrid' ? 'puh' : 'purde',
      });
      fresh.push({
        evidenceId: evidence.evidenceId,
        type: normaliseEvidenceType(evidence.type ?? '') ?? evidence.type ?? 'dowód',
        eventAt: evidence.eventDate ? new Date(evidence.eventDate) : null,
        bytes: file.bytes,
        contentType: file.contentType,
      });
    }
    const status = message.messageControlData?.status ?? null;
    const receiptDate = message.messageMetadata?.receiptDate;
    if (fresh.length === 0 && status === item.externalStatus) continue;
    updates += 1;
    await withAuditedTenant(
      { deps, ctx: systemContext(mailbox.tenantId, 'e-Doręczenia') },
      async (tx, audit) => {
        const repository = createDispatchRepository({ db: tx });
        const current = await repository.findItem({ tenantId: mailbox.tenantId, id: item.id, lock: true });
        const dispatch = current
          ? await repository.findDispatch({ tenantId: mailbox.tenantId, id: current.dispatchId })
          : null;
        if (!current || !dispatch || current.status !== 'sent') return;
        const now = deps.clock.now();
        for (const evidence of fresh) {
          const extension = evidence.contentType.includes('pdf') ? 'pdf' : 'xml';
          const file = await storeGeneratedFile({
            deps,
            tx,
            audit,
            tenantId: mailbox.tenantId,
            createdBy: null,
            bytes: evidence.bytes,
            name: `${dispatch.number.replace(/[^\w.-]+/g, '_')}-${evidence.type}.${extension}`,
            details: { dispatchItemId: item.id, evidence: evidence.type },
          });
          await repository.insertEvidence({
            id: deps.ids.next(),
            tenantId: mailbox.tenantId,
            itemId: item.id,
            kind: evidence.type,
            externalId: evidence.evidenceId,
            fileId: file.id,
            eventAt: evidence.eventAt,
            createdAt: now,
          });
        }
        const madeAvailable = fresh.find((e) => e.type === 'D.1')?.eventAt;
        const availableOn = current.availableOn ?? (madeAvailable ? toWarsawDate(madeAvailable) : null);
        const patched: DispatchItemRow = await repository.updateItem({
          id: item.id,
          patch: { externalStatus: status, availableOn, updatedAt: now },
        });
        const handedOver = fresh.find((e) => e.type === 'E.1')?.eventAt;
        if (status === 'Doręczona') {
          const deliveredOn = day(receiptDate) ?? (handedOver ? toWarsawDate(handedOver) : toWarsawDate(now));
          await settleDelivery({
            deps,
            tx,
            audit,
            item: patched,
            dispatch,
            deliveredOn,
            kind: 'confirmed',
            externalStatus: status,
          });
        } else if (status === 'Uznana za doręczoną') {
          const deliveredOn = availableOn
            ? edeliveryFictionDate(availableOn)
            : (day(receiptDate) ?? toWarsawDate(now));
          await settleDelivery({
            deps,
            tx,
            audit,
            item: patched,
            dispatch,
            deliveredOn,
            kind: 'fiction',
            externalStatus: status,
          });
        } else if (status === 'Odrzucona') {
          await repository.updateItem({
            id: item.id,
            patch: {
              status: 'failed',
              lastError: `Odrzucona: ${message.messageControlData?.statusDescription ?? ''}`.slice(0, 1000),
              updatedAt: now,
            },
          });
          await auditDispatch({
            audit,
            dispatch,
            action: 'dispatch.send_failed',
            details: {
              itemId: item.id,
              addressee: item.addressee.name,
              channel: item.channel,
              error: status,
            },
          });
        } else if (status === 'Niedoręczona') {
          await repository.updateItem({
            id: item.id,
            patch: {
              status: 'undelivered',
              returnedOn: toWarsawDate(now),
              returnReason: (message.messageControlData?.statusDescription ?? status).slice(0, 500),
              updatedAt: now,
            },
          });
          await auditDispatch({
            audit,
            dispatch,
            action: 'dispatch.returned',
            details: {
              itemId: item.id,
              addressee: item.addressee.name,
              returnedOn: toWarsawDate(now),
              reason: status,
            },
          });
        }
        await recordIntegrationLog({
          tx,
          deps,
          tenantId: mailbox.tenantId,
          entry: {
            integration: 'edelivery',
            level: 'info',
            code: 'send.status',
            message: `${dispatch.number}: ${status ?? 'bez statusu'}${fresh.length ? `, nowe dowody: ${fresh.map((e) => e.type).join(', ')}` : ''}`,
            mailboxId: mailbox.id,
            dispatchItemId: item.id,
            reference: item.externalId,
          },
        });
      },
    );
  }
  return updates;
}

/**
 * A UPD that came back to the office's ePUAP box: the letter it confirms (our document id, or
 * ePUAP's) is delivered on the UPD's date, the UPD kept as its evidence. False when it names no
 * letter of the office.
 */
export async function settleEpuapDeliveryReceipt({
  deps,
  tenantId,
  mailboxId,
  documentIds,
  deliveredAt,
  upd,
}: {
  deps: DispatchDeps;
  tenantId: string;
  mailboxId: string;
  documentIds: string[];
  deliveredAt: string | null;
  upd: Uint8Array;
}): Promise<boolean> {
  return withAuditedTenant({ deps, ctx: systemContext(tenantId, 'ePUAP') }, async (tx, audit) => {
    const repository = createDispatchRepository({ db: tx });
    const item = await repository.findItemByExternalIds({ tenantId, externalIds: documentIds, lock: true });
    if (!item || item.channel !== 'epuap') return false;
    const dispatch = await repository.findDispatch({ tenantId, id: item.dispatchId });
    if (!dispatch) return false;
    if (item.status === 'delivered') return true;
    const file = await storeGeneratedFile({
      deps,
      tx,
      audit,
      tenantId,
      createdBy: null,
      bytes: upd,
      name: `UPD-${dispatch.number.replace(/[^\w.-]+/g, '_')}.xml`,
      details: { dispatchItemId: item.id, evidence: 'UPD' },
      searchable: false,
    });
    const deliveredOn = deliveredAt ? toWarsawDate(new Date(deliveredAt)) : toWarsawDate(deps.clock.now());
    await settleDelivery({
      deps,
      tx,
      audit,
      item,
      dispatch,
      deliveredOn,
      kind: 'confirmed',
      externalStatus: 'doręczone (UPD)',
      evidence: {
        kind: 'UPD',
        fileId: file.id,
        externalId: `UPD:${documentIds[0] ?? item.id}`,
        eventAt: deliveredAt ? new Date(deliveredAt) : null,
      },
    });
    await recordIntegrationLog({
      tx,
      deps,
      tenantId,
      entry: {
        integration: 'epuap',
        level: 'info',
        code: 'send.delivered',
        message: `${dispatch.number}: UPD, doręczono ${deliveredOn}`,
        mailboxId,
        dispatchItemId: item.id,
        reference: item.externalId,
      },
    });
    return true;
  });
}
