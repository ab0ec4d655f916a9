import type { CaseDeadline } from '@obieg/contracts/cases';
import { describe, expect, test } from 'vitest';
import { addDays, dayOffKind, deadlineBadgeState, explainDeadline, movedFrom } from './case-deadline.models';

const deadline = (overrides: Partial<Omit<CaseDeadline, 'periods'>> = {}): Omit<CaseDeadline, 'periods'> => ({
  kind: '1_month',
  days: null,
  date: null,
  startDate: '2026-02-14',
  nominalEnd: '2026-03-14',
  dueDate: '2026-03-16',
  notCountedDays: 0,
  state: 'ok',
  ...overrides,
});

describe('how a term was computed', () => {
  test('counts civil days across months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  test('a term ending on a Saturday moves to Monday (art. 57 § 4 KPA)', () => {
    expect(movedFrom(deadline())).toBe('2026-03-14');
    expect(dayOffKind('2026-03-14')).toBe('saturday');
    expect(explainDeadline(deadline())).toEqual([
      { key: 'cases.deadline.note.1_month', dates: { start: '2026-02-14' } },
      { key: 'cases.deadline.note.moved', dates: { from: '2026-03-14', to: '2026-03-16' } },
    ]);
  });

  test('a term on a working day is not moved', () => {
    const onTime = deadline({ nominalEnd: '2026-03-16', dueDate: '2026-03-16' });
    expect(movedFrom(onTime)).toBeNull();
    expect(explainDeadline(onTime)).toHaveLength(1);
  });

  test('days not counted extend the term; a move is measured from the extended day', () => {
    // 1 month ends Tue 10.03; 4 days not counted → Sat 14.03 → Mon 16.03.
    const extended = deadline({ nominalEnd: '2026-03-10', dueDate: '2026-03-16', notCountedDays: 4 });
    expect(explainDeadline(extended).map((note) => note.key)).toEqual([
      'cases.deadline.note.1_month',
      'cases.deadline.note.not_counted',
      'cases.deadline.note.moved',
    ]);
    expect(explainDeadline(extended)[1]).toEqual({
      key: 'cases.deadline.note.not_counted',
      params: { days: 4 },
    });
    expect(movedFrom(extended)).toBe('2026-03-14');
    const exact = deadline({ nominalEnd: '2026-03-10', dueDate: '2026-03-12', notCountedDays: 2 });
    expect(movedFrom(exact)).toBeNull();
  });

  test('a stopped clock has no due date yet', () => {
    const stopped = deadline({ state: 'suspended', dueDate: null });
    expect(explainDeadline(stopped).map((note) => note.key)).toEqual([
      'cases.deadline.note.1_month',
      'cases.deadline.note.stopped',
    ]);
  });

  test('names the basis of each kind of term', () => {
    expect(explainDeadline(deadline({ kind: 'without_delay', nominalEnd: null, dueDate: null }))).toEqual([
      { key: 'cases.deadline.note.without_delay' },
    ]);
    expect(
      explainDeadline(
        deadline({ kind: 'days', days: 7, nominalEnd: '2026-02-21', dueDate: '2026-02-23' }),
      )[0],
    ).toEqual({
      key: 'cases.deadline.note.days',
      params: { days: 7 },
      dates: { start: '2026-02-14' },
    });
    expect(
      explainDeadline(
        deadline({ kind: 'date', date: '2026-04-01', nominalEnd: '2026-04-01', dueDate: '2026-04-01' }),
      ),
    ).toEqual([{ key: 'cases.deadline.note.date', dates: { date: '2026-04-01' } }]);
    expect(explainDeadline(deadline({ kind: 'none' }))).toEqual([{ key: 'cases.deadline.note.none' }]);
  });

  test('tells Saturdays, Sundays and holidays apart', () => {
    expect(dayOffKind('2026-03-15')).toBe('sunday');
    expect(dayOffKind('2026-12-24')).toBe('holiday');
  });

  test('a closed case or a case without a term shows no state', () => {
    expect(deadlineBadgeState(deadline({ state: 'overdue' }), 'closed')).toBe('none');
    expect(deadlineBadgeState(null, 'open')).toBe('none');
    expect(deadlineBadgeState(deadline({ state: 'due_soon' }), 'open')).toBe('due_soon');
  });
});
