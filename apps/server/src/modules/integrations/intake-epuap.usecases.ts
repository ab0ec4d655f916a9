import { withTenant } from '../../db/tenant-scope.js';
import type { EpuapClient } from '../../integrations/epuap/epuap.client.js';
import { isEpuapError } from '../../integrations/epuap/epuap.errors.js';
import type { EpuapPulledDocument } from '../../integrations/epuap/epuap.types.js';
import { parseUpoReceipt, type ParsedUpoReceipt } from '../../integrations/epuap/upp.js';
import { renderWnioDokumentText } from '../../integrations/epuap/wnio-dokument.render.js';
import {
  parseWnioDokument,
  type ParsedWnioDokument,
  type WnioParty,
} from '../../integrations/epuap/wnio-dokument.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import { renderPlainTextPdf } from '../../shared/pdf/pdf-plain-text.js';
import { settleEpuapDeliveryReceipt } from '../dispatch/dispatch-tracking.usecases.js';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import { storeGeneratedFile } from '../files/files.usecases.js';
import { createIntegrationsRepository, type MailboxRow } from './integrations.repository.js';
import {
  intakeContext,
  receivedAddresses,
  refuseMessage,
  registerReceivedMessage,
  type IntakeDeps,
  type ReceivedMessage,
} from './intake.usecases.js';
import { recordIntegrationLog } from './mailboxes.usecases.js';

const safeName = (name: string) => name.replace(/[\\/:*?"<>|]+/g, '_').slice(0, 200) || 'dokument.xml';

async function quietly<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (isEpuapError(error)) return null;
    throw error;
  }
}

function contactOf(
  party: WnioParty | undefined,
  document: EpuapPulledDocument,
): ReceivedMessage['newSender'] {
  const a = party?.address;
  const addresses = receivedAddresses(a);
  const channels = {
    addresses,
    emails: party?.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(party.email) ? [party.email] : [],
    phones: [],
    ...(document.adresOdpowiedzi && /^\/[^/\s]+\/[^/\s]+$/.test(document.adresOdpowiedzi)
      ? { epuapBox: document.adresOdpowiedzi }
      : {}),
  };
  const p = document.sender.danePodmiotu;
  if (party?.kind === 'institution' || (!party && p.typOsoby !== 'F' && p.nazwiskoNazwa && !p.imieSkrot))
    return {
      kind: 'institution',
      name: (party?.name ?? p.nazwiskoNazwa ?? 'Nadawca ePUAP').slice(0, 500),
      ...(p.nip ? { nip: p.nip } : {}),
      ...(p.regon ? { regon: p.regon } : {}),
      ...channels,
    };
  return {
    kind: 'person',
    givenNames: party?.givenNames ?? p.imieSkrot ?? '-',
    surname: party?.surname ?? p.nazwiskoNazwa ?? 'Nadawca ePUAP',
    ...((party?.pesel ?? p.pesel) ? { pesel: (party?.pesel ?? p.pesel) as string } : {}),
    ...channels,
  };
}

/** What the RPW registers from a pulled document: the form, its rendering, attachments, the UPP. */
async function toReceivedMessage(
  document: EpuapPulledDocument,
  form: ParsedWnioDokument | null,
  upp: ParsedUpoReceipt | null,
  externalId: string,
): Promise<ReceivedMessage> {
  const files: ReceivedMessage['files'] = [
    { name: safeName(document.document.fileName), bytes: document.document.bytes, role: 'form' },
  ];
  if (form) {
    files.push({
      name: 'wizualizacja-formularza.pdf',
      bytes: await renderPlainTextPdf({ title: form.title, text: renderWnioDokumentText(form) }),
      role: 'rendering',
    });
    for (const attachment of form.attachments)
      if (attachment.bytes)
        files.push({ name: safeName(attachment.fileName), bytes: attachment.bytes, role: 'attachment' });
  }
  if (document.upp)
    files.push({
      name: `UPP-${safeName(upp?.identyfikatorPoswiadczenia ?? externalId)}.xml`,
      bytes: document.upp,
      role: 'receipt',
    });
  const received = upp?.dataDoreczenia ?? document.dataNadania;
  return {
    externalId,
    title: form?.title ?? document.document.fileName,
    senderChannel: document.adresOdpowiedzi ? { epuapBox: document.adresOdpowiedzi } : {},
    newSender: contactOf(form?.senders[0], document),
    receivedAt: received ? toWarsawDate(new Date(received)) : toWarsawDate(new Date()),
    ...(form?.documentDate && /^\d{4}-\d{2}-\d{2}$/.test(form.documentDate)
      ? { letterDate: form.documentDate }
      : {}),
    deliveryMethod: 'epuap',
    remarks: `ePUAP: dokument z ${document.adresOdpowiedzi ?? 'nieznanej skrytki'} do ${document.adresSkrytki ?? ''}${upp?.identyfikatorPoswiadczenia ? `, UPP ${upp.identyfikatorPoswiadczenia}` : ''}`,
    files,
  };
}

