import type { DistributionRule } from '@obieg/contracts/distribution';
import { describe, expect, test } from 'vitest';
import { FN, GK } from './distribution.test-utils';
import { moveRule, reprioritize, ruleValues, toCreateInput, toUpdateInput } from './rule-form.models';

function makeRule(overrides: Partial<DistributionRule> = {}): DistributionRule {
  return {
    id: '01900000-0000-7000-8000-0000000009a1',
    name: 'Faktury do FN',
    priority: 10,
    active: true,
    senderContactId: null,
    documentKind: 'faktura',
    organId: null,
    deliveryMethod: null,
    unit: { id: FN, symbol: 'FN', name: 'Wydział FN' },
    infoUnits: [],
    createdAt: '2026-01-01T08:00:00+01:00',
    updatedAt: '2026-01-01T08:00:00+01:00',
    version: 3,
    ...overrides,
  };
}

describe('distribution rule form', () => {
  test('a change sends only the fields changed, with the version read', () => {
    const rule = makeRule();
    const values = { ...ruleValues(rule), documentKind: '', unitId: GK, infoUnitIds: [GK, FN] };
    expect(toUpdateInput(values, rule)).toEqual({
      version: 3,
      documentKind: null,
      unitId: GK,
      infoUnitIds: [FN],
    });
    expect(toUpdateInput(ruleValues(rule), rule)).toEqual({ version: 3 });
  });

  test('a new rule goes after every rule there is', () => {
    const values = { ...ruleValues(makeRule()), name: '  Skargi  ' };
    expect(toCreateInput(values, [makeRule({ priority: 40 }), makeRule({ priority: 10 })])).toMatchObject({
      name: 'Skargi',
      priority: 50,
      documentKind: 'faktura',
      senderContactId: null,
    });
  });

  test('moving a rule renumbers the list and sends only the priorities that change', () => {
    const [a, b, c] = [
      makeRule({ id: 'a', priority: 10 }),
      makeRule({ id: 'b', priority: 20 }),
      makeRule({ id: 'c', priority: 100 }),
    ];
    const moved = moveRule([a, b, c], 2, -1);
    expect(moved.map((rule) => rule.id)).toEqual(['a', 'c', 'b']);
    expect(reprioritize(moved).map(({ rule, priority }) => [rule.id, priority])).toEqual([
      ['c', 20],
      ['b', 30],
    ]);
    expect(moveRule([a, b], 0, -1).map((rule) => rule.id)).toEqual(['a', 'b']);
  });
});
