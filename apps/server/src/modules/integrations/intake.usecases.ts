import type { CreateContactInput } from '@obieg/contracts/contacts';
import type { IncomingSenderInput } from '@obieg/contracts/correspondence';
import { isValidNip, isValidPesel, isValidRegon } from '@obieg/contracts/identifiers';
import type { Config } from '../../config/config.js';
import { withTenant } from '../../db/tenant-scope.js';
import type { CoreDeps } from '../../shared/deps.js';
import { isAppError } from '../../shared/errors/app-error.js';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import { systemActor, type Context } from '../auth/auth.types.js';
import { findContactByChannelInTransaction } from '../contacts/contacts.usecases.js';
import { registerIncomingInTransaction } from '../correspondence/incoming.usecases.js';
import { storeReceivedFile } from '../files/files.usecases.js';
import type { FileStore } from '../files/storage/file-store.js';
import { createIntegrationsRepository, type MailboxRow } from './integrations.repository.js';
import { recordIntegrationLog } from './mailboxes.usecases.js';

export type IntakeDeps = CoreDeps & { fileStore: FileStore; config: Pick<Config, 'pki' | 'files'> };

/** A message taken from a mailbox, ready to be registered in the RPW. */
export type ReceivedMessage = {
  externalId: string;
  title: string;
  /** Known address of the sender (to find the contact), and a new contact when there is none. */
  senderChannel: { edeliveryAddress?: string; epuapBox?: string };
  newSender: CreateContactInput;
  receivedAt: string;
  letterDate?: string;
  senderReference?: string;
  deliveryMethod: 'e_doreczenia' | 'epuap';
  remarks?: string;
  /** Attachments, the form, its rendering and the evidence/receipts, in this order. */
  files: { name: string; bytes: Uint8Array; role: string }[];
};

export type IntakeOutcome =
  | { outcome: 'registered'; incomingItemId: string; rpwNumber: string }
  | { outcome: 'already_taken' }
  | { outcome: 'refused'; code: string; message: string };

const integrationOf = (mailbox: MailboxRow) => (mailbox.kind === 'epuap' ? 'epuap' : 'edelivery');

export const intakeContext = (mailbox: MailboxRow): Context => ({
  actor: systemActor({
    tenantId: mailbox.tenantId,
    displayName: mailbox.kind === 'epuap' ? 'ePUAP' : 'e-Doręczenia',
  }),
  meta: { requestId: null, clientAddress: null },
});

/**
 * A sender's address from outside as the contact base takes it: only with a locality, the postal
 * code kept when it is a Polish `NN-NNN` one (what the channels carry is Polish addresses).
 */
export function receivedAddresses(
  a:
    | {
        street?: string | null;
        building?: string | null;
        flat?: string | null;
        postalCode?: string | null;
        city?: string | null;
      }
    | null
    | undefined,
) {
  if (!a?.city) return [];
  return [
    {
      city: a.city,
      ...(a.street ? { street: a.street } : {}),
      ...(a.building ? { building: a.building } : {}),
      ...(a.flat ? { flat: a.flat } : {}),
      ...(a.postalCode && /^\d{2}-\d{3}$/.test(a.postalCode) ? { postalCode: a.postalCode } : {}),
      country: 'PL',
    },
  ];
}

/** Identifiers from outside are kept only when valid: a wrong PESEL must not stop a registration. */
export function cleanContactInput(input: CreateContactInput): CreateContactInput {
  if (input.kind === 'person') {
    const { pesel, ...rest } = input;
    return pesel && isValidPesel(pesel) ? input : rest;
  }
  const { nip, regon, ...rest } = input;
  return {
    ...rest,
    ...(nip && isValidNip(nip) ? { nip } : {}),
    ...(regon && isValidRegon(regon) ? { regon } : {}),
  };
}

/**
 * Registers a received message in the RPW in one transaction: the claim that it was taken (a
 * message is registered once, whatever happens later), its files (checked like uploads), the
 * sender (a known contact or a new one) and the item with its automatic distribution. Anything
 * refused rolls all of it back and leaves a refusal and an error in the integration log instead.
 */
