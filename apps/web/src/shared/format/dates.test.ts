import { describe, expect, test } from 'vitest';
import { endOfOfficeDay, formatBusinessDate, formatDateTime, startOfOfficeDay, todayInOffice } from './dates';

describe('office dates', () => {
  test('shows instants in Warsaw time, not the browser time zone', () => {
    expect(formatDateTime('2025-12-31T23:30:00Z', 'pl')).toBe('1.01.2026, 00:30:00');
  });

  test('counts today by the Warsaw calendar', () => {
    expect(todayInOffice(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  test('shows a business date as the same calendar day in both languages', () => {
    expect(formatBusinessDate('2025-03-30', 'pl')).toBe('30.03.2025');
    expect(formatBusinessDate('2025-03-30', 'en')).toBe('30/03/2025');
  });

  test('bounds a filter day with the offset Warsaw has on that day (winter and summer time)', () => {
    expect(startOfOfficeDay('2025-01-15')).toBe('2025-01-15T00:00:00+01:00');
    expect(endOfOfficeDay('2025-07-15')).toBe('2025-07-15T23:59:59.999+02:00');
  });
});
