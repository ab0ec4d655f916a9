import { describe, expect, test } from 'vitest';
import { subtreeIds } from '../organization/unit-scope.usecases.js';
import { bindingDeadline, cleanInfoUnits, distributionState, pickRule } from './distribution.models.js';
import type { DistributionRuleRow } from './distribution.types.js';

const rule = (fields: Partial<DistributionRuleRow>): DistributionRuleRow => ({
  id: fields.id ?? 'r',
  tenantId: 't',
  name: fields.name ?? 'rule',
  priority: 100,
  active: true,
  senderContactId: null,
  documentKind: null,
  organId: null,
  deliveryMethod: null,
  unitId: 'GK',
  infoUnitIds: [],
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-01T00:00:00Z'),
  version: 1,
  ...fields,
});
const item = {
  senderContactIds: ['c1'],
  documentKind: 'skarga',
  organId: null,
  deliveryMethod: 'list_polecony',
};

describe('distribution models', () => {
  test('a re-decree may keep or shorten the deadline passed on, never extend it, and inherits it when silent', () => {
    expect(bindingDeadline({ own: '2026-03-20', inherited: '2026-03-25' })).toEqual({
      deadline: '2026-03-20',
      extended: false,
    });
    expect(bindingDeadline({ own: '2026-03-25', inherited: '2026-03-25' }).extended).toBe(false);
    expect(bindingDeadline({ own: '2026-03-26', inherited: '2026-03-25' }).extended).toBe(true);
    expect(bindingDeadline({ own: null, inherited: '2026-03-25' }).deadline).toBe('2026-03-25');
    expect(bindingDeadline({ own: '2026-04-01', inherited: null }).deadline).toBe('2026-04-01');
  });

  test('the first active matching rule by priority wins; every criterion given must match', () => {
    const active = new Set(['GK', 'FN', 'OR']);
    const rules = [
      rule({ id: 'a', name: 'late', priority: 50, documentKind: 'skarga', unitId: 'FN' }),
      rule({ id: 'b', name: 'off', priority: 1, active: false, documentKind: 'skarga' }),
      rule({ id: 'c', name: 'both', priority: 10, documentKind: 'skarga', deliveryMethod: 'e_mail' }),
      rule({ id: 'd', name: 'sender', priority: 20, senderContactId: 'c1', unitId: 'OR' }),
    ];
    expect(pickRule({ rules, item, activeUnitIds: active })?.name).toBe('sender');
    expect(pickRule({ rules, item: { ...item, senderContactIds: [] }, activeUnitIds: active })?.name).toBe(
      'late',
    );
    expect(pickRule({ rules, item, activeUnitIds: new Set(['GK', 'FN']) })?.name).toBe('late');
    expect(pickRule({ rules: [], item, activeUnitIds: active })).toBeNull();
  });

  test('a decree’s status gives the item’s state; information units leave out the leading one', () => {
    expect(distributionState(null)).toBe('distributed');
    expect(distributionState({ status: 'pending' })).toBe('decreed');
    expect(distributionState({ status: 'accepted' })).toBe('accepted');
    expect(distributionState({ status: 'returned' })).toBe('returned');
    expect(cleanInfoUnits('GK', ['FN', 'GK', 'FN'])).toEqual(['FN']);
  });

  test('a unit’s reach takes in all its sub-units', () => {
    const units = [
      { id: 'GK', parentId: null },
      { id: 'GKD', parentId: 'GK' },
      { id: 'GKD1', parentId: 'GKD' },
      { id: 'FN', parentId: null },
    ];
    expect(subtreeIds(units, 'GK').sort()).toEqual(['GK', 'GKD', 'GKD1']);
    expect(subtreeIds(units, 'FN')).toEqual(['FN']);
  });
});
