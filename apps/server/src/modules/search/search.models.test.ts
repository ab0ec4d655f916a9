import { describe, expect, test } from 'vitest';
import { makeFragment, parseSearchWords, toPrefixQuery } from './search.models.js';

describe('search words and fragments', () => {
  test('a query becomes folded words split at everything but letters and digits, without repeats', () => {
    expect(parseSearchWords('Łódź  ŹRÓDLANA łódź')).toEqual(['lodz', 'zrodlana']);
    expect(parseSearchWords('RPW/12/2026')).toEqual(['rpw', '12', '2026']);
    expect(parseSearchWords('%_\'"&|!:*')).toEqual([]);
    expect(parseSearchWords('a b c d e f g h i j k')).toHaveLength(8);
    expect(toPrefixQuery(['gk', '6000'])).toBe('gk:* & 6000:*');
  });

  test('a fragment shows the text around the first match with whole matched words marked, in the original spelling', () => {
    const text = `${'Wstęp. '.repeat(60)}Oględziny wykazały, że nawierzchnia jest uszkodzona. ${'Dalszy tekst. '.repeat(40)}`;
    const fragment = makeFragment(text, ['ogledzin', 'nawierzch']);
    expect(fragment[0]).toEqual({ text: '…', match: false });
    expect(fragment.at(-1)).toEqual({ text: '…', match: false });
    expect(fragment.filter((p) => p.match).map((p) => p.text)).toEqual(['Oględziny', 'nawierzchnia']);
    expect(fragment.map((p) => p.text).join('').length).toBeLessThanOrEqual(242);
  });

  test('a word matches only at the start of a word, and HTML stays text', () => {
    expect(
      makeFragment('Podatek od nieruchomości', ['od'])
        .filter((p) => p.match)
        .map((p) => p.text),
    ).toEqual(['od']);
    expect(makeFragment('<b>Pismo</b> <script>x</script>', ['pismo'])).toEqual([
      { text: '<b>', match: false },
      { text: 'Pismo', match: true },
      { text: '</b> <script>x</script>', match: false },
    ]);
  });
});
