import type { EDeliveryClient } from '../../integrations/edelivery/edelivery.client.js';
import { readAttachmentContent } from '../../integrations/edelivery/edelivery.client.js';
import { isEDeliveryError } from '../../integrations/edelivery/edelivery.errors.js';
import type {
  FullExtendedMessage,
  MessageAddressData,
} from '../../integrations/edelivery/edelivery.types.js';
import { normaliseEvidenceType } from '../../integrations/edelivery/edelivery.types.js';
import { withTenant } from '../../db/tenant-scope.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import { MAX_INCOMING_MESSAGE_BYTES } from './integrations.constants.js';
import { createIntegrationsRepository, type MailboxRow } from './integrations.repository.js';
import {
  receivedAddresses,
  refuseMessage,
  registerReceivedMessage,
  type IntakeDeps,
  type ReceivedMessage,
} from './intake.usecases.js';

class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function senderContact(from: MessageAddressData | undefined): ReceivedMessage['newSender'] {
  const c = from?.contributor;
  const a = from?.address;
  const addresses = receivedAddresses(
    a && {
      street: a.street,
      building: a.buildingNumber,
      flat: a.houseNumber,
      postalCode: a.postalCode,
      city: a.city,
    },
  );
  const channels = {
    addresses,
    emails: [],
    phones: [],
    ...(from?.eDeliveryAddress ? { edeliveryAddress: from.eDeliveryAddress } : {}),
  };
  if (c?.lastName && !c.companyName)
    return { kind: 'person', givenNames: c.firstName || '-', surname: c.lastName, ...channels };
  return {
    kind: 'institution',
    name: (
      c?.companyName ??
      ([c?.firstName, c?.lastName].filter(Boolean).join(' ') || from?.eDeliveryAddress) ??
      'Nadawca e-Doręczeń'
    ).slice(0, 500),
    ...channels,
  };
}

/** The message id an evidence file names (`<MessageId>` or a `messageId` attribute), if it names one. */
function evidenceMessageId(bytes: Uint8Array): string | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  if (!head.trimStart().startsWith('<')) return null;
  const element = /<(?:[\w-]+:)?MessageId[^>]*>([^<]+)</i.exec(head);
  if (element?.[1]) return element[1].trim();
  const attribute = /\bmessageId="([^"]+)"/i.exec(head);
  return attribute?.[1] ?? null;
}

