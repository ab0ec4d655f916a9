import type { Grant, Permission } from '@obieg/contracts/permissions';

/** Who performs an operation, as the audit trail records it. */
export type Actor = {
  kind: 'user' | 'service' | 'system';
  tenantId: string;
  userId: string | null;
  displayName: string;
  positionId: string | null;
  /** Set when the user acts for an absent colleague (zastępstwo): the audit trail says "A for B". */
  actingForUserId: string | null;
  grants: Grant[];
  permissions: ReadonlySet<Permission>;
  sessionId: string | null;
  tokenId: string | null;
};

/** Where a request came from; copied into every audit event it causes. */
export type RequestMeta = { requestId: string | null; clientAddress: string | null };

export type Context = { actor: Actor; meta: RequestMeta };

export function systemActor({
  tenantId,
  displayName = 'system',
}: {
  tenantId: string;
  displayName?: string;
}): Actor {
  return {
    kind: 'system',
    tenantId,
    userId: null,
    displayName,
    positionId: null,
    actingForUserId: null,
    grants: [],
    permissions: new Set(),
    sessionId: null,
    tokenId: null,
  };
}
