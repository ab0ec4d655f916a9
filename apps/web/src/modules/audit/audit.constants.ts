export { AUDIT_ACTIONS, type AuditAction } from '@obieg/contracts/audit';

export { AUDIT_SUBJECT_TYPES, type AuditSubjectType } from '@obieg/contracts/audit';

/** A failed login has no actor: whoever tried is not known (the subject names the account tried). */
export const UNKNOWN_ACTOR_ACTIONS: readonly string[] = ['auth.login_failed'];
