import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from './common.contracts.js';
import { grantSchema } from './permissions.contracts.js';

// Organs (organy): who an item is addressed to or a letter is signed by (DOMAIN.md §12).
export const organKindSchema = z.enum(['executive', 'council', 'council_chair', 'board', 'other']);
export const organSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: organKindSchema,
  active: z.boolean(),
  createdAt: isoDateTimeSchema,
});
export type Organ = z.infer<typeof organSchema>;
export const createOrganInputSchema = z.strictObject({
  name: z.string().trim().min(2).max(300),
  kind: organKindSchema,
});
export const updateOrganInputSchema = createOrganInputSchema
  .partial()
  .extend({ active: z.boolean().optional() })
  .strict();

// Organisational units (komórki organizacyjne).
export const orgUnitSymbolSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9ĄĆĘŁŃÓŚŹŻąćęłńóśźż]+(?:-[A-Za-z0-9ĄĆĘŁŃÓŚŹŻąćęłńóśźż]+)*$/u,
    'letters and digits, hyphen inside',
  )
  .max(20);
export const orgUnitSchema = z.object({
  id: z.uuid(),
  symbol: z.string(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  headPositionId: z.uuid().nullable(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  active: z.boolean().describe('Valid today.'),
  createdAt: isoDateTimeSchema,
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;
export const createOrgUnitInputSchema = z.strictObject({
  symbol: orgUnitSymbolSchema,
  name: z.string().trim().min(2).max(300),
  parentId: z.uuid().nullable().default(null),
  validFrom: isoDateSchema.optional().describe('Defaults to today (Europe/Warsaw).'),
  validTo: isoDateSchema.nullable().default(null),
});
export type CreateOrgUnitInput = z.infer<typeof createOrgUnitInputSchema>;
export const updateOrgUnitInputSchema = z.strictObject({
  name: z.string().trim().min(2).max(300).optional(),
  parentId: z.uuid().nullable().optional(),
  headPositionId: z.uuid().nullable().optional(),
  validTo: isoDateSchema.nullable().optional(),
});
export type UpdateOrgUnitInput = z.infer<typeof updateOrgUnitInputSchema>;
export const orgUnitListQuerySchema = z.object({
  at: isoDateSchema.optional().describe('Only units valid on this date.'),
  includeInactive: z.stringbool().optional(),
});

// Roles.
export const roleSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  system: z.boolean(),
  grants: z.array(grantSchema),
});
export type Role = z.infer<typeof roleSchema>;
export const createRoleInputSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_-]{1,49}$/),
  name: z.string().trim().min(2).max(200),
  grants: z.array(grantSchema),
});
export const updateRoleInputSchema = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  grants: z.array(grantSchema).optional(),
});

// Users.
export const userKindSchema = z.enum(['person', 'service']);
export const userSchema = z.object({
  id: z.uuid(),
  login: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  kind: userKindSchema,
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: isoDateTimeSchema,
});
export type User = z.infer<typeof userSchema>;
export const userLoginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,99}$/, 'lowercase letters, digits, dot, hyphen, underscore');
export const createUserInputSchema = z.strictObject({
  login: userLoginSchema,
  displayName: z.string().trim().min(2).max(200),
  email: z.email().nullable().default(null),
  password: z.string().min(12).max(200).describe('Initial password; the user must change it at first login.'),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;
export const updateUserInputSchema = z.strictObject({
  displayName: z.string().trim().min(2).max(200).optional(),
  email: z.email().nullable().optional(),
  active: z.boolean().optional(),
});
export const resetPasswordInputSchema = z.strictObject({ newPassword: z.string().min(12).max(200) });

// Positions (stanowiska): a user in a unit, with roles.
export const positionSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  userDisplayName: z.string(),
  orgUnitId: z.uuid(),
  orgUnitSymbol: z.string(),
  title: z.string(),
  roleIds: z.array(z.uuid()),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type Position = z.infer<typeof positionSchema>;
export const createPositionInputSchema = z.strictObject({
  userId: z.uuid(),
  orgUnitId: z.uuid(),
  title: z.string().trim().min(2).max(200),
  roleIds: z.array(z.uuid()).min(1),
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.nullable().default(null),
});
export type CreatePositionInput = z.infer<typeof createPositionInputSchema>;
export const updatePositionInputSchema = z.strictObject({
  title: z.string().trim().min(2).max(200).optional(),
  roleIds: z.array(z.uuid()).min(1).optional(),
  validTo: isoDateSchema.nullable().optional(),
});
export const positionListQuerySchema = z.object({
  userId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
});

// Substitutions (zastępstwa): the substitute acts for the absent user in a date range.
export const substitutionSchema = z.object({
  id: z.uuid(),
  absentUserId: z.uuid(),
  absentUserDisplayName: z.string(),
  substituteUserId: z.uuid(),
  substituteUserDisplayName: z.string(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema,
  reason: z.string().nullable(),
  revokedAt: isoDateTimeSchema.nullable(),
});
export type Substitution = z.infer<typeof substitutionSchema>;
export const createSubstitutionInputSchema = z.strictObject({
  absentUserId: z.uuid(),
  substituteUserId: z.uuid(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema,
  reason: z.string().trim().max(500).nullable().default(null),
});
