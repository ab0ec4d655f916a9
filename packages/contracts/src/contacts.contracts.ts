import { z } from 'zod';
import { isoDateTimeSchema, listResponseSchema } from './common.contracts.js';
import {
  isValidAde,
  isValidEpuapBox,
  isValidKrs,
  isValidNip,
  isValidPesel,
  isValidRegon,
} from './identifiers.contracts.js';

// Baza teleadresowa (issue 3 §2): persons and institutions, addresses per DOMAIN.md §2.4 A2.

const text = (max: number) => z.string().trim().min(1).max(max);

export const peselSchema = z
  .string()
  .trim()
  .refine(isValidPesel, 'Not a valid PESEL (11 digits, check digit and birth date).');
export const nipSchema = z
  .string()
  .trim()
  .refine(isValidNip, 'Not a valid NIP (10 digits with a correct check digit; dashes allowed).');
export const regonSchema = z
  .string()
  .trim()
  .refine(isValidRegon, 'Not a valid REGON (9 or 14 digits with correct check digits).');
export const krsSchema = z.string().trim().refine(isValidKrs, 'Not a valid KRS number (10 digits).');
export const epuapBoxSchema = z
  .string()
  .trim()
  .refine(isValidEpuapBox, 'Not an ePUAP box address, e.g. /um-przyklad/SkrytkaESP.');
export const edeliveryAddressSchema = z
  .string()
  .trim()
  .refine(isValidAde, 'Not an e-Doręczenia address, e.g. AE:PL-12345-67890-ABCDE-12.');

export const contactAddressInputSchema = z
  .strictObject({
    street: text(200).optional(),
    building: text(20).optional(),
    flat: text(20).optional(),
    postalCode: text(20).optional().describe('`NN-NNN` when the country is PL.'),
    city: text(200).describe('Locality (required by metadata A2b).'),
    poBox: text(50).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code')
      .default('PL'),
    terytSimc: z
      .string()
      .regex(/^\d{7}$/, 'TERYT SIMC: 7 digits')
      .optional(),
    terytUlic: z
      .string()
      .regex(/^\d{5}$/, 'TERYT ULIC: 5 digits')
      .optional(),
  })
  .superRefine((address, issues) => {
    if (address.country === 'PL' && address.postalCode && !/^\d{2}-\d{3}$/.test(address.postalCode)) {
      issues.addIssue({ code: 'custom', path: ['postalCode'], message: 'Polish postal code is NN-NNN.' });
    }
  });
export type ContactAddressInput = z.input<typeof contactAddressInputSchema>;

const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[\d ()-]{3,30}$/, 'Phone number: digits, spaces, + ( ) -');

const channels = {
  addresses: z.array(contactAddressInputSchema).max(10).default([]),
  emails: z.array(z.email().max(254)).max(10).default([]),
  phones: z.array(phoneSchema).max(10).default([]),
  epuapBox: epuapBoxSchema.optional(),
  edeliveryAddress: edeliveryAddressSchema.optional().describe('ADE (adres do e-Doręczeń).'),
  remarks: z.string().trim().max(2000).optional(),
};

export const createPersonContactInputSchema = z.strictObject({
  kind: z.literal('person'),
  givenNames: text(200),
  surname: text(200),
  pesel: peselSchema.optional(),
  ...channels,
});
export const createInstitutionContactInputSchema = z.strictObject({
  kind: z.literal('institution'),
  name: text(500),
  nip: nipSchema.optional(),
  regon: regonSchema.optional(),
  krs: krsSchema.optional(),
  ...channels,
});
export const createContactInputSchema = z.discriminatedUnion('kind', [
  createPersonContactInputSchema,
  createInstitutionContactInputSchema,
]);
export type CreateContactInput = z.infer<typeof createContactInputSchema>;

const channelsPatch = {
  version: z.number().int().min(1).describe('The version read; a stale one answers 409.'),
  addresses: z.array(contactAddressInputSchema).max(10).optional(),
  emails: z.array(z.email().max(254)).max(10).optional(),
  phones: z.array(phoneSchema).max(10).optional(),
  epuapBox: epuapBoxSchema.nullable().optional(),
  edeliveryAddress: edeliveryAddressSchema.nullable().optional(),
  remarks: z.string().trim().max(2000).nullable().optional(),
};
/** Changes only the fields given (`null` clears an optional one); the kind cannot change. */
export const updateContactInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('person'),
    givenNames: text(200).optional(),
    surname: text(200).optional(),
    pesel: peselSchema.nullable().optional(),
    ...channelsPatch,
  }),
  z.strictObject({
    kind: z.literal('institution'),
    name: text(500).optional(),
    nip: nipSchema.nullable().optional(),
    regon: regonSchema.nullable().optional(),
    krs: krsSchema.nullable().optional(),
    ...channelsPatch,
  }),
]);
export type UpdateContactInput = z.infer<typeof updateContactInputSchema>;

export const contactAddressSchema = z.object({
  street: z.string().nullable(),
  building: z.string().nullable(),
  flat: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string(),
  poBox: z.string().nullable(),
  country: z.string(),
  terytSimc: z.string().nullable(),
  terytUlic: z.string().nullable(),
});
export type ContactAddress = z.infer<typeof contactAddressSchema>;

const contactBase = {
  id: z.uuid(),
  kind: z.enum(['person', 'institution']),
  displayName: z.string().describe('"Surname Given names" of a person, the name of an institution.'),
  givenNames: z.string().nullable(),
  surname: z.string().nullable(),
  name: z.string().nullable(),
  nip: z.string().nullable().describe('Digits only.'),
  regon: z.string().nullable(),
  krs: z.string().nullable(),
  epuapBox: z.string().nullable(),
  edeliveryAddress: z.string().nullable(),
};

/** The full record (opening it is audited as `contacts.record_viewed`). */
export const contactSchema = z.object({
  ...contactBase,
  pesel: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  addresses: z.array(contactAddressSchema),
  remarks: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Contact = z.infer<typeof contactSchema>;

/**
 * A row of a list or search result. For a person, PESEL is masked to its last four digits
 * (`*******1234`: the birth date is hidden) and addresses show only the city and country;
 * an institution's data is not personal data and is shown in full.
 */
export const contactListItemSchema = z.object({
  ...contactBase,
  pesel: z.string().nullable().describe('Masked for persons: `*******` + the last 4 digits.'),
  addresses: z.array(contactAddressSchema),
  masked: z.boolean().describe('True when personal data was left out (a person).'),
});
export type ContactListItem = z.infer<typeof contactListItemSchema>;

export const contactListQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Words of a name, an identifier (PESEL, NIP with or without dashes, REGON, KRS) or a city.'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z
    .string()
    .regex(/^\d{1,5}$/)
    .optional(),
});
export const contactListSchema = listResponseSchema(contactListItemSchema);

export const contactSuggestionsQuerySchema = z.object({
  name: z.string().trim().min(2).max(200).describe('The name being typed for a new contact.'),
});
export const contactSuggestionsSchema = z.object({ items: z.array(contactListItemSchema) });
