import { endOfOfficeDay, startOfOfficeDay } from '../../shared/format/dates';
import type { AuditQuery } from './audit.api';

export type AuditFilterValues = {
  subjectType: string;
  subjectId: string;
  action: string;
  actorId: string;
  from: string;
  to: string;
};

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = {
  subjectType: '',
  subjectId: '',
  action: '',
  actorId: '',
  from: '',
  to: '',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Filter form → query; days are whole office days (Europe/Warsaw), "to" includes its whole day. */
export function toAuditQuery(values: AuditFilterValues): AuditQuery {
  const text = (value: string) => value.trim() || undefined;
  return {
    subjectType: text(values.subjectType),
    subjectId: text(values.subjectId),
    action: text(values.action),
    actorId: text(values.actorId),
    from: values.from ? startOfOfficeDay(values.from) : undefined,
    to: values.to ? endOfOfficeDay(values.to) : undefined,
  };
}
