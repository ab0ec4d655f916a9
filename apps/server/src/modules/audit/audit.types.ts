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

/** An event of one subject with the names of who acted (and for whom), for histories and the metryka. */
export type SubjectHistoryRow = {
  seq: number;
  occurredAt: Date;
  action: string;
  documentId: string | null;
  details: Record<string, unknown>;
  actorUserId: string | null;
  actorName: string | null;
  actorPositionId: string | null;
  actorPositionTitle: string | null;
  actingForUserId: string | null;
  actingForName: string | null;
};
