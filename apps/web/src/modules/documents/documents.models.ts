import type {
  ApprovalPath,
  ApprovalStep,
  DocumentDto,
  DocumentVersion,
  StartApprovalInput,
} from '@obieg/contracts/documents';
import type { OrgUnit, Position } from '@obieg/contracts/organization';

// ---------------------------------------------------------------------------------------------
// The approval path being built: stages in order, each one person or several in parallel.

export type StageDraft = { key: string; positionIds: string[] };
export type StageTarget = 'new' | number;

let stageCounter = 0;
const nextStageKey = () => `stage-${++stageCounter}`;

/** Adds a person as a new last stage, or beside the people of an existing stage (in parallel). */
export function addToStages(
  stages: readonly StageDraft[],
  positionId: string,
  target: StageTarget,
): StageDraft[] {
  if (target === 'new') return [...stages, { key: nextStageKey(), positionIds: [positionId] }];
  return stages.map((stage, index) =>
    index === target && !stage.positionIds.includes(positionId)
      ? { ...stage, positionIds: [...stage.positionIds, positionId] }
      : stage,
  );
}

export function moveStage(stages: readonly StageDraft[], index: number, step: -1 | 1): StageDraft[] {
  const target = index + step;
  if (target < 0 || target >= stages.length) return [...stages];
  const next = [...stages];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export const removeStage = (stages: readonly StageDraft[], index: number): StageDraft[] =>
  stages.filter((_, i) => i !== index);

/** Removes a person from a stage; a stage left without anyone goes too. */
export function removeFromStage(
  stages: readonly StageDraft[],
  index: number,
  positionId: string,
): StageDraft[] {
  return stages
    .map((stage, i) =>
      i === index ? { ...stage, positionIds: stage.positionIds.filter((id) => id !== positionId) } : stage,
    )
    .filter((stage) => stage.positionIds.length > 0);
}

/** The people already on the path (each may appear once). */
export const positionsOnPath = (stages: readonly StageDraft[]) =>
  new Set(stages.flatMap((s) => s.positionIds));

export function toStartApprovalInput(stages: readonly StageDraft[], comment: string): StartApprovalInput {
  const trimmed = comment.trim();
  return {
    steps: stages.map((stage) =>
      stage.positionIds.length === 1
        ? { positionId: stage.positionIds[0]! }
        : { parallel: [...stage.positionIds] },
    ),
    ...(trimmed ? { comment: trimmed } : {}),
  };
}

/** "Anna Nowak — Inspektor, Wydział Gospodarki Komunalnej": the people who may be put on a path. */
export function positionOptions({
  positions,
  units,
  today,
}: {
  positions: readonly Position[];
  units: readonly OrgUnit[];
  today: string;
}): { value: string; label: string }[] {
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  return positions
    .filter((p) => p.validFrom <= today && (p.validTo === null || p.validTo >= today))
    .map((p) => ({
      value: p.id,
      label: `${p.userDisplayName} — ${p.title}, ${unitNames.get(p.orgUnitId) ?? p.orgUnitSymbol}`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'pl'));
}

// ---------------------------------------------------------------------------------------------
// The approval paths of a document.

/** Steps grouped by stage, in stage order (a stage of several people runs in parallel). */
export function stagesOf(path: Pick<ApprovalPath, 'steps'>): ApprovalStep[][] {
  const byStage = new Map<number, ApprovalStep[]>();
  for (const step of path.steps) byStage.set(step.stage, [...(byStage.get(step.stage) ?? []), step]);
  return [...byStage.entries()].sort(([a], [b]) => a - b).map(([, steps]) => steps);
}

/**
 * The path shown open: the last one while it runs or after it ended in approval. A rejected or
 * cancelled path is history (the draft went back to its author), listed with the earlier ones.
 */
export function splitPaths(approvals: readonly ApprovalPath[]): {
  current: ApprovalPath | null;
  past: ApprovalPath[];
} {
  const last = approvals.at(-1);
  if (last && (last.status === 'in_progress' || last.status === 'approved')) {
    return { current: last, past: approvals.slice(0, -1).reverse() };
  }
  return { current: null, past: [...approvals].reverse() };
}

/** The step the caller decides now: the pending step of their active position on the running path. */
export function pendingStepFor(
  document: Pick<DocumentDto, 'approvals'>,
  activePositionId: string | null,
): ApprovalStep | null {
  const path = document.approvals.at(-1);
  if (!path || path.status !== 'in_progress') return null;
  const pending = path.steps.filter((step) => step.status === 'pending');
  return pending.find((step) => step.assignee.positionId === activePositionId) ?? null;
}

/** Rejections keep their reasons visible even when their path is folded away. */
export const rejectionsOf = (path: ApprovalPath) =>
  path.steps.filter((step) => step.status === 'rejected' && step.comment);

// ---------------------------------------------------------------------------------------------
// Versions.

export const latestVersion = (document: Pick<DocumentDto, 'versions'>): DocumentVersion | null =>
  document.versions.at(-1) ?? null;

/** Versions with text can be compared; the default pair is the last two of them. */
export function comparableVersions(document: Pick<DocumentDto, 'versions'>) {
  const numbers = document.versions.filter((version) => version.hasText).map((version) => version.number);
  return { numbers, from: numbers.at(-2) ?? null, to: numbers.at(-1) ?? null };
}

// ---------------------------------------------------------------------------------------------
// Templates.

/** Puts `{{field}}` where the cursor is (replacing a selection); the cursor ends after it. */
export function insertField({
  text,
  start,
  end,
  field,
}: {
  text: string;
  start: number;
  end: number;
  field: string;
}): { text: string; cursor: number } {
  const token = `{{${field}}}`;
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + token + text.slice(to), cursor: from + token.length };
}
