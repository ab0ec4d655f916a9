import type { Translate } from '../../locales/i18n';
import {
  AUDIT_ACTIONS,
  AUDIT_SUBJECT_TYPES,
  UNKNOWN_ACTOR_ACTIONS,
  type AuditAction,
  type AuditSubjectType,
} from './audit.constants';

const isAuditAction = (code: string): code is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(code);
const isAuditSubjectType = (type: string): type is AuditSubjectType =>
  (AUDIT_SUBJECT_TYPES as readonly string[]).includes(type);

/** The event's name; an action added on the server later (no label yet) is shown as its raw code. */
export function auditActionLabel(t: Translate, action: string): string {
  return isAuditAction(action) ? t(`audit.action.${action}`) : action;
}

/** The kind of object; a kind added on the server later is shown as its raw code. */
export function auditSubjectLabel(t: Translate, subjectType: string): string {
  return isAuditSubjectType(subjectType) ? t(`audit.subject.${subjectType}`) : subjectType;
}

/** Events without an actor user: a failed login was attempted by someone unknown, the rest are the system's. */
export function isUnknownActor(action: string): boolean {
  return UNKNOWN_ACTOR_ACTIONS.includes(action);
}
