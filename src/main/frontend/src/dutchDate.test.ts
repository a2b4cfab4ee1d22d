import { describe, expect, it } from 'vitest';
import { dutchDateError, isoDate, parseDutchDate, toDutchDate, todayDutch } from './dutchDate';

describe('Dutch dates', () => {
  it('are read as day-month-year and sent as ISO', () => {
    expect(parseDutchDate('30-11-2026')).toBe('2026-11-30');
    expect(parseDutchDate(' 1/2/2026 ')).toBe('2026-02-01');
    expect(parseDutchDate('31-02-2026')).toBeNull();
    expect(parseDutchDate('2026-11-30')).toBeNull();
    expect(parseDutchDate('11/30/2026')).toBeNull();
    expect(isoDate('30-11-2026')).toBe('2026-11-30');
    expect(isoDate('2026-11-30')).toBe('2026-11-30');
  });

  it('are shown as dd-mm-jjjj', () => {
    expect(toDutchDate('2026-11-30')).toBe('30-11-2026');
    expect(toDutchDate(null)).toBe('');
    expect(todayDutch(new Date('2026-11-30T23:30:00Z'))).toBe('01-12-2026');
  });

  it('say in Dutch what is wrong', () => {
    expect(dutchDateError('')).toBe('Vul een datum in als dd-mm-jjjj.');
    expect(dutchDateError('', true)).toBeUndefined();
    expect(dutchDateError('31-02-2026')).toContain('geen bestaande datum');
    expect(dutchDateError('30-11-2026')).toBeUndefined();
  });
});
