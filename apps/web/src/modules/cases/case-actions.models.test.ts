import { describe, expect, test } from 'vitest';
import { caseActions } from './case-actions.models';

describe('the actions of a case page', () => {
  test('an open case offers a note, documents, suspension, a period not counted, closing and a take-over', () => {
    expect(caseActions({ status: 'open', canHandle: true })).toEqual([
      { action: 'note', disabledReason: null },
      { action: 'document', disabledReason: null },
      { action: 'suspend', disabledReason: null },
      { action: 'not_counted', disabledReason: null },
      { action: 'close', disabledReason: null },
      { action: 'take_over', disabledReason: null },
    ]);
  });

  test('a closed case, a sub-case, or a case with no other unit to choose is not offered for a take-over', () => {
    const names = (actions: { action: string }[]) => actions.map((a) => a.action);
    expect(names(caseActions({ status: 'closed', canHandle: true }))).not.toContain('take_over');
    expect(names(caseActions({ status: 'open', canHandle: true, canTakeOver: false }))).not.toContain(
      'take_over',
    );
  });

  test('a suspended case offers resumption instead of suspension', () => {
    const actions = caseActions({ status: 'suspended', canHandle: true }).map((a) => a.action);
    expect(actions).toContain('resume');
    expect(actions).not.toContain('suspend');
  });

  test('a closed case keeps its actions disabled with the reason and offers reopening', () => {
    const actions = caseActions({ status: 'closed', canHandle: true });
    expect(actions.find((a) => a.action === 'reopen')).toEqual({ action: 'reopen', disabledReason: null });
    expect(
      actions
        .filter((a) => a.action !== 'reopen')
        .every((a) => a.disabledReason === 'cases.actions.closed_reason'),
    ).toBe(true);
    expect(actions.map((a) => a.action)).not.toContain('close');
  });

  test('someone who only reads cases gets no actions', () => {
    expect(caseActions({ status: 'open', canHandle: false })).toEqual([]);
  });
});
