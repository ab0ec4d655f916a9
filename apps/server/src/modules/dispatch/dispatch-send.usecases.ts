import type { Config } from '../../config/config.js';
import { withTenant } from '../../db/tenant-scope.js';
import { EDeliveryError, isEDeliveryError } from '../../integrations/edelivery/edelivery.errors.js';
import { isEmailError } from '../../integrations/email/email.errors.js';
import { sendEmail } from '../../integrations/email/email.sender.js';
import { isEpuapError } from '../../integrations/epuap/epuap.errors.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import { systemActor, type Context } from '../auth/auth.types.js';
import { readFileBytesInTransaction, storeGeneratedFile } from '../files/files.usecases.js';
import type { FileStore } from '../files/storage/file-store.js';
import { edeliveryClientFor, epuapClientFor, smtpFor } from '../integrations/channel-clients.usecases.js';
import {
  findMailboxInTransaction,
  openMailbox,
  recordIntegrationLog,
  type OpenedMailbox,
} from '../integrations/mailboxes.usecases.js';
import type { Job } from '../jobs/jobs.usecases.js';
import { enqueueJob } from '../jobs/jobs.usecases.js';
import { sealXmlDocument } from '../signatures/system-credentials.usecases.js';
import { getTenantLetterhead } from '../tenants/tenants.usecases.js';
import { DISPATCH_SEND_JOB, SEND_MAX_ATTEMPTS, sendRetryDelayMs } from './dispatch.constants.js';
import { createDispatchRepository, type DispatchItemRow, type DispatchRow } from './dispatch.repository.js';
import { auditDispatch } from './dispatch.usecases.js';
import { buildOfficeLetterForm } from './epuap-letter.js';

export type DispatchDeps = CoreDeps & {
  fileStore: FileStore;
  config: Pick<Config, 'pki' | 'files'>;
};

/** Largest letter the electronic channels take (e-Doręczenia: larger files go by upload links). */
const MAX_LETTER_BYTES = 100 * 1024 * 1024;

type Letter = { bytes: Uint8Array; fileName: string; mediaType: string };
type Office = Awaited<ReturnType<typeof getTenantLetterhead>>;
type Evidence = { kind: string; name: string; bytes: Uint8Array; externalId?: string; eventAt?: Date };
type Outcome = {
  externalId: string | null;
  externalStatus: string | null;
  evidence: Evidence[];
  /** When the channel proves delivery at once (an ePUAP UPD already issued). */
  deliveredOn?: string;
};
type Prepared = {
  item: DispatchItemRow;
  dispatch: DispatchRow;
  mailbox: OpenedMailbox;
  letter: Letter;
  office: Office;
};

export const systemContext = (tenantId: string, displayName: string): Context => ({
  actor: systemActor({ tenantId, displayName }),
  meta: { requestId: null, clientAddress: null },
});

const INTEGRATION_OF = {
  edelivery: 'edelivery',
  edelivery_hybrid: 'edelivery',
  epuap: 'epuap',
  email: 'smtp',
} as const;

/** Whether a failure may pass (a system down, a timeout) or is final (refused, misconfigured). */
function classify(error: unknown): { retryable: boolean; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (isEDeliveryError(error) || isEpuapError(error) || isEmailError(error))
    return { retryable: error.retryable, message: `${error.code}: ${message}` };
  // Anything else (a network error not wrapped, a bug) is retried until the attempts run out.
  return { retryable: true, message };
}

async function persistExternalId(deps: DispatchDeps, item: DispatchItemRow, externalId: string) {
  await withTenant({ db: deps.db, tenantId: item.tenantId }, (tx) =>
    createDispatchRepository({ db: tx }).updateItem({
      id: item.id,
      patch: { externalId, updatedAt: deps.clock.now() },
    }),
  );
}

/**
 * e-Doręczenia: a draft is made and its id committed before it is sent, so a retry after a crash
 * sends that same draft (the service answers `already_sent` when it went out) — never a second letter.
 */
