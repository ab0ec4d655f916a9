import type { IncomingHistoryEntry, PersonRef, UnitRef } from '@obieg/contracts/distribution';
import type { SubjectHistoryRow } from '../audit/audit.types.js';

const str = (value: unknown) => (typeof value === 'string' ? value : null);
const obj = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

function unitOf(value: unknown): UnitRef | null {
  const unit = obj(value);
  const [id, symbol, name] = [str(unit?.id), str(unit?.symbol), str(unit?.name)];
  return id && symbol !== null && name !== null ? { id, symbol, name } : null;
}

function personOf(value: unknown): PersonRef | null {
  const person = obj(value);
  const [userId, displayName] = [str(person?.userId), str(person?.displayName)];
  if (!userId || displayName === null) return null;
  return {
    userId,
    displayName,
    positionId: str(person?.positionId),
    positionTitle: str(person?.positionTitle),
  };
}

/**
 * One step of an item's story from its audit event: the actor (with position, and "A for B" when
 * substituting) and the details the event recorded at the time (units, assignee, instruction,
 * deadline, reason, changes, the rule that acted).
 */
export function toHistoryEntry(row: SubjectHistoryRow): IncomingHistoryEntry {
  const d = row.details;
  const rule = obj(d.rule);
  const ruleId = str(rule?.id);
  const ruleName = str(rule?.name);
  return {
    seq: row.seq,
    at: row.occurredAt.toISOString(),
    action: row.action,
    actor: {
      userId: row.actorUserId,
      displayName: row.actorName,
      positionId: row.actorPositionId,
      positionTitle: row.actorPositionTitle,
      actingFor: row.actingForUserId ? { userId: row.actingForUserId, displayName: row.actingForName } : null,
    },
    byRule: ruleId && ruleName ? { id: ruleId, name: ruleName } : null,
    reason: str(d.reason),
    unit: unitOf(d.unit),
    infoUnits: Array.isArray(d.infoUnits)
      ? d.infoUnits.map(unitOf).filter((u): u is UnitRef => u !== null)
      : [],
    assignee: personOf(d.assignee),
    decreeId: str(d.decreeId),
    instruction: str(d.instruction),
    deadline: str(d.effectiveDeadline) ?? str(d.deadline),
    changes: (obj(d.changes) as IncomingHistoryEntry['changes']) ?? null,
  };
}