export async function registerReceivedMessage({
  deps,
  mailbox,
  message,
}: {
  deps: IntakeDeps;
  mailbox: MailboxRow;
  message: ReceivedMessage;
}): Promise<IntakeOutcome> {
  const ctx = intakeContext(mailbox);
  const tenantId = mailbox.tenantId;
  try {
    return await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
      const repository = createIntegrationsRepository({ db: tx });
      const claimed = await repository.insertIntake({
        tenantId,
        mailboxId: mailbox.id,
        externalId: message.externalId,
        incomingItemId: null,
        outcome: 'registered',
        takenAt: deps.clock.now(),
        removedAt: null,
      });
      if (!claimed) return { outcome: 'already_taken' } as const;
      const fileIds: string[] = [];
      for (const file of message.files) {
        const stored = await storeReceivedFile({
          deps,
          tx,
          audit,
          tenantId,
          bytes: file.bytes,
          name: file.name,
          details: { mailboxId: mailbox.id, externalId: message.externalId, role: file.role },
          // Evidence and receipts are proofs, not content to search.
          searchable: file.role !== 'evidence' && file.role !== 'receipt',
        });
        fileIds.push(stored.id);
      }
      const known = await findContactByChannelInTransaction({ tx, tenantId, ...message.senderChannel });
      const sender: IncomingSenderInput = known
        ? { contactId: known.id }
        : cleanContactInput(message.newSender);
      const { item } = await registerIncomingInTransaction({
        deps,
        ctx,
        tx,
        audit,
        input: {
          title: message.title.slice(0, 1000) || 'Pismo bez tytułu',
          deliveryMethod: message.deliveryMethod,
          receivedAt: message.receivedAt,
          ...(message.letterDate ? { letterDate: message.letterDate } : {}),
          ...(message.senderReference ? { senderReference: message.senderReference.slice(0, 200) } : {}),
          ...(message.remarks ? { remarks: message.remarks.slice(0, 4000) } : {}),
          access: 'public',
          dcmiType: 'Text',
          fullScan: false,
          notOpened: false,
          sender,
          fileIds,
          attachmentsCount: message.files.filter((f) => f.role === 'attachment').length,
        },
      });
      await repository.setIntakeItem({
        mailboxId: mailbox.id,
        externalId: message.externalId,
        incomingItemId: item.id,
      });
      await audit({
        action: 'integrations.message_registered',
        subjectType: 'incoming_item',
        subjectId: item.id,
        details: { mailboxId: mailbox.id, externalId: message.externalId, rpwNumber: item.rpwNumber },
      });
      await recordIntegrationLog({
        tx,
        deps,
        tenantId,
        entry: {
          integration: integrationOf(mailbox),
          level: 'info',
          code: 'intake.registered',
          message: `Zarejestrowano ${item.rpwNumber} (${message.files.length} plików)`,
          mailboxId: mailbox.id,
          reference: message.externalId,
          incomingItemId: item.id,
        },
      });
      return { outcome: 'registered', incomingItemId: item.id, rpwNumber: item.rpwNumber } as const;
    });
  } catch (error) {
    const code = isAppError(error) ? error.code : 'intake.failed';
    const text = error instanceof Error ? error.message : String(error);
    if (!isAppError(error)) throw error;
    await refuseMessage({ deps, mailbox, externalId: message.externalId, code, message: text });
    return { outcome: 'refused', code, message: text };
  }
}

/** Records that a message was refused (never registered, kept out of later runs) and why. */
export async function refuseMessage({
  deps,
  mailbox,
  externalId,
  code,
  message,
}: {
  deps: Pick<CoreDeps, 'db' | 'ids' | 'clock'>;
  mailbox: MailboxRow;
  externalId: string;
  code: string;
  message: string;
}) {
  await withTenant({ db: deps.db, tenantId: mailbox.tenantId }, async (tx) => {
    await createIntegrationsRepository({ db: tx }).insertIntake({
      tenantId: mailbox.tenantId,
      mailboxId: mailbox.id,
      externalId,
      incomingItemId: null,
      outcome: 'refused',
      takenAt: deps.clock.now(),
      removedAt: null,
    });
    await recordIntegrationLog({
      tx,
      deps,
      tenantId: mailbox.tenantId,
      entry: {
        integration: integrationOf(mailbox),
        level: 'error',
        code: code.startsWith('intake.') ? code : `intake.${code.replace(/^[a-z]+\./, '')}`,
        message: `Wiadomość ${externalId} nie została zarejestrowana: ${message}`,
        mailboxId: mailbox.id,
        reference: externalId,
      },
    });
  });
}
