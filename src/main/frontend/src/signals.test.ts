import { describe, expect, it } from 'vitest';
import { countdown, formatEuros, progressPercent, triageInput, urgencyOf } from './signals';

describe('signal deadlines', () => {
  it('counts down in working days and says how late', () => {
    expect(countdown(3)).toBe('Nog 3 werkdagen');
    expect(countdown(1)).toBe('Nog 1 werkdag');
    expect(countdown(0)).toBe('Vandaag');
    expect(countdown(-1)).toBe('1 werkdag te laat');
    expect(countdown(-4)).toBe('4 werkdagen te laat');
    expect(countdown(null)).toBe('Geen termijn');
  });

  it('marks overdue and the last working day for colour', () => {
    expect(urgencyOf(-1)).toBe('overdue');
    expect(urgencyOf(0)).toBe('soon');
    expect(urgencyOf(1)).toBe('soon');
    expect(urgencyOf(2)).toBe('normal');
    expect(urgencyOf(undefined)).toBe('none');
  });
});

describe('signal values', () => {
  it('shows cents as euros', () => {
    expect(formatEuros(123450)).toMatch(/1\.234,50/);
    expect(formatEuros(undefined)).toBe('');
  });

  it('explains triage inputs in words', () => {
    expect(triageInput('crisis', true)).toBe('ja');
    expect(triageInput('amountCents', 45000)).toMatch(/450,00/);
    expect(triageInput('threat', 'AFSLUITING')).toBe('Dreigende afsluiting');
    expect(triageInput('creditorCount', 2)).toBe('2');
  });

  it('computes upload progress without dividing by zero', () => {
    expect(progressPercent(250, 1000)).toBe(25);
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(1000, 1000)).toBe(100);
  });
});