const safeName = (name: string) => name.replace(/[\\/:*?"<>|]+/g, '_').slice(0, 200);

/** Reads a message in full and turns it into what the RPW registers, or refuses it. */
async function readMessage(
  client: EDeliveryClient,
  id: string,
  mailbox: MailboxRow,
): Promise<ReceivedMessage> {
  const message: FullExtendedMessage = await client.getMessage(id, 'fullExtended');
  const meta = message.messageMetadata;
  const files: ReceivedMessage['files'] = [];
  let total = 0;
  for (const attachment of message.attachments) {
    const metadata = attachment.file?.fileMetadata;
    if (typeof metadata?.size === 'number' && total + metadata.size > MAX_INCOMING_MESSAGE_BYTES)
      throw new Refusal('intake.oversized_message', `attachments exceed ${MAX_INCOMING_MESSAGE_BYTES} bytes`);
    let bytes: Uint8Array;
    try {
      bytes =
        typeof attachment.file?.file === 'string'
          ? readAttachmentContent(attachment)
          : await client.getAttachment(id, attachment.attachmentId ?? '', metadata);
    } catch (error) {
      if (isEDeliveryError(error) && error.code === 'edelivery.hash_mismatch')
        throw new Refusal('intake.hash_mismatch', error.message);
      throw error;
    }
    total += bytes.byteLength;
    if (total > MAX_INCOMING_MESSAGE_BYTES)
      throw new Refusal('intake.oversized_message', `attachments exceed ${MAX_INCOMING_MESSAGE_BYTES} bytes`);
    files.push({
      name: safeName(metadata?.filename ?? `zalacznik-${files.length + 1}`),
      bytes,
      role: 'attachment',
    });
  }
  if (message.textBody?.trim())
    files.push({
      name: 'tresc-wiadomosci.txt',
      bytes: new TextEncoder().encode(message.textBody),
      role: 'body',
    });
  // The evidence files are independent requests: fetched together (each is a round trip).
  const evidenceFiles = await Promise.all(
    message.evidences.map(async (evidence) => ({
      evidence,
      file: await client.getEvidenceFile({ evidenceId: evidence.evidenceId }),
    })),
  );
  for (const { evidence, file } of evidenceFiles) {
    const type = normaliseEvidenceType(evidence.type ?? '') ?? evidence.type ?? 'dowod';
    const named = evidenceMessageId(file.bytes);
    if (evidence.messageId !== id || (named !== null && named !== id))
      throw new Refusal(
        'intake.evidence_mismatch',
        `evidence ${evidence.evidenceId} (${type}) belongs to another message`,
      );
    const extension = file.contentType.includes('pdf') ? 'pdf' : 'xml';
    files.push({
      name: `dowod-${type}-${safeName(evidence.evidenceId)}.${extension}`,
      bytes: file.bytes,
      role: 'evidence',
    });
  }
  const received = meta.receiptDate ?? meta.eventDate ?? meta.submissionDate;
  return {
    externalId: id,
    title: meta.subject ?? 'Pismo z e-Doręczeń',
    senderChannel: meta.from?.eDeliveryAddress ? { edeliveryAddress: meta.from.eDeliveryAddress } : {},
    newSender: senderContact(meta.from),
    receivedAt: received ? toWarsawDate(new Date(received)) : toWarsawDate(new Date()),
    ...(meta.submissionDate ? { letterDate: toWarsawDate(new Date(meta.submissionDate)) } : {}),
    ...(meta.caseId ? { senderReference: meta.caseId } : {}),
    deliveryMethod: 'e_doreczenia',
    remarks: `e-Doręczenia: wiadomość ${id} na adres ${mailbox.address}`,
    files,
  };
}

/**
 * Takes the office's e-Doręczenia inbox the recommended way (COI §3.3.1): ids in MINIMAL mode,
 * each message in FULL EXTENDED mode with its attachments and evidence, registered in the RPW, then
 * deleted from the ADE. A message registered before but not deleted (a crash in between) is only
 * deleted; one refused stays in the mailbox and in the log. Stops at `limit` new messages.
 */
export async function takeEDeliveryInbox({
  deps,
  mailbox,
  client,
  limit,
}: {
  deps: IntakeDeps;
  mailbox: MailboxRow;
  client: EDeliveryClient;
  limit: number;
}): Promise<{ registered: number; rejected: number }> {
  const repository = (tx: Parameters<typeof createIntegrationsRepository>[0]['db']) =>
    createIntegrationsRepository({ db: tx });
  const inTenant = <T>(work: (tx: Parameters<typeof createIntegrationsRepository>[0]['db']) => Promise<T>) =>
    withTenant({ db: deps.db, tenantId: mailbox.tenantId }, work);
  const remove = async (externalId: string) => {
    try {
      await client.deleteMessage(externalId);
    } catch (error) {
      if (!(isEDeliveryError(error) && error.code === 'edelivery.not_found')) throw error;
    }
    await inTenant((tx) =>
      repository(tx).markRemoved({ mailboxId: mailbox.id, externalId, at: deps.clock.now() }),
    );
  };
  // Registered earlier, not yet removed from the ADE.
  const pending = await inTenant((tx) => repository(tx).listNotRemoved({ mailboxId: mailbox.id }));
  for (const row of pending) if (row.outcome === 'registered') await remove(row.externalId);

  let registered = 0;
  let rejected = 0;
  // Refused messages stay in the inbox (in arrival order): the next page starts after those kept.
  let kept = 0;
  const pageSize = Math.min(500, limit);
  while (registered + rejected < limit) {
    const page = await client.listMessages({
      format: 'minimal',
      label: 'INBOX',
      offset: kept,
      limit: pageSize,
    });
    if (page.messages.length === 0) break;
    let removed = 0;
    for (const listed of page.messages) {
      if (registered + rejected >= limit) break;
      const id = listed.messageMetadata?.messageId;
      if (!id) {
        kept += 1;
        continue;
      }
      const known = await inTenant((tx) =>
        repository(tx).findIntake({ mailboxId: mailbox.id, externalId: id }),
      );
      if (known) {
        if (known.outcome === 'registered') {
          await remove(id);
          removed += 1;
        } else kept += 1;
        continue;
      }
      let message: ReceivedMessage;
      try {
        message = await readMessage(client, id, mailbox);
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        await refuseMessage({ deps, mailbox, externalId: id, code: error.code, message: error.message });
        rejected += 1;
        kept += 1;
        continue;
      }
      const outcome = await registerReceivedMessage({ deps, mailbox, message });
      if (outcome.outcome === 'refused') {
        rejected += 1;
        kept += 1;
      } else {
        if (outcome.outcome === 'registered') registered += 1;
        await remove(id);
        removed += 1;
      }
    }
    if (removed === 0 && page.messages.length < pageSize) break;
  }
  return { registered, rejected };
}
