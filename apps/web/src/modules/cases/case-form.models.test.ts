import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../locales/i18n';
import {
  blankOpenCase,
  deadlineErrors,
  defaultDeadlineKind,
  documentTitleFromFileName,
  openCaseErrors,
  openingUnits,
  toDeadlineInput,
  toOpenCaseInput,
} from './case-form.models';

const t = createTranslate('pl');
const today = '2026-03-10';

describe('the form that opens a case', () => {
  test('a letter from a party gets one month (art. 35 § 3 KPA); a case of own initiative no term', () => {
    expect(defaultDeadlineKind({ senders: [{}] })).toBe('1_month');
    expect(defaultDeadlineKind({ senders: [] })).toBe('none');
    expect(defaultDeadlineKind(null)).toBe('none');
  });

  test('sends days or a date only with the kind of term that needs them', () => {
    expect(toDeadlineInput({ kind: '1_month', days: '7', date: '2026-04-01' })).toEqual({ kind: '1_month' });
    expect(toDeadlineInput({ kind: 'days', days: '7', date: '2026-04-01' })).toEqual({
      kind: 'days',
      days: 7,
    });
    expect(toDeadlineInput({ kind: 'date', days: '7', date: '2026-04-01' })).toEqual({
      kind: 'date',
      date: '2026-04-01',
    });
  });

  test('asks for the number of days or the date, and refuses impossible ones', () => {
    expect(deadlineErrors({ t, today, values: { kind: 'days', days: '', date: '' } })).toEqual({
      '/deadline/days': 'To pole jest wymagane.',
    });
    expect(deadlineErrors({ t, today, values: { kind: 'days', days: '0', date: '' } })).toEqual({
      '/deadline/days': 'Podaj liczbę dni od 1 do 3650.',
    });
    expect(deadlineErrors({ t, today, values: { kind: 'days', days: '2.5', date: '' } })).toHaveProperty(
      '/deadline/days',
    );
    expect(deadlineErrors({ t, today, values: { kind: 'date', days: '', date: '2026-03-09' } })).toEqual({
      '/deadline/date': 'Termin nie może być wcześniejszy niż dziś.',
    });
    expect(deadlineErrors({ t, today, values: { kind: 'date', days: '', date: today } })).toEqual({});
  });

  test('needs a title, a unit and a JRWA class chosen from the list', () => {
    expect(openCaseErrors({ t, today, values: blankOpenCase({}) })).toEqual({
      '/title': 'To pole jest wymagane.',
      '/unitId': 'To pole jest wymagane.',
      '/jrwaSymbol': 'Wybierz klasę JRWA z listy.',
    });
  });

  test('opens from an item with the title trimmed and no empty description', () => {
    const values = {
      ...blankOpenCase({ title: '  Wniosek o zaświadczenie ', unitId: 'u1', deadlineKind: '1_month' }),
      jrwaSymbol: '6000',
    };
    expect(toOpenCaseInput(values, 'item-1')).toEqual({
      unitId: 'u1',
      jrwaSymbol: '6000',
      title: 'Wniosek o zaświadczenie',
      initiatingIncomingId: 'item-1',
      deadline: { kind: '1_month' },
    });
    expect(toOpenCaseInput({ ...values, description: ' Opis ' })).toMatchObject({ description: 'Opis' });
  });

  test('offers the units of the person’s positions, the active one first, each once', () => {
    const position = (id: string, unit: string) => ({
      id,
      orgUnitId: unit,
      orgUnitSymbol: unit.toUpperCase(),
      orgUnitName: `Wydział ${unit}`,
    });
    const units = openingUnits({
      positions: [position('p1', 'or'), position('p2', 'gk'), position('p3', 'or')],
      activePositionId: 'p2',
    });
    expect(units.map((unit) => unit.symbol)).toEqual(['GK', 'OR']);
  });

  test('a document is first titled by its file name', () => {
    expect(documentTitleFromFileName('mapa_sytuacyjna.pdf')).toBe('mapa sytuacyjna');
    expect(documentTitleFromFileName('Opinia RDOŚ 2026.docx')).toBe('Opinia RDOŚ 2026');
    expect(documentTitleFromFileName('.pdf')).toBe('.pdf');
  });
});
