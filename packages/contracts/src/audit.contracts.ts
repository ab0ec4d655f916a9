import { z } from 'zod';
import { isoDateTimeSchema } from './common.contracts.js';

export const auditEventSchema = z.object({
  id: z.uuid(),
  seq: z.number().int().describe('Position in the office hash chain.'),
  occurredAt: isoDateTimeSchema,
  action: z.string().describe('Dotted action code, e.g. `organization.org_unit_created`.'),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  documentId: z.string().nullable(),
  actor: z.object({
    userId: z.uuid().nullable(),
    displayName: z.string().nullable(),
    positionId: z.uuid().nullable(),
    actingForUserId: z.uuid().nullable(),
    actingForDisplayName: z.string().nullable(),
  }),
  requestId: z.string().nullable(),
  clientAddress: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListQuerySchema = z.object({
  subjectType: z.string().max(100).optional(),
  subjectId: z.string().max(100).optional(),
  action: z.string().max(100).optional().describe('Exact code or a prefix ending with `.`'),
  actorId: z.uuid().optional(),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().regex(/^\d+$/).optional().describe('`seq` to continue below (newest first).'),
});

export const auditVerifyResultSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z
    .object({
      seq: z.number().int(),
      id: z.uuid().nullable(),
      reason: z.enum(['hash_mismatch', 'previous_hash_mismatch', 'sequence_gap', 'head_mismatch']),
    })
    .nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResultSchema>;
