import type { auditEventsTable } from './audit.table.js';

export type AuditEventRow = typeof auditEventsTable.$inferSelect;

export type AuditEventInput = {
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  documentId?: string | null;
  details?: Record<string, unknown>;
};
