import type { ContactListItem } from '@obieg/contracts/contacts';
import type { IncomingAccess, RegisterIncomingInput } from '@obieg/contracts/correspondence';
import type { FieldMessages } from '../../shared/forms/validation';
import type { RegistrationDefaults } from './registration-defaults';

export type DcmiType = RegisterIncomingInput['dcmiType'];

/** A sender not yet in the address book: the minimum of metadata A1–A2. */
export type NewSenderValues = {
  kind: 'person' | 'institution';
  givenNames: string;
  surname: string;
  name: string;
  street: string;
  building: string;
  postalCode: string;
  city: string;
};

export type RegistrationValues = {
  /** What is typed in the sender box; `sender` once a contact is chosen, `newSender` when adding one. */
  senderText: string;
  sender: ContactListItem | null;
  newSender: NewSenderValues | null;
  title: string;
  deliveryMethod: string;
  receivedAt: string;
  letterDate: string;
  postingDate: string;
  senderReference: string;
  documentKind: string;
  organId: string;
  attachmentsCount: string;
  access: IncomingAccess;
  remarks: string;
  paperStore: string;
  paperBox: string;
  noFullScan: boolean;
  noFullScanReason: string;
  notOpened: boolean;
  dcmiType: DcmiType;
};

/** A blank form: today's (or the kept) date of receipt and the clerk's remembered choices. */
export function blankRegistration({
  defaults,
  receivedAt,
}: {
  defaults: RegistrationDefaults;
  receivedAt: string;
}): RegistrationValues {
  return {
    senderText: '',
    sender: null,
    newSender: null,
    title: '',
    deliveryMethod: defaults.deliveryMethod ?? '',
    receivedAt,
    letterDate: '',
    postingDate: '',
    senderReference: '',
    documentKind: defaults.documentKind ?? '',
    organId: defaults.organId ?? '',
    attachmentsCount: '',
    access: 'public',
    remarks: '',
    paperStore: defaults.paperStore ?? '',
    paperBox: defaults.paperBox ?? '',
    noFullScan: false,
    noFullScanReason: '',
    notOpened: false,
    dcmiType: 'Text',
  };
}

const INSTITUTION_WORDS =
  /(^|\s)(sp\.|spółka|s\.a\.|urząd|gmina|gminy|powiat|starostwo|fundacja|stowarzyszenie|spółdzielnia|szkoła|przedszkole|ministerstwo|sąd|prokuratura|policja|komenda|zakład|przedsiębiorstwo|firma|biuro|centrum|instytut|izba|wspólnota|parafia|ośrodek|zarząd|bank|kancelaria)(\s|$)/i;

/** A new sender started from what was typed: "Kowalska Anna" (surname first) or an institution's name. */
export function newSenderFromText(text: string): NewSenderValues {
  const typed = text.trim().replace(/\s+/g, ' ');
  const empty = { givenNames: '', surname: '', name: '', street: '', building: '', postalCode: '', city: '' };
  if (INSTITUTION_WORDS.test(typed)) return { ...empty, kind: 'institution', name: typed };
  const [surname = '', ...given] = typed.split(' ');
  return { ...empty, kind: 'person', surname, givenNames: given.join(' ') };
}

/** `12.03.2026` → `2026-03-12`, `03.2026` → `2026-03`; anything else is left as typed. */
export function normalizePartialDate(text: string): string {
  const value = text.trim();
  const day = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  if (day) return `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
  const month = /^(\d{1,2})[./](\d{4})$/.exec(value);
  if (month) return `${month[2]}-${month[1]!.padStart(2, '0')}`;
  return value;
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function toNewSenderInput(sender: NewSenderValues) {
  const hasAddress = [sender.street, sender.building, sender.postalCode, sender.city].some(
    (value) => value.trim() !== '',
  );
  const addresses = hasAddress
    ? [
        {
          street: optional(sender.street),
          building: optional(sender.building),
          postalCode: optional(sender.postalCode),
          city: sender.city.trim(),
          country: 'PL',
        },
      ]
    : [];
  const channels = { addresses, emails: [], phones: [] };
  return sender.kind === 'person'
    ? {
        kind: 'person' as const,
        givenNames: sender.givenNames.trim(),
        surname: sender.surname.trim(),
        ...channels,
      }
    : { kind: 'institution' as const, name: sender.name.trim(), ...channels };
}

/** Form text → the POST body (checked with `registerIncomingInputSchema` before sending). */
export function toRegisterInput(
  values: RegistrationValues,
  { deliveryMethod, fileIds }: { deliveryMethod: string; fileIds: string[] },
) {
  const sender = values.sender
    ? { contactId: values.sender.id }
    : values.newSender
      ? toNewSenderInput(values.newSender)
      : undefined;
  const count = values.attachmentsCount.trim();
  const store = optional(values.paperStore);
  const box = optional(values.paperBox);
  return {
    sender,
    title: values.title,
    deliveryMethod,
    receivedAt: values.receivedAt,
    letterDate: optional(normalizePartialDate(values.letterDate)),
    postingDate: optional(normalizePartialDate(values.postingDate)),
    senderReference: optional(values.senderReference),
    documentKind: optional(values.documentKind),
    organId: optional(values.organId),
    attachmentsCount: count === '' ? undefined : Number(count),
    access: values.access,
    remarks: optional(values.remarks),
    dcmiType: values.dcmiType,
    paperOriginal: store || box ? { store: store ?? '', box } : undefined,
    fullScan: fileIds.length > 0 && !values.noFullScan,
    noFullScanReason: values.noFullScan ? (optional(values.noFullScanReason) ?? '') : undefined,
    notOpened: values.notOpened,
    fileIds,
  };
}

export const REGISTRATION_FIELD_MESSAGES: FieldMessages = {
  '/sender': 'correspondence.form.sender.required',
  '/sender/contactId': 'correspondence.form.sender.required',
  '/sender/addresses/0/postalCode': 'contacts.form.postal_code.invalid',
  '/letterDate': 'correspondence.form.partial_date.invalid',
  '/postingDate': 'correspondence.form.partial_date.invalid',
  '/attachmentsCount': 'correspondence.form.attachments_count.invalid',
};

/** Every JSON Pointer the form shows next to a field (others are listed in the error alert). */
export const REGISTRATION_FIELD_PATHS = [
  '/sender',
  '/sender/contactId',
  '/sender/givenNames',
  '/sender/surname',
  '/sender/name',
  '/sender/addresses/0/street',
  '/sender/addresses/0/building',
  '/sender/addresses/0/postalCode',
  '/sender/addresses/0/city',
  '/title',
  '/deliveryMethod',
  '/receivedAt',
  '/letterDate',
  '/postingDate',
  '/senderReference',
  '/documentKind',
  '/organId',
  '/attachmentsCount',
  '/access',
  '/remarks',
  '/dcmiType',
  '/paperOriginal/store',
  '/paperOriginal/box',
  '/noFullScanReason',
];

/** A fresh key per blank form: retries of the same form register one item only. */
export function newIdempotencyKey(): string {
  // getRandomValues works on plain-HTTP intranet hosts too, unlike crypto.randomUUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `reg-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
