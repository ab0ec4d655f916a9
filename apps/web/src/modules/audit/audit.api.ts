import { auditEventSchema, auditVerifyResultSchema } from '@obieg/contracts/audit';
import { listResponseSchema } from '@obieg/contracts/common';
import { api } from '../../app/api-client';

const auditListSchema = listResponseSchema(auditEventSchema);

export type AuditQuery = {
  subjectType?: string;
  subjectId?: string;
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
};

export const AUDIT_PAGE_SIZE = 50;

export const listAuditEvents = ({ query, cursor }: { query: AuditQuery; cursor?: string }) =>
  api.get('/api/v1/audit', auditListSchema, { ...query, cursor, limit: AUDIT_PAGE_SIZE });

export const verifyAuditChain = () => api.post('/api/v1/audit/verify', undefined, auditVerifyResultSchema);
