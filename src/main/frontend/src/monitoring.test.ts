import { describe, expect, it } from 'vitest';
import { barsPerArea, cellText, chartValue, lastCompleteMonth, linePerMonth, monthLabel, monthOptions } from './monitoring';

describe('monitoring', () => {
  it('names months in Dutch and lists the months up to the last one', () => {
    expect(monthLabel('2026-03')).toBe('maart 2026');
    expect(monthLabel('totaal')).toBe('Totaal');
    expect(monthOptions('2026-02', 3).map((o) => o.value)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(lastCompleteMonth(new Date(2026, 0, 15))).toBe('2025-12');
  });

  it('never turns a suppressed cell into 0', () => {
    expect(chartValue({ count: 'x' }, false)).toBeNull();
    expect(chartValue({ count: '15' }, false)).toBe(15);
    expect(chartValue({ count: '10', outOf: 'x' }, true)).toBeNull();
    expect(cellText({ count: 'x', outOf: '15' }, true)).toBe('x van 15');
    expect(cellText({ count: '10', outOf: '15', percentage: 67 }, true)).toBe('10 van 15 (67%)');
  });

  it('charts the area totals and the month totals', () => {
    const release = {
      areas: ['WK047901'], months: ['2026-01'],
      cells: [
        { area: 'WK047901', month: '2026-01', count: '15' }, { area: 'WK047901', month: 'totaal', count: 'x' },
        { area: 'totaal', month: '2026-01', count: '20' }, { area: 'totaal', month: 'totaal', count: '20' },
      ],
    };
    expect(barsPerArea(release, false, () => 'Poelenburg')).toEqual([{ area: 'Poelenburg', value: null }]);
    expect(linePerMonth(release, false)[0].value).toBe(20);
    expect(linePerMonth(release, false)[0].month).toMatch(/^jan/);
  });
});