/** Keeps a refused document's bytes (it leaves ePUAP's queue once acknowledged), named in the log. */
async function keepRefused(
  deps: IntakeDeps,
  mailbox: MailboxRow,
  document: EpuapPulledDocument,
  externalId: string,
) {
  await withAuditedTenant({ deps, ctx: intakeContext(mailbox) }, async (tx, audit) => {
    const file = await storeGeneratedFile({
      deps,
      tx,
      audit,
      tenantId: mailbox.tenantId,
      createdBy: null,
      bytes: document.document.bytes,
      name: `odrzucony-${safeName(document.document.fileName)}`,
      details: { mailboxId: mailbox.id, externalId, refused: true },
    });
    await recordIntegrationLog({
      tx,
      deps,
      tenantId: mailbox.tenantId,
      entry: {
        integration: 'epuap',
        level: 'warning',
        code: 'intake.kept_refused',
        message: `Odrzucony dokument ${externalId} zachowano jako plik ${file.id}`,
        mailboxId: mailbox.id,
        reference: externalId,
        details: { fileId: file.id },
      },
    });
  });
}

/**
 * Takes the office's ESP box through the `pull` service: every waiting document is either a UPD
 * for a letter the office sent (its delivery is settled) or a letter to the office, registered in
 * the RPW with its form, a readable rendering, the attachments and the UPP; then acknowledged
 * (`potwierdzOdebranie`) so ePUAP drops it. A refused document is kept as a file and logged
 * before it is acknowledged: nothing is lost.
 */
export async function takeEpuapBox({
  deps,
  mailbox,
  client,
  limit,
}: {
  deps: IntakeDeps;
  mailbox: MailboxRow;
  client: EpuapClient;
  limit: number;
}): Promise<{ registered: number; rejected: number; statusUpdates: number }> {
  let registered = 0;
  let rejected = 0;
  let statusUpdates = 0;
  for (let taken = 0; taken < limit; taken += 1) {
    const document = await client.pobierzNastepny();
    if (!document) break;
    const bytes = document.document.bytes;
    const upd = await quietly(() => parseUpoReceipt(bytes));
    if (upd?.kind === 'UPD') {
      const settled = await settleEpuapDeliveryReceipt({
        deps,
        tenantId: mailbox.tenantId,
        mailboxId: mailbox.id,
        documentIds: [upd.identyfikatorDokumentu ?? ''].filter(Boolean),
        deliveredAt: upd.dataDoreczenia,
        upd: bytes,
      });
      if (settled) {
        statusUpdates += 1;
        await client.potwierdzOdebranie(document);
        continue;
      }
    }
    const upp = document.upp ? await quietly(() => parseUpoReceipt(document.upp as Uint8Array)) : null;
    const externalId = upp?.identyfikatorDokumentu ?? `sha1:${document.skrot}`;
    const known = await withTenant({ db: deps.db, tenantId: mailbox.tenantId }, (tx) =>
      createIntegrationsRepository({ db: tx }).findIntake({ mailboxId: mailbox.id, externalId }),
    );
    if (known) {
      await client.potwierdzOdebranie(document);
      continue;
    }
    let form: ParsedWnioDokument | null = null;
    try {
      form = await parseWnioDokument(bytes);
    } catch (error) {
      if (!isEpuapError(error)) throw error;
      // Not a form (another XML or a file): registered as it is — unless it is unsafe XML.
      if (error.code !== 'epuap.not_a_form') {
        await keepRefused(deps, mailbox, document, externalId);
        await refuseMessage({
          deps,
          mailbox,
          externalId,
          code: `intake.${error.code.replace(/^epuap\./, '')}`,
          message: error.message,
        });
        await client.potwierdzOdebranie(document);
        rejected += 1;
        continue;
      }
    }
    const outcome = await registerReceivedMessage({
      deps,
      mailbox,
      message: await toReceivedMessage(document, form, upp, externalId),
    });
    if (outcome.outcome === 'refused') {
      await keepRefused(deps, mailbox, document, externalId);
      rejected += 1;
    } else if (outcome.outcome === 'registered') registered += 1;
    await client.potwierdzOdebranie(document);
  }
  return { registered, rejected, statusUpdates };
}
