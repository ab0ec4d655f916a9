import { describe, expect, test } from 'vitest';
import { ApiError } from '../../app/api-error';
import { createTranslate } from '../../locales/i18n';
import { decreeFieldErrors, decreeValues, toCorrectionInput, toIssueInput } from './decree-form.models';
import { makeDecree } from './distribution.test-utils';

const t = createTranslate('pl');

describe('decree form', () => {
  test('a decree leaves out an empty instruction and deadline', () => {
    expect(toIssueInput({ positionId: 'p1', instruction: '  ', deadline: '', reason: '' })).toEqual({
      positionId: 'p1',
    });
  });

  test('a correction sends the reason and only what changed; an emptied instruction is cleared', () => {
    const decree = makeDecree();
    const values = { ...decreeValues(decree), instruction: '', reason: ' Pomyłka w poleceniu ' };
    expect(toCorrectionInput(values, decree)).toEqual({ reason: 'Pomyłka w poleceniu', instruction: null });
  });

  test('a deadline extended by a re-decree is reported at the deadline in Polish', () => {
    const error = new ApiError({
      status: 422,
      code: 'correspondence.deadline_extended',
      errors: [{ path: '/deadline', message: 'Not later than 2026-03-24' }],
    });
    expect(decreeFieldErrors(t, error)).toEqual({
      '/deadline': 'Dekretacja ponowna nie może wydłużyć terminu wyznaczonego we wcześniejszej dekretacji.',
    });
  });

  test('an assignee refused by user id is reported at the person field', () => {
    const error = new ApiError({
      status: 422,
      code: 'correspondence.assignee_outside_unit',
      errors: [{ path: '/userId', message: 'Not in the leading unit' }],
    });
    expect(Object.keys(decreeFieldErrors(t, error))).toEqual(['/positionId']);
  });
});
