import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from './common.contracts.js';
import { actorRefSchema } from './distribution.contracts.js';

// Outgoing letters (DOMAIN.md §2.8, §6, §8): the officer orders the dispatch of a signed (or, for
// paper, accepted) document per addressee and channel; the registry posts paper mail and keeps the
// outgoing register (rejestr przesyłek wychodzących) and the postal book (książka nadawcza);
// electronic channels go through the job queue; delivery dates come back from return receipts
// (ZPO), e-Doręczenia evidence, ePUAP UPD or by hand.

/**
 * `post` paper mail through Poczta Polska; `edelivery` e-Doręczenia (RDE); `edelivery_hybrid`
 * e-Doręczenia's hybrid service PUH (printed and posted by the operator); `epuap` public-to-public
 * via the ESP `doreczyciel`; `email`; `in_person` handed over at the office.
 */
export const DISPATCH_CHANNELS = [
  'post',
  'edelivery',
  'edelivery_hybrid',
  'epuap',
  'email',
  'in_person',
] as const;
export const dispatchChannelSchema = z.enum(DISPATCH_CHANNELS);
export type DispatchChannel = z.infer<typeof dispatchChannelSchema>;

/** Channels sent by the system through the job queue (the others wait for the registry). */
export const ELECTRONIC_CHANNELS: readonly DispatchChannel[] = [
  'edelivery',
  'edelivery_hybrid',
  'epuap',
  'email',
];

export const POSTAL_KINDS = ['ordinary', 'registered'] as const;
export const postalKindSchema = z.enum(POSTAL_KINDS);
/** Special delivery rules of a registered letter with a return receipt (EN `zasadySpecjalne`). */
export const POSTAL_SPECIAL_RULES = [
  'ADMINISTRACYJNA',
  'PODATKOWA',
  'SADOWA_CYWILNA',
  'SADOWA_KARNA',
] as const;

export const postalOptionsSchema = z.strictObject({
  kind: postalKindSchema,
  /** Registered with a paper return receipt (ZPO). */
  returnReceipt: z.boolean().default(false),
  /** Priority category (else economy). */
  priority: z.boolean().default(false),
  /** For a return receipt; default ADMINISTRACYJNA (KPA letters). */
  specialRules: z.enum(POSTAL_SPECIAL_RULES).optional(),
});
export type PostalOptions = z.infer<typeof postalOptionsSchema>;

/**
 * `queued` waits for the registry (paper, in person); `waiting` is in the job queue (also while
 * retrying after a failure); `sent` posted or accepted by the channel; `delivered` with a delivery
 * date; `undelivered` returned or not delivered; `failed` refused for good (see `lastError`);
 * `cancelled` withdrawn before sending.
 */
export const DISPATCH_ITEM_STATUSES = [
  'queued',
  'waiting',
  'sent',
  'delivered',
  'undelivered',
  'failed',
  'cancelled',
] as const;
export const dispatchItemStatusSchema = z.enum(DISPATCH_ITEM_STATUSES);
export type DispatchItemStatus = z.infer<typeof dispatchItemStatusSchema>;

export const createDispatchSchema = z.strictObject({
  documentId: z.uuid(),
  addressees: z
    .array(
      z.strictObject({
        contactId: z.uuid(),
        channel: dispatchChannelSchema,
        /** Required for `post`. */
        postal: postalOptionsSchema.optional(),
        /** Which of the contact's e-mail addresses (default: the first). */
        email: z.email().max(254).optional(),
      }),
    )
    .min(1)
    .max(100),
  remarks: z.string().trim().max(2000).optional(),
});
export type CreateDispatchInput = z.infer<typeof createDispatchSchema>;

export const dispatchAddresseeSchema = z.object({
  contactId: z.uuid(),
  name: z.string(),
  /** Postal address lines as printed on the envelope. */
  addressLines: z.array(z.string()),
  edeliveryAddress: z.string().nullable(),
  epuapBox: z.string().nullable(),
  email: z.string().nullable(),
});

/** Evidence kinds: e-Doręczenia codes (A.1, D.1, E.1, BP.WX…), ePUAP receipts, ZPO scan, the sent e-mail. */
export const dispatchEvidenceSchema = z.object({
  id: z.uuid(),
  kind: z.string().describe('`A.1`, `D.1`, `E.1`, `BP.WX`, `UPP`, `UPD`, `ZPO`, `EML`, `PDF`…'),
  fileId: z.uuid().nullable(),
  fileName: z.string().nullable(),
  eventAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type DispatchEvidence = z.infer<typeof dispatchEvidenceSchema>;

export const dispatchItemSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  addressee: dispatchAddresseeSchema,
  channel: dispatchChannelSchema,
  postal: postalOptionsSchema.extend({ specialRules: z.enum(POSTAL_SPECIAL_RULES).nullable() }).nullable(),
  status: dispatchItemStatusSchema,
  /** The channel's own status (e.g. e-Doręczenia `Czeka na doręczenie`). */
  externalStatus: z.string().nullable(),
  externalId: z.string().nullable(),
  /** Numer nadania of a registered letter. */
  trackingNumber: z.string().nullable(),
  /** The date handed to the post or the addressee (register column). */
  postedOn: isoDateSchema.nullable(),
  sentAt: isoDateTimeSchema.nullable(),
  deliveredOn: isoDateSchema.nullable(),
  /** `confirmed` by a receipt or by hand; `fiction` the 14-day delivery fiction of e-Doręczenia. */
  deliveryKind: z.enum(['confirmed', 'fiction']).nullable(),
  returnedOn: isoDateSchema.nullable(),
  returnReason: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: isoDateTimeSchema.nullable(),
  evidence: z.array(dispatchEvidenceSchema),
  version: z.number().int(),
});
export type DispatchItem = z.infer<typeof dispatchItemSchema>;

