import type { Contact } from '@obieg/contracts/contacts';
import type {
  Dispatch,
  DispatchChannel,
  DispatchItem,
  DispatchItemStatus,
  RegisterRow,
} from '@obieg/contracts/dispatch';
import { addCalendarDays, rollForwardToWorkingDay } from '../../shared/calendar/polish-holidays.js';
import { foldDiacritics } from '../../shared/text/fold.js';
import { postalAddressLines } from '../../shared/text/postal-address.js';
import { EDELIVERY_FICTION_DAYS } from './dispatch.constants.js';
import type { DispatchItemRow, DispatchRow, EvidenceRow } from './dispatch.repository.js';
import type { AddresseeSnapshot } from './dispatch.table.js';

/** The addressee of a letter as the dispatch keeps it (the contact may change later). */
export function addresseeSnapshot(contact: Contact, email?: string): AddresseeSnapshot {
  const address = contact.addresses[0] ?? null;
  const lines = address
    ? [
        ...(address.poBox ? [`skr. poczt. ${address.poBox}`] : []),
        ...postalAddressLines(address),
        ...(address.country && !['PL', 'Polska'].includes(address.country) ? [address.country] : []),
      ]
    : [];
  return {
    contactId: contact.id,
    name: contact.displayName,
    address: address
      ? {
          street: address.street,
          building: address.building,
          flat: address.flat,
          postalCode: address.postalCode,
          city: address.city,
          poBox: address.poBox,
          country: address.country,
        }
      : null,
    addressLines: lines,
    edeliveryAddress: contact.edeliveryAddress,
    epuapBox: contact.epuapBox,
    email: email ?? contact.emails[0] ?? null,
  };
}

/** The channels an addressee can be reached by, from what the contact base knows. */
export function channelsFor(addressee: AddresseeSnapshot, emails: string[]): DispatchChannel[] {
  const channels: DispatchChannel[] = [];
  if (addressee.edeliveryAddress) channels.push('edelivery');
  if (addressee.address) channels.push('post', 'edelivery_hybrid');
  if (addressee.epuapBox) channels.push('epuap');
  if (emails.length > 0) channels.push('email');
  channels.push('in_person');
  return channels;
}

/** Whether the snapshot has what the channel needs. */
export function reachable(addressee: AddresseeSnapshot, channel: DispatchChannel): boolean {
  switch (channel) {
    case 'edelivery':
      return addressee.edeliveryAddress !== null;
    case 'post':
    case 'edelivery_hybrid':
      return addressee.address !== null;
    case 'epuap':
      return addressee.epuapBox !== null;
    case 'email':
      return addressee.email !== null;
    case 'in_person':
      return true;
  }
}

/**
 * The day an e-Doręczenia letter not collected counts as delivered (fikcja doręczenia, DOMAIN.md
 * §6.3 R13): 14 days counted from the day after it was made available (D.1), moved to the next
 * working day when the last day is a Saturday or a public holiday (KC art. 111, 115).
 */
export function edeliveryFictionDate(availableOn: string): string {
  return rollForwardToWorkingDay(addCalendarDays({ date: availableOn, days: EDELIVERY_FICTION_DAYS }));
}

/** Sorting/search form of a name: folded, lower case. */
export const sortableName = (name: string) => foldDiacritics(name).toLowerCase();

const SETTLED: DispatchItemStatus[] = ['delivered', 'undelivered', 'cancelled'];
export const isSettled = (status: DispatchItemStatus) => SETTLED.includes(status);

type EvidenceWithName = { evidence: EvidenceRow; fileName: string | null };

export function toDispatchItemDto(row: DispatchItemRow, evidence: EvidenceWithName[]): DispatchItem {
  const a = row.addressee;
  return {
    id: row.id,
    position: row.position,
    addressee: {
      contactId: a.contactId,
      name: a.name,
      addressLines: a.addressLines,
      edeliveryAddress: a.edeliveryAddress,
      epuapBox: a.epuapBox,
      email: a.email,
    },
    channel: row.channel,
    postal: row.postalKind
      ? {
          kind: row.postalKind,
          returnReceipt: row.returnReceipt,
          priority: row.priority,
          specialRules: (row.specialRules as NonNullable<DispatchItem['postal']>['specialRules']) ?? null,
        }
      : null,
    status: row.status,
    externalStatus: row.externalStatus,
    externalId: row.externalId,
    trackingNumber: row.trackingNumber,
    postedOn: row.postedOn,
    sentAt: row.sentAt?.toISOString() ?? null,
    deliveredOn: row.deliveredOn,
    deliveryKind: row.deliveryKind,
    returnedOn: row.returnedOn,
    returnReason: row.returnReason,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    evidence: evidence
      .filter((e) => e.evidence.itemId === row.id)
      .map(({ evidence: e, fileName }) => ({
        id: e.id,
        kind: e.kind,
        fileId: e.fileId,
        fileName,
        eventAt: e.eventAt?.toISOString() ?? null,
        createdAt: e.createdAt.toISOString(),
      })),
    version: row.version,
  };
}

export function toDispatchDto({
  dispatch,
  items,
  evidence,
  orderedBy,
}: {
  dispatch: DispatchRow;
  items: DispatchItemRow[];
  evidence: EvidenceWithName[];
  orderedBy: Dispatch['orderedBy'];
}): Dispatch {
  return {
    id: dispatch.id,
    number: dispatch.number,
    documentId: dispatch.documentId,
    documentTitle: dispatch.documentTitle,
    caseId: dispatch.caseId,
    caseSign: dispatch.caseSign,
    remarks: dispatch.remarks,
    orderedAt: dispatch.orderedAt.toISOString(),
    orderedBy,
    items: items.map((item) => toDispatchItemDto(item, evidence)),
  };
}

export function toRegisterRow({
  item,
  dispatch,
}: {
  item: DispatchItemRow;
  dispatch: DispatchRow;
}): RegisterRow {
  return {
    dispatchId: dispatch.id,
    itemId: item.id,
    documentId: dispatch.documentId,
    caseId: dispatch.caseId,
    number: dispatch.number,
    position: item.position,
    orderedAt: dispatch.orderedAt.toISOString(),
    postedOn: item.postedOn,
    addresseeName: item.addressee.name,
    addressLines: item.addressee.addressLines,
    caseSign: dispatch.caseSign,
    documentTitle: dispatch.documentTitle,
    channel: item.channel,
    postalKind: item.postalKind,
    priority: item.priority,
    returnReceipt: item.returnReceipt,
    trackingNumber: item.trackingNumber,
    status: item.status,
    externalStatus: item.externalStatus,
    deliveredOn: item.deliveredOn,
    deliveryKind: item.deliveryKind,
    lastError: item.lastError,
    nextAttemptAt: item.nextAttemptAt?.toISOString() ?? null,
    version: item.version,
  };
}
