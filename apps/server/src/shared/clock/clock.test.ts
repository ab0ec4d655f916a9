import { describe, expect, test } from 'vitest';
import { startOfWarsawDay, toWarsawDate } from './clock.js';

describe('Polish calendar days', () => {
  test('a day begins at midnight in Warsaw: 23:00 UTC the day before in winter, 22:00 UTC in summer', () => {
    expect(startOfWarsawDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfWarsawDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  test('the days the clocks change begin at their own midnight', () => {
    // 29 March 2026: clocks go forward at 02:00; 25 October 2026: back at 03:00.
    expect(startOfWarsawDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfWarsawDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfWarsawDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfWarsawDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(toWarsawDate(startOfWarsawDay('2026-10-26'))).toBe('2026-10-26');
  });

  test('a malformed date is refused', () => {
    expect(() => startOfWarsawDay('2026-02-30')).toThrow(RangeError);
  });
});