async function sendByEDelivery(deps: DispatchDeps, p: Prepared): Promise<Outcome> {
  const client = edeliveryClientFor(p.mailbox, deps.clock.now);
  try {
    let draftId = p.item.externalId;
    if (!draftId) {
      const hybrid = p.item.channel === 'edelivery_hybrid';
      const a = p.item.addressee.address;
      const draft = await client.createDraft({
        subject: p.dispatch.documentTitle.slice(0, 255),
        textBody: `Pismo ${p.dispatch.documentTitle}${p.dispatch.caseSign ? `, znak sprawy ${p.dispatch.caseSign}` : ''}.`,
        ...(p.dispatch.caseSign ? { caseId: p.dispatch.caseSign } : {}),
        to: [
          hybrid && a
            ? {
                address: {
                  country: a.country === 'PL' ? 'PL' : a.country,
                  street: a.street ?? a.city,
                  postalCode: a.postalCode ?? '',
                  city: a.city,
                  ...(a.building ? { buildingNumber: a.building } : {}),
                  ...(a.flat ? { houseNumber: a.flat } : {}),
                },
                contributor: { companyName: p.item.addressee.name.slice(0, 50) },
              }
            : (p.item.addressee.edeliveryAddress ?? ''),
        ],
        shippingService: hybrid ? 'hybrid' : 'electronic',
        ...(hybrid
          ? {
              hybridShipment: {
                procedingType: 'administrative',
                categoryService: 'economic',
                printingMode: 'duplex',
                overprintMode: 'monochrome',
                returnService: 'returntosender',
                proofOfDelivery: true,
                shippingMode: 'registered',
                ...(p.dispatch.caseSign ? { caseContent: p.dispatch.caseSign.slice(0, 255) } : {}),
              },
            }
          : {}),
        additionalData: { obiegItemId: p.item.id },
        attachments: [
          { filename: p.letter.fileName, contentType: p.letter.mediaType, bytes: p.letter.bytes },
        ],
      });
      draftId = draft.messageId;
      await persistExternalId(deps, p.item, draftId);
    }
    try {
      await client.sendDraft(draftId);
    } catch (error) {
      if (!(isEDeliveryError(error) && error.code === 'edelivery.already_sent')) throw error;
    }
    const message = await client.getMessage(draftId, 'metadata');
    const status = message.messageControlData?.status ?? null;
    // Refused on submission (A.2): the letter never went out; the registry sees why and may retry.
    if (status === 'Odrzucona')
      throw new EDeliveryError({
        code: 'edelivery.rejected',
        message: `Odrzucona: ${message.messageControlData?.statusDescription ?? 'bez podania przyczyny'}`,
      });
    return { externalId: draftId, externalStatus: status, evidence: [] };
  } finally {
    client.close();
  }
}

/** ePUAP `doreczyciel`: the signed letter in a form sealed by the office; our item id makes it idempotent. */
async function sendByEpuap(deps: DispatchDeps, p: Prepared): Promise<Outcome> {
  if (!p.mailbox.tls) throw new Error('The ePUAP mailbox has no certificate.');
  const form = buildOfficeLetterForm({
    title: p.dispatch.documentTitle,
    caseSign: p.dispatch.caseSign,
    date: toWarsawDate(deps.clock.now()),
    office: { name: p.office?.name ?? 'Urząd', address: p.office?.address ?? null },
    addressee: { name: p.item.addressee.name, address: p.item.addressee.address },
    letter: p.letter,
  });
  const sealed = await sealXmlDocument({
    file: { bytes: form, fileName: 'pismo.xml', mediaType: 'application/xml' },
    certificatePem: p.mailbox.tls.certPem,
    privateKeyPkcs8: new Uint8Array(
      Buffer.from(p.mailbox.tls.keyPem.replace(/-----[^-]+-----|\s/g, ''), 'base64'),
    ),
    signingTime: deps.clock.now(),
  });
  if (!p.item.externalId) await persistExternalId(deps, p.item, p.item.id);
  const client = epuapClientFor(p.mailbox, deps.clock.now);
  const result = await client.dorecz({
    adresSkrytki: p.item.addressee.epuapBox ?? '',
    adresOdpowiedzi: p.mailbox.row.address,
    identyfikatorDokumentu: p.item.id,
    ...(p.dispatch.caseSign ? { identyfikatorSprawy: p.dispatch.caseSign } : {}),
    file: {
      fileName: `${p.dispatch.number.replace(/[^\w.-]+/g, '_')}.xml`,
      mediaType: 'application/xml',
      bytes: sealed,
    },
  });
  const evidence: Evidence[] = [
    {
      kind: 'EPUAP',
      name: 'pismo-epuap.xml',
      bytes: sealed,
      externalId: `EPUAP:${result.identyfikatorDokumentu}`,
    },
  ];
  if (result.upd)
    evidence.push({
      kind: 'UPD',
      name: `UPD-${result.identyfikatorDokumentu}.xml`,
      bytes: result.upd,
      externalId: `UPD:${result.identyfikatorDokumentu}`,
    });
  return {
    externalId: result.identyfikatorDokumentu,
    externalStatus: result.status === 'collected' ? 'doręczone' : 'oczekuje na odbiór',
    evidence,
    ...(result.status === 'collected' ? { deliveredOn: toWarsawDate(deps.clock.now()) } : {}),
  };
}

