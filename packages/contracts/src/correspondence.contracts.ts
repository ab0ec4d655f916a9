import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, listResponseSchema } from './common.contracts.js';
import { contactAddressSchema, createContactInputSchema } from './contacts.contracts.js';
import { incomingDistributionSchema } from './distribution.contracts.js';

// Przesyłki wpływające and the RPW (issue 3 §3), metadata part A of DOMAIN.md §2.4.

const text = (max: number) => z.string().trim().min(1).max(max);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a letter's date may be known only in part). */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/** Metadata A10; the UI shows the Polish wording (`publiczny - dostępny w całości` …). */
export const accessSchema = z.enum(['public', 'partial', 'restricted']);
export type IncomingAccess = z.infer<typeof accessSchema>;
export const dcmiTypeSchema = z.enum([
  'Collection',
  'Dataset',
  'MovingImage',
  'PhysicalObject',
  'Software',
  'Sound',
  'StillImage',
  'Text',
]);
export const incomingStatusSchema = z.enum(['registered', 'cancelled']);
const dictionaryCodeSchema = z.string().trim().min(1).max(50);

/** An existing contact of the office, or a new one created with the registration. */
export const incomingSenderInputSchema = z.union([
  z.strictObject({ contactId: z.uuid() }),
  createContactInputSchema,
]);
export type IncomingSenderInput = z.infer<typeof incomingSenderInputSchema>;

const paperOriginalSchema = z.strictObject({
  store: text(100).describe('Skład chronologiczny.'),
  box: text(100).optional(),
});

const describedFields = {
  title: text(1000).describe('Short description of the content (A9).'),
  deliveryMethod: dictionaryCodeSchema.describe('Code from /dictionaries/delivery-methods (A15).'),
  receivedAt: isoDateSchema.describe('Date of receipt (A5).'),
  senderReference: text(200).optional().describe('Znak nadany przez nadawcę (A16).'),
  letterDate: partialDateSchema.optional().describe('Date on the letter (A3).'),
  postingDate: partialDateSchema.optional().describe('Posting date (A4).'),
  organId: z.uuid().optional().describe('The organ the item is addressed to.'),
  documentKind: dictionaryCodeSchema.optional().describe('Code from /dictionaries/document-kinds (A7).'),
  attachmentsCount: z.number().int().min(0).max(100_000).optional(),
  access: accessSchema.default('public'),
  remarks: z.string().trim().max(4000).optional(),
  dcmiType: dcmiTypeSchema.default('Text'),
  paperOriginal: paperOriginalSchema.optional(),
  fullScan: z.boolean().default(false).describe('A full digital image of all pages is attached.'),
  noFullScanReason: text(1000).optional(),
  notOpened: z.boolean().default(false).describe('Registered from the envelope, not opened.'),
};

export const registerIncomingInputSchema = z
  .strictObject({
    ...describedFields,
    sender: incomingSenderInputSchema.optional(),
    senders: z.array(incomingSenderInputSchema).max(50).optional().describe('Further senders.'),
    fileIds: z.array(z.uuid()).max(100).default([]),
  })
  .refine((input) => input.sender !== undefined || (input.senders?.length ?? 0) > 0, {
    path: ['sender'],
    message: 'At least one sender is required.',
  });
export type RegisterIncomingInput = z.infer<typeof registerIncomingInputSchema>;

/** A correction by the registry: the fields given change, `reason` and `version` are required. */
export const correctIncomingInputSchema = z.strictObject({
  reason: text(2000),
  version: z.number().int().min(1),
  title: describedFields.title.optional(),
  deliveryMethod: describedFields.deliveryMethod.optional(),
  receivedAt: describedFields.receivedAt.optional(),
  senderReference: text(200).nullable().optional(),
  letterDate: partialDateSchema.nullable().optional(),
  postingDate: partialDateSchema.nullable().optional(),
  organId: z.uuid().nullable().optional(),
  documentKind: dictionaryCodeSchema.nullable().optional(),
  attachmentsCount: z.number().int().min(0).max(100_000).nullable().optional(),
  access: accessSchema.optional(),
  remarks: z.string().trim().max(4000).nullable().optional(),
  dcmiType: dcmiTypeSchema.optional(),
  paperOriginal: paperOriginalSchema.nullable().optional(),
  fullScan: z.boolean().optional(),
  noFullScanReason: text(1000).nullable().optional(),
  notOpened: z.boolean().optional(),
});
export type CorrectIncomingInput = z.infer<typeof correctIncomingInputSchema>;

