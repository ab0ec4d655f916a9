export { AUDIT_ACTIONS, type AuditAction } from '@obieg/contracts/audit';

/** Kinds of object the server names as an event's subject; each has a label (`audit.subject.<type>`). */
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
] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

/** A failed login has no actor: whoever tried is not known (the subject names the account tried). */
export const UNKNOWN_ACTOR_ACTIONS: readonly string[] = ['auth.login_failed'];
