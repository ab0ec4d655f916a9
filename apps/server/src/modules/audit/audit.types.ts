import type { AuditAction, AuditSubjectType } from '@obieg/contracts/audit';
import type { auditEventsTable } from './audit.table.js';

export type AuditEventRow = typeof auditEventsTable.$inferSelect;

export type AuditEventInput = {
  action: AuditAction;
  subjectType?: AuditSubjectType | null;
  subjectId?: string | null;
  documentId?: string | null;
  details?: Record<string, unknown>;
};