export const dispatchSchema = z.object({
  id: z.uuid(),
  /** Outgoing register number, e.g. `W/12/2026`. */
  number: z.string(),
  documentId: z.uuid(),
  documentTitle: z.string(),
  caseId: z.uuid().nullable(),
  caseSign: z.string().nullable(),
  remarks: z.string().nullable(),
  orderedAt: isoDateTimeSchema,
  orderedBy: actorRefSchema,
  items: z.array(dispatchItemSchema),
});
export type Dispatch = z.infer<typeof dispatchSchema>;

/** One row of the outgoing register: one addressee of one dispatch. */
export const registerRowSchema = z.object({
  dispatchId: z.uuid(),
  itemId: z.uuid(),
  documentId: z.uuid(),
  caseId: z.uuid().nullable(),
  number: z.string(),
  position: z.number().int(),
  orderedAt: isoDateTimeSchema,
  postedOn: isoDateSchema.nullable(),
  addresseeName: z.string(),
  addressLines: z.array(z.string()),
  caseSign: z.string().nullable(),
  documentTitle: z.string(),
  channel: dispatchChannelSchema,
  postalKind: postalKindSchema.nullable(),
  priority: z.boolean(),
  returnReceipt: z.boolean(),
  trackingNumber: z.string().nullable(),
  status: dispatchItemStatusSchema,
  externalStatus: z.string().nullable(),
  deliveredOn: isoDateSchema.nullable(),
  deliveryKind: z.enum(['confirmed', 'fiction']).nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: isoDateTimeSchema.nullable(),
  version: z.number().int(),
});
export type RegisterRow = z.infer<typeof registerRowSchema>;

export const REGISTER_SORTS = ['number', 'postedOn', 'addressee', 'caseSign', 'channel', 'status'] as const;
export const REGISTER_FIELDS = [
  'number',
  'postedOn',
  'addressee',
  'address',
  'caseSign',
  'document',
  'channel',
  'trackingNumber',
  'status',
  'deliveredOn',
] as const;
export const registerFieldSchema = z.enum(REGISTER_FIELDS);

export const registerQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  from: isoDateSchema.optional().describe('Ordered or posted on or after this date.'),
  to: isoDateSchema.optional(),
  channel: dispatchChannelSchema.optional(),
  status: dispatchItemStatusSchema.optional(),
  caseId: z.uuid().optional(),
  documentId: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(REGISTER_SORTS).default('number'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type RegisterQuery = z.infer<typeof registerQuerySchema>;

export const registerPageSchema = z.object({ items: z.array(registerRowSchema), total: z.number().int() });

export const registerExportQuerySchema = registerQuerySchema.omit({ limit: true, offset: true }).extend({
  format: z.enum(['csv', 'xlsx', 'pdf']).default('csv'),
  /** Comma-separated register fields to include (default: all). */
  fields: z.string().max(300).optional(),
});

/** Items handed to the post (or the addressee) on a day, with the numbers scanned from their labels. */
export const markPostedSchema = z.strictObject({
  postedOn: isoDateSchema,
  items: z
    .array(
      z.strictObject({
        itemId: z.uuid(),
        trackingNumber: z.string().trim().max(40).optional(),
        version: z.number().int().optional(),
      }),
    )
    .min(1)
    .max(500),
});
export type MarkPostedInput = z.infer<typeof markPostedSchema>;

export const recordDeliverySchema = z.strictObject({
  /** Which addressee; may be left out when the dispatch has one. */
  itemId: z.uuid().optional(),
  deliveredAt: isoDateSchema,
  /** A scan of the return card or another proof, uploaded first. */
  evidenceFileId: z.uuid().optional(),
});
export type RecordDeliveryInput = z.infer<typeof recordDeliverySchema>;

export const returnReceiptSchema = z.strictObject({
  /** The barcode of the returned card: the letter's posting number. */
  barcode: z.string().trim().min(1).max(60),
  deliveredAt: isoDateSchema,
  evidenceFileId: z.uuid().optional(),
});
export type ReturnReceiptInput = z.infer<typeof returnReceiptSchema>;

export const RETURN_REASONS = [
  'not_collected',
  'refused',
  'addressee_unknown',
  'moved',
  'deceased',
  'other',
] as const;
export const recordReturnSchema = z.strictObject({
  returnedOn: isoDateSchema,
  reason: z.enum(RETURN_REASONS),
  remarks: z.string().trim().max(500).optional(),
  evidenceFileId: z.uuid().optional(),
});
export type RecordReturnInput = z.infer<typeof recordReturnSchema>;

export const postalDayQuerySchema = z.object({ date: isoDateSchema });
export const envelopesQuerySchema = z.object({
  items: z
    .string()
    .min(36)
    .max(37 * 200)
    .describe('Comma-separated item ids.'),
  format: z.enum(['DL', 'C5', 'C4', 'labels']).default('DL'),
});

/** What the dispatch dialog offers for a document: its addressees and the channels each can use. */
export const dispatchOptionsSchema = z.object({
  documentId: z.uuid(),
  dispatchable: z.boolean(),
  /** Why not: the letter is not accepted yet, or the caller does not handle its case. */
  reason: z.enum(['not_approved', 'not_handler']).nullable(),
  signed: z.boolean(),
  addressees: z.array(
    dispatchAddresseeSchema.extend({
      channels: z.array(dispatchChannelSchema),
      emails: z.array(z.string()),
    }),
  ),
});
export type DispatchOptions = z.infer<typeof dispatchOptionsSchema>;
