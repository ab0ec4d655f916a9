import { describe, expect, test } from 'vitest';
import { makeMe } from '../../test/builders';
import {
  assigneeOptions,
  deadlineStatus,
  distributeReach,
  distributionAbilities,
  maxDeadline,
} from './distribution.models';
import {
  FN,
  GK,
  GK_ROADS,
  HEAD,
  HEAD_POSITION,
  makeDecree,
  makeDistribution,
  makePosition,
  OFFICER,
  UNITS,
} from './distribution.test-utils';

const position = (orgUnitId: string, actingFor: { userId: string; displayName: string } | null = null) => ({
  id: HEAD_POSITION,
  title: 'Naczelnik',
  orgUnitId,
  orgUnitSymbol: 'GK',
  orgUnitName: 'Wydział GK',
  actingFor,
});

const head = makeMe({
  id: HEAD,
  positions: [position(GK)],
  activePositionId: HEAD_POSITION,
  permissions: ['correspondence:read', 'correspondence:distribute'],
  grants: [
    { permission: 'correspondence:read', scope: 'unit' },
    { permission: 'correspondence:distribute', scope: 'unit' },
  ],
});
const registry = makeMe({
  permissions: ['correspondence:read', 'correspondence:distribute', 'correspondence:register'],
  grants: [{ permission: 'correspondence:distribute', scope: 'office' }],
});
const officer = makeMe({
  id: OFFICER,
  permissions: ['correspondence:read'],
  grants: [{ permission: 'correspondence:read', scope: 'own' }],
});

const abilities = (me: typeof head, distribution = makeDistribution(), open = true) =>
  distributionAbilities({ me, reach: distributeReach(me, UNITS), open, distribution });

describe('who may do what with a distributed item', () => {
  test('the head of a unit reaches it and its sub-units; the registry reaches the whole office', () => {
    expect([...distributeReach(head, UNITS).unitIds].sort()).toEqual([GK, GK_ROADS].sort());
    expect(distributeReach(registry, UNITS).office).toBe(true);
    expect(distributeReach(officer, UNITS)).toEqual({ office: false, unitIds: new Set() });
  });

  test('the head decrees an item of the unit awaiting a decree and may pass it on, but not one of another unit', () => {
    expect(abilities(head)).toMatchObject({ distribute: true, decree: true, redecree: false });
    const elsewhere = makeDistribution({ leadingUnit: { id: FN, symbol: 'FN', name: 'Wydział FN' } });
    expect(abilities(head, elsewhere)).toMatchObject({ distribute: false, decree: false });
  });

  test('only the registry distributes an item not yet distributed', () => {
    expect(
      distributionAbilities({
        me: head,
        reach: distributeReach(head, UNITS),
        open: true,
        distribution: null,
      }),
    ).toMatchObject({ distribute: false, decree: false });
    expect(
      distributionAbilities({
        me: registry,
        reach: distributeReach(registry, UNITS),
        open: true,
        distribution: null,
      }),
    ).toMatchObject({ distribute: true, decree: false });
  });

  test('the assignee accepts or returns a pending decree; the author corrects it; nobody else decrees it', () => {
    const decreed = makeDistribution({ state: 'decreed', decree: makeDecree() });
    expect(abilities(officer, decreed)).toMatchObject({
      accept: true,
      return: true,
      decree: false,
      correct: false,
    });
    expect(abilities(head, decreed)).toMatchObject({ accept: false, decree: false, correct: true });
    expect(abilities(registry, decreed)).toMatchObject({ decree: false, correct: false, distribute: true });
  });

  test('an assignee who distributes re-decrees: the deadline of their decree is the latest allowed', () => {
    const toHead = makeDecree({
      assignee: { userId: HEAD, displayName: 'K', positionId: HEAD_POSITION, positionTitle: null },
    });
    const decreed = makeDistribution({ state: 'decreed', decree: toHead, deadlineLimit: '2026-03-24' });
    const can = abilities(head, decreed);
    expect(can).toMatchObject({ decree: true, redecree: true, accept: true });
    expect(maxDeadline(decreed)).toBe('2026-03-24');
  });

  test('a substitute acts for the absent assignee', () => {
    const substitute = makeMe({
      positions: [position(GK, { userId: OFFICER, displayName: 'Robert Referencki' })],
      activePositionId: HEAD_POSITION,
      permissions: ['correspondence:read'],
    });
    const decreed = makeDistribution({ state: 'decreed', decree: makeDecree() });
    expect(abilities(substitute, decreed)).toMatchObject({ accept: true, return: true });
  });

  test('a cancelled item allows nothing', () => {
    const decreed = makeDistribution({ state: 'decreed', decree: makeDecree() });
    expect(Object.values(abilities(officer, decreed, false)).some(Boolean)).toBe(false);
  });
});

describe('deadlines and assignees', () => {
  test('a deadline passed is overdue only while the decree is active', () => {
    expect(deadlineStatus('2026-03-09', '2026-03-10')).toBe('overdue');
    expect(deadlineStatus('2026-03-10', '2026-03-10')).toBe('today');
    expect(deadlineStatus('2026-03-11', '2026-03-10')).toBe('upcoming');
    expect(deadlineStatus('2026-03-09', '2026-03-10', false)).toBe('upcoming');
    expect(deadlineStatus(null, '2026-03-10')).toBe('none');
  });

  test('offers the people of the leading unit and its sub-units holding a position valid today', () => {
    const options = assigneeOptions({
      positions: [
        makePosition(),
        makePosition({
          id: 'p2',
          userDisplayName: 'Anna Drogowa',
          orgUnitId: GK_ROADS,
          orgUnitSymbol: 'GK-D',
        }),
        makePosition({ id: 'p3', userDisplayName: 'Fryderyk Finansowy', orgUnitId: FN, orgUnitSymbol: 'FN' }),
        makePosition({ id: 'p4', userDisplayName: 'Emil Emeryt', validTo: '2026-02-28' }),
        makePosition({ id: 'p5', userDisplayName: 'Nowy Przyszły', validFrom: '2026-04-01' }),
      ],
      units: UNITS,
      unitId: GK,
      today: '2026-03-10',
    });
    expect(options.map((p) => p.userDisplayName)).toEqual(['Robert Referencki', 'Anna Drogowa']);
  });
});