/** E-mail: the stable Message-ID lets the recipient's mail see a repeat after a crash as the same message. */
async function sendByEmail(deps: DispatchDeps, p: Prepared): Promise<Outcome> {
  const { smtp, from } = smtpFor(p.mailbox);
  const sign = p.dispatch.caseSign ? ` (znak sprawy ${p.dispatch.caseSign})` : '';
  const sent = await sendEmail({
    smtp,
    message: {
      from: `${p.office?.name ?? 'Urząd'} <${from}>`,
      to: [p.item.addressee.email ?? ''],
      subject: `${p.dispatch.documentTitle}${sign}`,
      text:
        `Szanowni Państwo,\r\n\r\nw załączeniu przesyłamy pismo „${p.dispatch.documentTitle}”${sign}.\r\n\r\n` +
        `${p.office?.name ?? ''}\r\n${(p.office?.addressLines ?? []).join('\r\n')}\r\n`,
      messageId: `<${p.item.id}@obieg.local>`,
      attachments: [
        { filename: p.letter.fileName, contentType: p.letter.mediaType, content: p.letter.bytes },
      ],
    },
  });
  return {
    externalId: sent.messageId,
    externalStatus: sent.response.slice(0, 200),
    evidence: [
      {
        kind: 'EML',
        name: `${p.dispatch.number.replace(/[^\w.-]+/g, '_')}.eml`,
        bytes: sent.eml,
        externalId: `EML:${sent.messageId}`,
      },
    ],
  };
}

async function prepare(deps: DispatchDeps, tenantId: string, itemId: string): Promise<Prepared | null> {
  return withTenant({ db: deps.db, tenantId }, async (tx) => {
    const repository = createDispatchRepository({ db: tx });
    const item = await repository.findItem({ tenantId, id: itemId });
    if (!item || item.status !== 'waiting' || !item.mailboxId) return null;
    const dispatch = await repository.findDispatch({ tenantId, id: item.dispatchId });
    const row = await findMailboxInTransaction({ tx, tenantId, id: item.mailboxId });
    if (!dispatch || !row) return null;
    const file = await readFileBytesInTransaction({
      deps,
      tx,
      tenantId,
      id: dispatch.fileId,
      maxBytes: MAX_LETTER_BYTES,
    });
    if (!file) return null;
    return {
      item,
      dispatch,
      mailbox: openMailbox(deps, row),
      letter: { bytes: file.bytes, fileName: file.file.name, mediaType: file.file.mediaType },
      office: await getTenantLetterhead({ tx, tenantId }),
    };
  });
}

/**
 * The job that sends one electronic item. A failure that may pass leaves the item `waiting` with
 * its error and the time of the next attempt (backoff), and schedules that attempt; a final one
 * marks it `failed`. Success keeps the channel's proof (the sent e-mail, the sealed ePUAP form,
 * a UPD) and the item's external id; e-Doręczenia evidence comes with the mailbox synchronisation.
 */
export async function sendDispatchItemJob({ deps, job }: { deps: DispatchDeps; job: Job }): Promise<void> {
  const itemId = typeof job.payload.itemId === 'string' ? job.payload.itemId : null;
  if (!itemId) throw new Error('dispatch.send needs payload.itemId');
  const tenantId = job.tenantId;
  const prepared = await prepare(deps, tenantId, itemId);
  if (!prepared) return;
  const integration = INTEGRATION_OF[prepared.item.channel as keyof typeof INTEGRATION_OF];
  let outcome: Outcome;
  try {
    if (!prepared.mailbox.row.enabled) throw new Error('The mailbox is disabled.');
    outcome =
      prepared.item.channel === 'email'
        ? await sendByEmail(deps, prepared)
        : prepared.item.channel === 'epuap'
          ? await sendByEpuap(deps, prepared)
          : await sendByEDelivery(deps, prepared);
  } catch (error) {
    await recordFailure({ deps, prepared, integration, error });
    return;
  }
  await recordSent({ deps, prepared, integration, outcome });
}