export const cancelIncomingInputSchema = z.strictObject({ reason: text(2000) });
export const attachIncomingFilesInputSchema = z.strictObject({
  fileIds: z.array(z.uuid()).min(1).max(100),
});

export const incomingSenderSchema = z.object({
  contactId: z.uuid(),
  kind: z.enum(['person', 'institution']),
  displayName: z.string(),
  name: z.string().nullable(),
  surname: z.string().nullable(),
  givenNames: z.string().nullable(),
  address: contactAddressSchema.omit({ terytSimc: true, terytUlic: true }).nullable(),
  emails: z.array(z.string()),
});

const itemBase = {
  id: z.uuid(),
  rpwNumber: z.string().describe('e.g. `RPW/42/2026`'),
  rpwYear: z.number().int(),
  rpwSequence: z.number().int(),
  documentId: z.string().describe('System-wide identifier (A8): no spaces, none of \\ / * ? : = , ;'),
  title: z.string(),
  senders: z.array(incomingSenderSchema),
  receivedAt: isoDateSchema,
  registeredAt: isoDateTimeSchema,
  deliveryMethod: z.string(),
  organId: z.uuid().nullable(),
  fullScan: z.boolean(),
  status: incomingStatusSchema,
};

export const incomingListItemSchema = z.object(itemBase);
export type IncomingListItem = z.infer<typeof incomingListItemSchema>;

export const incomingItemSchema = z.object({
  ...itemBase,
  registeredBy: z.uuid().nullable(),
  letterDate: z.string().nullable(),
  postingDate: z.string().nullable(),
  documentKind: z.string().nullable(),
  access: accessSchema,
  attachmentsCount: z.number().int().nullable(),
  remarks: z.string().nullable(),
  dcmiType: dcmiTypeSchema,
  senderReference: z.string().nullable(),
  paperOriginal: z.object({ store: z.string(), box: z.string().nullable() }).nullable(),
  noFullScanReason: z.string().nullable(),
  notOpened: z.boolean(),
  cancellation: z.object({ reason: z.string(), at: isoDateTimeSchema, by: z.uuid().nullable() }).nullable(),
  version: z.number().int(),
  files: z.array(z.object({ fileId: z.uuid(), position: z.number().int() })),
  corrections: z.array(
    z.object({
      id: z.uuid(),
      at: isoDateTimeSchema,
      by: z.uuid().nullable(),
      reason: z.string(),
      changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    }),
  ),
  distribution: incomingDistributionSchema
    .nullable()
    .default(null)
    .describe('Leading and information units, the current decree and its state; null until distributed.'),
});
export type IncomingItem = z.infer<typeof incomingItemSchema>;

export const incomingSortSchema = z.enum(['rpw_desc', 'rpw_asc', 'received_desc', 'received_asc']);

export const incomingFiltersSchema = z.object({
  from: isoDateSchema.optional().describe('Received on or after.'),
  to: isoDateSchema.optional().describe('Received on or before.'),
  deliveryMethod: dictionaryCodeSchema.optional(),
  organId: z.uuid().optional(),
  status: incomingStatusSchema.optional(),
  sender: z.uuid().optional().describe('Contact id of a sender.'),
  unitId: z
    .uuid()
    .optional()
    .describe('Currently distributed to this unit (as leading unit or for information).'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Words of the title, sender, numbers (no diacritics needed).'),
  lacksScan: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only registered items without a full scan.'),
  sort: incomingSortSchema.default('rpw_desc'),
});
export type IncomingFilters = z.infer<typeof incomingFiltersSchema>;

export const incomingListQuerySchema = incomingFiltersSchema.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,5}$/)
    .optional(),
});
export const incomingListSchema = listResponseSchema(incomingListItemSchema);

export const incomingExportQuerySchema = incomingFiltersSchema.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

export const dictionaryEntrySchema = z.object({
  code: z.string(),
  name: z.string(),
  active: z.boolean(),
  sort: z.number().int(),
});
export const dictionarySchema = z.object({ items: z.array(dictionaryEntrySchema) });
export type DictionaryEntry = z.infer<typeof dictionaryEntrySchema>;
