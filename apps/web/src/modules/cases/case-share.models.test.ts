import type { Position } from '@obieg/contracts/organization';
import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../locales/i18n';
import { BLANK_SHARE, shareErrors, sharePeople, toShareCaseInput } from './case-share.models';

const t = createTranslate('pl');

const position = (overrides: Partial<Position>): Position => ({
  id: '01900000-0000-7000-8000-000000000a01',
  userId: '01900000-0000-7000-8000-000000000001',
  userDisplayName: 'Anna Nowak',
  orgUnitId: '01900000-0000-7000-8000-0000000000b1',
  orgUnitSymbol: 'GK',
  title: 'Inspektor',
  roleIds: [],
  validFrom: '2025-01-01',
  validTo: null,
  createdAt: '2025-01-01T08:00:00+01:00',
  ...overrides,
});

describe('sharing a case', () => {
  test('names either a person or a unit, and chosen documents only when asked', () => {
    expect(toShareCaseInput({ ...BLANK_SHARE, unitId: 'u1', userId: 'ignored' })).toEqual({
      unitId: 'u1',
      access: 'read',
    });
    expect(
      toShareCaseInput({
        ...BLANK_SHARE,
        grantee: 'user',
        userId: 'p1',
        access: 'contribute',
        scope: 'documents',
        documentIds: ['d1'],
        note: ' Proszę o opinię ',
      }),
    ).toEqual({ userId: 'p1', access: 'contribute', documentIds: ['d1'], note: 'Proszę o opinię' });
  });

  test('asks for the unit, and for at least one document when sharing chosen documents', () => {
    expect(shareErrors(t, { ...BLANK_SHARE, scope: 'documents' })).toEqual({
      '/unitId': 'Wybierz komórkę.',
      '/documentIds': 'Wybierz co najmniej jeden dokument.',
    });
  });

  test('offers each person in a position today once, by name, with all their posts', () => {
    const people = sharePeople(
      [
        position({}),
        position({ id: 'x2', orgUnitSymbol: 'OR', title: 'Sekretarz komisji' }),
        position({ id: 'x3', userId: 'u2', userDisplayName: 'Bogdan Były', validTo: '2025-12-31' }),
        position({ id: 'x4', userId: 'u3', userDisplayName: 'Adam Abacki', orgUnitSymbol: 'OR' }),
      ],
      '2026-03-10',
    );

    expect(people.map((person) => person.label)).toEqual([
      'Adam Abacki — OR, Inspektor',
      'Anna Nowak — GK, Inspektor; OR, Sekretarz komisji',
    ]);
  });
});
