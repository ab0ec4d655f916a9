import { describe, expect, test } from 'vitest';
import {
  addToStages,
  comparableVersions,
  insertField,
  moveStage,
  pendingStepFor,
  positionOptions,
  removeFromStage,
  splitPaths,
  stagesOf,
  toStartApprovalInput,
} from './documents.models';
import {
  GK_ORG_UNIT,
  HEAD_POSITION,
  LAWYER_POSITION,
  makeDocument,
  makePath,
  makePosition,
  makeStep,
  makeVersion,
  SECRETARY_POSITION,
} from './documents.test-utils';

describe('approval path being built', () => {
  test('one person is a stage; people added to a stage decide in parallel; stages keep their order', () => {
    let stages = addToStages([], LAWYER_POSITION, 'new');
    stages = addToStages(stages, HEAD_POSITION, 'new');
    stages = addToStages(stages, SECRETARY_POSITION, 0);
    expect(toStartApprovalInput(stages, '  ')).toEqual({
      steps: [{ parallel: [LAWYER_POSITION, SECRETARY_POSITION] }, { positionId: HEAD_POSITION }],
    });
    stages = moveStage(stages, 1, -1);
    expect(toStartApprovalInput(stages, 'Pilne').steps[0]).toEqual({ positionId: HEAD_POSITION });
    expect(toStartApprovalInput(stages, 'Pilne').comment).toBe('Pilne');
  });

  test('removing the last person of a stage removes the stage', () => {
    const stages = addToStages(addToStages([], LAWYER_POSITION, 'new'), HEAD_POSITION, 'new');
    expect(removeFromStage(stages, 0, LAWYER_POSITION).map((s) => s.positionIds)).toEqual([[HEAD_POSITION]]);
  });

  test('people are offered as "name — position, unit", only in positions held today', () => {
    const options = positionOptions({
      positions: [makePosition(), makePosition({ id: LAWYER_POSITION, validTo: '2025-12-31' })],
      units: [GK_ORG_UNIT],
      today: '2026-03-03',
    });
    expect(options).toEqual([
      { value: HEAD_POSITION, label: 'Krystyna Kierownicza — Naczelnik, Wydział Gospodarki Komunalnej' },
    ]);
  });
});

describe('approval paths of a document', () => {
  test('a rejected path is history; a running one is current', () => {
    const rejected = makePath({ id: '01900000-0000-7000-8000-00000000a0a0', status: 'rejected' });
    const running = makePath();
    expect(splitPaths([rejected, running])).toEqual({ current: running, past: [rejected] });
    expect(splitPaths([rejected])).toEqual({ current: null, past: [rejected] });
  });

  test('steps group into stages in order', () => {
    const path = makePath({
      steps: [
        makeStep({ id: '01900000-0000-7000-8000-00000000a503', stage: 2 }),
        makeStep({ id: '01900000-0000-7000-8000-00000000a501', stage: 1 }),
        makeStep({ id: '01900000-0000-7000-8000-00000000a502', stage: 1 }),
      ],
    });
    expect(stagesOf(path).map((stage) => stage.map((step) => step.id.slice(-3)))).toEqual([
      ['501', '502'],
      ['503'],
    ]);
  });

  test('the caller decides the pending step of their active position', () => {
    const document = makeDocument({ approvals: [makePath()] });
    expect(pendingStepFor(document, HEAD_POSITION)?.id).toBe(makeStep().id);
    expect(pendingStepFor(document, LAWYER_POSITION)).toBeNull();
  });
});

describe('versions and templates', () => {
  test('the last two versions with text are compared by default', () => {
    const document = makeDocument({
      versions: [
        makeVersion({ number: 1 }),
        makeVersion({ number: 2 }),
        makeVersion({ number: 3, hasText: false, source: 'signed' }),
      ],
    });
    expect(comparableVersions(document)).toEqual({ numbers: [1, 2], from: 1, to: 2 });
  });

  test('a field goes where the cursor is, replacing the selection', () => {
    expect(insertField({ text: 'Znak: X.', start: 6, end: 7, field: 'znak_sprawy' })).toEqual({
      text: 'Znak: {{znak_sprawy}}.',
      cursor: 21,
    });
  });
});
