import type { Me } from '@obieg/contracts/auth';
import type { Case } from '@obieg/contracts/cases';

/**
 * Whether the signed-in person may change the case (its actions, data, shares and links), as far
 * as the screen can tell: `cases:handle` over the whole office or a unit (the server knows the unit
 * tree and checks again), or over their own cases — those they handle, also as a substitute for
 * the absent handler. Someone who sees the case only through a share cannot change it.
 */
export function mayHandleCase({
  me,
  item,
}: {
  me: Pick<Me, 'id' | 'permissions' | 'grants' | 'positions'>;
  item: Pick<Case, 'handler'>;
}): boolean {
  if (!me.permissions.includes('cases:handle')) return false;
  const scopes = me.grants.filter((grant) => grant.permission === 'cases:handle').map((g) => g.scope);
  if (scopes.length === 0 || scopes.some((scope) => scope !== 'own')) return true;
  const selves = [me.id, ...me.positions.flatMap((p) => (p.actingFor ? [p.actingFor.userId] : []))];
  return selves.includes(item.handler.userId);
}
