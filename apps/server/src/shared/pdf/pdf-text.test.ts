import { describe, expect, test } from 'vitest';
import { cleanText, fitText, wrapText, type TextMeasure } from './pdf-text.js';

/** Every character one point wide at size 1. */
const measure: TextMeasure = (text, size) => [...text].length * size;

describe('text in printouts', () => {
  test('control characters and line breaks in user text become single spaces', () => {
    expect(cleanText(' Wniosek\r\no\tzajęcie\u2028pasa\u0000 ')).toBe('Wniosek o zajęcie pasa');
  });

  test('text too wide for its place is cut with an ellipsis, without a trailing space', () => {
    expect(fitText({ measure, text: 'Zajęcie pasa drogowego', size: 1, width: 9 })).toBe('Zajęcie…');
    expect(fitText({ measure, text: 'Krótki', size: 1, width: 9 })).toBe('Krótki');
  });

  test('long titles wrap between words, a word wider than a line is broken (after a dot or slash where it can), past the limit the last line is cut', () => {
    expect(wrapText({ measure, text: 'Zajęcie pasa drogowego ul. Źródlana', size: 1, width: 14 })).toEqual([
      'Zajęcie pasa',
      'drogowego ul.',
      'Źródlana',
    ]);
    expect(wrapText({ measure, text: 'ABC-II.6000.12.5.2026', size: 1, width: 16 })).toEqual([
      'ABC-II.6000.12.',
      '5.2026',
    ]);
    expect(wrapText({ measure, text: '0190a5e47b7c70008000', size: 1, width: 8 })).toEqual([
      '0190a5e4',
      '7b7c7000',
      '8000',
    ]);
    expect(
      wrapText({ measure, text: 'Zajęcie pasa drogowego ul. Źródlana', size: 1, width: 14, maxLines: 2 }),
    ).toEqual(['Zajęcie pasa', 'drogowego ul.…']);
    expect(wrapText({ measure, text: '', size: 1, width: 14 })).toEqual(['']);
  });
});