async function recordFailure({
  deps,
  prepared,
  integration,
  error,
}: {
  deps: DispatchDeps;
  prepared: Prepared;
  integration: 'edelivery' | 'epuap' | 'smtp';
  error: unknown;
}) {
  const { item, dispatch } = prepared;
  const { retryable, message } = classify(error);
  const ctx = systemContext(item.tenantId, 'wysyłka');
  await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createDispatchRepository({ db: tx });
    const current = await repository.findItem({ tenantId: item.tenantId, id: item.id, lock: true });
    if (!current || current.status !== 'waiting') return;
    const attempts = current.attempts + 1;
    const now = deps.clock.now();
    const giveUp = !retryable || attempts >= SEND_MAX_ATTEMPTS;
    const nextAttemptAt = giveUp ? null : new Date(now.getTime() + sendRetryDelayMs(attempts));
    await repository.updateItem({
      id: item.id,
      patch: {
        attempts,
        lastError: message.slice(0, 1000),
        nextAttemptAt,
        updatedAt: now,
        ...(giveUp ? { status: 'failed' } : {}),
      },
    });
    if (nextAttemptAt)
      await enqueueJob({
        tx,
        deps,
        tenantId: item.tenantId,
        kind: DISPATCH_SEND_JOB,
        payload: { itemId: item.id },
        runAt: nextAttemptAt,
        dedupeKey: `${DISPATCH_SEND_JOB}:${item.id}`,
      });
    await recordIntegrationLog({
      tx,
      deps,
      tenantId: item.tenantId,
      entry: {
        integration,
        level: giveUp ? 'error' : 'warning',
        code: giveUp ? 'send.failed' : 'send.retry',
        message: giveUp
          ? `Wysyłka ${dispatch.number} nie powiodła się: ${message}`
          : `Wysyłka ${dispatch.number} czeka na ponowienie (próba ${attempts}): ${message}`,
        mailboxId: item.mailboxId,
        dispatchItemId: item.id,
        reference: current.externalId,
      },
    });
    if (giveUp)
      await auditDispatch({
        audit,
        dispatch,
        action: 'dispatch.send_failed',
        details: {
          itemId: item.id,
          addressee: item.addressee.name,
          channel: item.channel,
          error: message.slice(0, 300),
        },
      });
  });
}

async function recordSent({
  deps,
  prepared,
  integration,
  outcome,
}: {
  deps: DispatchDeps;
  prepared: Prepared;
  integration: 'edelivery' | 'epuap' | 'smtp';
  outcome: Outcome;
}) {
  const { item, dispatch } = prepared;
  const ctx = systemContext(item.tenantId, 'wysyłka');
  await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createDispatchRepository({ db: tx });
    const current = await repository.findItem({ tenantId: item.tenantId, id: item.id, lock: true });
    if (!current || current.status !== 'waiting') return;
    const now = deps.clock.now();
    for (const evidence of outcome.evidence) {
      const file = await storeGeneratedFile({
        deps,
        tx,
        audit,
        tenantId: item.tenantId,
        createdBy: null,
        bytes: evidence.bytes,
        name: evidence.name,
        details: { dispatchItemId: item.id, evidence: evidence.kind },
        searchable: false,
      });
      await repository.insertEvidence({
        id: deps.ids.next(),
        tenantId: item.tenantId,
        itemId: item.id,
        kind: evidence.kind,
        externalId: evidence.externalId ?? null,
        fileId: file.id,
        eventAt: evidence.eventAt ?? now,
        createdAt: now,
      });
    }
    await repository.updateItem({
      id: item.id,
      patch: {
        status: outcome.deliveredOn ? 'delivered' : 'sent',
        externalId: outcome.externalId ?? current.externalId,
        externalStatus: outcome.externalStatus,
        sentAt: now,
        postedOn: toWarsawDate(now),
        attempts: current.attempts + 1,
        lastError: null,
        nextAttemptAt: null,
        updatedAt: now,
        ...(outcome.deliveredOn
          ? { deliveredOn: outcome.deliveredOn, deliveryKind: 'confirmed' as const }
          : {}),
      },
    });
    await auditDispatch({
      audit,
      dispatch,
      action: 'dispatch.sent',
      details: {
        itemId: item.id,
        addressee: item.addressee.name,
        channel: item.channel,
        externalId: outcome.externalId,
      },
    });
    await recordIntegrationLog({
      tx,
      deps,
      tenantId: item.tenantId,
      entry: {
        integration,
        level: 'info',
        code: 'send.sent',
        message: `Wysłano ${dispatch.number} (${item.channel})`,
        mailboxId: item.mailboxId,
        dispatchItemId: item.id,
        reference: outcome.externalId,
      },
    });
  });
}
