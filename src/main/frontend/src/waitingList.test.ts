import { describe, expect, it } from 'vitest';
import { daysLeftText, percentileText, referralStatusLabel } from './waitingList';

describe('percentileText', () => {
  it('shows <10 for small groups, never a percentile', () => {
    expect(percentileText(12, 9)).toBe('<10');
    expect(percentileText(null, 3)).toBe('<10');
    expect(percentileText(12, 10)).toBe('12 d');
  });
});

describe('daysLeftText', () => {
  it('says how far from the norm', () => {
    expect(daysLeftText(12)).toBe('nog 12 dagen');
    expect(daysLeftText(1)).toBe('nog 1 dag');
    expect(daysLeftText(0)).toBe('laatste dag');
    expect(daysLeftText(-3)).toBe('3 dagen over de norm');
    expect(daysLeftText(null)).toBe('–');
  });
});

describe('referralStatusLabel', () => {
  it('speaks Dutch', () => {
    expect(referralStatusLabel('IN_CARE')).toBe('in zorg');
    expect(referralStatusLabel('X')).toBe('onbekend');
  });
});
