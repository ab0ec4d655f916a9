import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../locales/i18n';
import { issueMessage } from './jrwa-issues';

const t = createTranslate('pl');

describe('JRWA import issue messages', () => {
  test('names the missing parent class whichever parameter name the server uses', () => {
    const base = { line: 7, symbol: '0123', code: 'jrwa.row.parent_missing', message: 'x' };
    expect(issueMessage(t, { ...base, params: { parent: '012' } })).toContain('012');
    expect(issueMessage(t, { ...base, params: { symbol: '0123', parentSymbol: '012' } })).toContain('012');
  });

  test('points to the first line of a duplicated symbol', () => {
    const issue = {
      line: 9,
      symbol: '01',
      code: 'jrwa.row.symbol_duplicate',
      message: 'x',
      params: { firstLine: 3 },
    };
    expect(issueMessage(t, issue)).toContain('3');
  });

  test('falls back to the server message for a code the client does not know yet', () => {
    const issue = { line: 2, symbol: null, code: 'jrwa.row.something_new', message: 'Server says why.' };
    expect(issueMessage(t, issue)).toContain('Server says why.');
  });
});
