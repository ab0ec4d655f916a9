import { z } from 'zod';
import { isoDateTimeSchema } from './common.contracts.js';

/**
 * Every action the metryka records. The server may only record these (typed), and the web app
 * must translate each (a test checks), so a new action is never shown as a raw code.
 */
export const AUDIT_ACTIONS = [
  'auth.api_token_created',
  'auth.api_token_revoked',
  'auth.login_failed',
  'auth.login_succeeded',
  'auth.logout',
  'auth.password_changed',
  'auth.position_switched',
  'auth.session_revoked',
  'audit.chain_verified',
  'jrwa.extract_updated',
  'jrwa.version_imported',
  'organization.bootstrap_administrator_created',
  'organization.org_unit_created',
  'organization.org_unit_updated',
  'organization.organ_created',
  'organization.organ_updated',
  'organization.position_created',
  'organization.position_updated',
  'organization.role_created',
  'organization.role_updated',
  'organization.substitution_created',
  'organization.substitution_revoked',
  'organization.user_created',
  'organization.user_password_reset',
  'organization.user_updated',
  'tenants.settings_updated',
  'tenants.tenant_created',
  'files.uploaded',
  'files.content_read',
  'contacts.created',
  'contacts.updated',
  'contacts.record_viewed',
  'correspondence.incoming_registered',
  'correspondence.incoming_corrected',
  'correspondence.incoming_cancelled',
  'correspondence.incoming_files_attached',
  'correspondence.incoming_viewed',
  'correspondence.incoming_distributed',
  'correspondence.incoming_redistributed',
  'correspondence.decree_issued',
  'correspondence.decree_accepted',
  'correspondence.decree_returned',
  'correspondence.decree_cancelled',
  'correspondence.decree_corrected',
  'correspondence.distribution_rule_created',
  'correspondence.distribution_rule_updated',
  'correspondence.distribution_rule_deleted',
  'cases.opened',
  'cases.viewed',
  'search.performed',
  'cases.updated',
  'cases.document_added',
  'cases.incoming_attached',
  'cases.suspended',
  'cases.resumed',
  'cases.not_counted_period_added',
  'cases.closed',
  'cases.reopened',
  'cases.linked',
  'cases.handed_over',
  'cases.taken_over',
  'cases.register_printed',
  'cases.metryka_printed',
  'cases.delay_notified',
  'cases.shared',
  'cases.share_revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Kinds of object an event's subject names; the web app labels each (`audit.subject.<type>`). */
export const AUDIT_SUBJECT_TYPES = [
  'org_unit',
  'user',
  'position',
  'role',
  'organ',
  'session',
  'api_token',
  'substitution',
  'jrwa_version',
  'tenant',
  'file',
  'contact',
  'incoming_item',
  'distribution_rule',
  'case',
] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

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
