import { z } from 'zod';
import { isoDateTimeSchema } from './common.contracts.js';
import { grantSchema, permissionSchema } from './permissions.contracts.js';

export const tenantCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'lowercase letters, digits and hyphens, 2–40 characters');

export const loginInputSchema = z.strictObject({
  tenant: tenantCodeSchema.describe('Short code of the office, e.g. `demo`.'),
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const positionSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  orgUnitId: z.uuid(),
  orgUnitSymbol: z.string(),
  orgUnitName: z.string(),
  /** Set when this position belongs to someone the user substitutes (zastępstwo). */
  actingFor: z.object({ userId: z.uuid(), displayName: z.string() }).nullable(),
});
export type PositionSummary = z.infer<typeof positionSummarySchema>;

export const meSchema = z.object({
  id: z.uuid(),
  login: z.string(),
  displayName: z.string(),
  tenant: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  positions: z.array(positionSummarySchema),
  activePositionId: z.uuid().nullable(),
  permissions: z.array(permissionSchema),
  grants: z.array(grantSchema),
  mustChangePassword: z.boolean(),
  csrfToken: z.string().optional().describe('Present for cookie sessions; send it as `X-CSRF-Token`.'),
});
export type Me = z.infer<typeof meSchema>;

export const loginResponseSchema = z.object({ user: meSchema, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const switchPositionInputSchema = z.strictObject({ positionId: z.uuid() });

export const changePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(12).max(200),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

export const sessionSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  userLogin: z.string(),
  userDisplayName: z.string(),
  createdAt: isoDateTimeSchema,
  lastSeenAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  clientAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  serviceAccountId: z.uuid(),
  serviceAccountLogin: z.string(),
  permissions: z.array(permissionSchema),
  createdAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema.nullable(),
  lastUsedAt: isoDateTimeSchema.nullable(),
  revokedAt: isoDateTimeSchema.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  serviceAccountLogin: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{1,99}$/)
    .describe('Login of the service account; created when it does not exist.'),
  permissions: z.array(permissionSchema).min(1),
  expiresAt: isoDateTimeSchema.optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenInputSchema>;

export const createdApiTokenSchema = apiTokenSchema.extend({
  token: z
    .string()
    .describe('The secret, shown only in this answer. Send as `Authorization: Bearer <token>`.'),
});
