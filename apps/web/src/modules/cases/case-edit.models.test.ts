import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../locales/i18n';
import { caseEditErrors, caseEditValues, toUpdateCaseInput } from './case-edit.models';
import { makeCase } from './cases.test-utils';

const t = createTranslate('pl');
const item = makeCase();

describe('changing a case’s data', () => {
  test('sends only what changed, with the version the form was filled from', () => {
    const values = {
      ...caseEditValues(item),
      title: '  Zajęcie pasa drogowego ul. Krótka ',
      reason: 'Literówka',
    };

    expect(toUpdateCaseInput(values, item)).toEqual({
      version: 2,
      title: 'Zajęcie pasa drogowego ul. Krótka',
      reason: 'Literówka',
    });
  });

  test('nothing changed is nothing to send, even with a reason', () => {
    expect(toUpdateCaseInput({ ...caseEditValues(item), reason: 'Bez zmian' }, item)).toBeNull();
  });

  test('an emptied description is cleared, a removed party and a new term go as a whole', () => {
    const described = makeCase({ description: 'Opis' });
    const values = {
      ...caseEditValues(described),
      description: ' ',
      parties: [],
      deadline: { kind: 'days' as const, days: '14', date: '' },
    };

    expect(toUpdateCaseInput(values, described)).toEqual({
      version: 2,
      description: null,
      partyContactIds: [],
      deadline: { kind: 'days', days: 14 },
    });
  });

  test('an unchanged term in the past is not questioned; a new one is', () => {
    const fixed = makeCase({ deadline: { ...item.deadline!, kind: 'date', date: '2026-01-10' } });
    const values = caseEditValues(fixed);

    expect(caseEditErrors({ t, values, item: fixed, today: '2026-03-10' })).toEqual({});
    expect(
      caseEditErrors({
        t,
        values: { ...values, title: '', deadline: { ...values.deadline, date: '2026-02-01' } },
        item: fixed,
        today: '2026-03-10',
      }),
    ).toEqual({
      '/title': 'To pole jest wymagane.',
      '/deadline/date': 'Termin nie może być wcześniejszy niż dziś.',
    });
  });
});
