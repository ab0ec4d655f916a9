import type { Substitution } from '@obieg/contracts/organization';

export type SubstitutionState = 'revoked' | 'planned' | 'current' | 'ended';

/** Where a substitution stands on a given office day (`YYYY-MM-DD`). */
export function substitutionState(substitution: Substitution, today: string): SubstitutionState {
  if (substitution.revokedAt) return 'revoked';
  if (today < substitution.validFrom) return 'planned';
  if (today > substitution.validTo) return 'ended';
  return 'current';
}
