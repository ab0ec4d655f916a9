import type { AuditEvent, AuditVerifyResult } from '@obieg/contracts/audit';
import { sha256Hex } from '../../shared/crypto/tokens.js';
import type { AuditEventRow } from './audit.types.js';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

type HashedFields = Omit<AuditEventRow, 'hash'>;

/** The link of the chain: SHA-256 over every field of the event and the previous event's hash. */
export function computeEventHash(event: HashedFields): string {
  return sha256Hex(
    canonicalJson({
      v: 1,
      id: event.id,
      tenantId: event.tenantId,
      seq: event.seq,
      occurredAt: event.occurredAt.toISOString(),
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      documentId: event.documentId,
      actorUserId: event.actorUserId,
      actorPositionId: event.actorPositionId,
      actingForUserId: event.actingForUserId,
      requestId: event.requestId,
      clientAddress: event.clientAddress,
      details: event.details,
      prevHash: event.prevHash,
    }),
  );
}

export type ChainBreak = NonNullable<AuditVerifyResult['firstBroken']>;

/** Checks a run of consecutive events; `expected` carries the state from the previous run. */
export function findChainBreak({
  events,
  expected,
}: {
  events: AuditEventRow[];
  expected: { seq: number; prevHash: string };
}): { broken: ChainBreak | null; next: { seq: number; prevHash: string } } {
  let { seq, prevHash } = expected;
  for (const event of events) {
    if (event.seq !== seq)
      return { broken: { seq, id: null, reason: 'sequence_gap' }, next: { seq, prevHash } };
    if (event.prevHash !== prevHash) {
      return { broken: { seq, id: event.id, reason: 'previous_hash_mismatch' }, next: { seq, prevHash } };
    }
    if (computeEventHash(event) !== event.hash) {
      return { broken: { seq, id: event.id, reason: 'hash_mismatch' }, next: { seq, prevHash } };
    }
    seq += 1;
    prevHash = event.hash;
  }
  return { broken: null, next: { seq, prevHash } };
}

export function toAuditEventDto(
  row: AuditEventRow & { actorDisplayName: string | null; actingForDisplayName: string | null },
): AuditEvent {
  return {
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    documentId: row.documentId,
    actor: {
      userId: row.actorUserId,
      displayName: row.actorDisplayName,
      positionId: row.actorPositionId,
      actingForUserId: row.actingForUserId,
      actingForDisplayName: row.actingForDisplayName,
    },
    requestId: row.requestId,
    clientAddress: row.clientAddress,
    details: row.details,
  };
}
