import { z } from 'zod';
import { tenantCodeSchema } from './auth.contracts.js';
import { isoDateTimeSchema } from './common.contracts.js';
import {
  isValidAde,
  isValidEpuapBox,
  isValidNip,
  isValidRegon,
  isValidTerc,
  normalizeNip,
} from './identifiers.contracts.js';

export const postalAddressSchema = z.object({
  street: z.string().trim().max(200).nullable().default(null),
  building: z.string().trim().max(20).nullable().default(null),
  flat: z.string().trim().max(20).nullable().default(null),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{2}-\d{3}$/, 'NN-NNN')
    .nullable()
    .default(null),
  city: z.string().trim().min(1).max(200),
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/)
    .default('PL'),
});
export type PostalAddress = z.infer<typeof postalAddressSchema>;

const nipSchema = z
  .string()
  .transform(normalizeNip)
  .refine(isValidNip, { message: 'invalid NIP check digit' });
const regonSchema = z.string().trim().refine(isValidRegon, { message: 'invalid REGON check digit' });
const tercSchema = z.string().trim().refine(isValidTerc, { message: 'invalid TERYT (TERC) code' });
const adeSchema = z.string().trim().refine(isValidAde, { message: 'invalid e-Doręczenia address' });
const epuapBoxSchema = z.string().trim().refine(isValidEpuapBox, { message: 'invalid ePUAP box address' });

export const tenantSettingsSchema = z.object({
  name: z.string().trim().min(3).max(300),
  nip: nipSchema.nullable(),
  regon: regonSchema.nullable(),
  teryt: tercSchema.nullable(),
  address: postalAddressSchema.nullable(),
  epuapBox: epuapBoxSchema.nullable(),
  edeliveryAddress: adeSchema.nullable(),
});

export const tenantSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  nip: z.string().nullable(),
  regon: z.string().nullable(),
  teryt: z.string().nullable(),
  address: postalAddressSchema.nullable(),
  epuapBox: z.string().nullable(),
  edeliveryAddress: z.string().nullable(),
  timeZone: z.literal('Europe/Warsaw'),
  createdAt: isoDateTimeSchema,
});
export type Tenant = z.infer<typeof tenantSchema>;

export const createTenantInputSchema = z.strictObject({
  code: tenantCodeSchema,
  name: tenantSettingsSchema.shape.name,
  nip: tenantSettingsSchema.shape.nip.optional().default(null),
  regon: tenantSettingsSchema.shape.regon.optional().default(null),
  teryt: tenantSettingsSchema.shape.teryt.optional().default(null),
  address: tenantSettingsSchema.shape.address.optional().default(null),
  epuapBox: tenantSettingsSchema.shape.epuapBox.optional().default(null),
  edeliveryAddress: tenantSettingsSchema.shape.edeliveryAddress.optional().default(null),
  admin: z.strictObject({
    login: z.string().trim().min(2).max(100).default('admin'),
    displayName: z.string().trim().min(1).max(200).default('Administrator'),
    password: z.string().min(12).max(200),
  }),
});
export type CreateTenantInput = z.infer<typeof createTenantInputSchema>;

export const updateTenantInputSchema = tenantSettingsSchema.partial().strict();
export type UpdateTenantInput = z.infer<typeof updateTenantInputSchema>;
