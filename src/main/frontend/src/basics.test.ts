import { describe, expect, it } from 'vitest';
import {
  EMPTY_FACTS, daysSince, dimensionsInOrder, euroToCents, factsFormErrors, inputLines, isEmptyRequest,
  outcomeClass, outcomeLabel, toFactsRequest,
} from './basics';

describe('basics panel logic', () => {
  it('shows a word with every colour', () => {
    expect(outcomeLabel('NOT_IN_ORDER')).toBe('niet op orde');
    expect(outcomeClass('NOT_IN_ORDER')).toBe('wr-basics--not-in-order');
    expect(outcomeLabel(undefined)).toBe('onbekend');
    expect(outcomeClass('UNKNOWN')).toBe('wr-basics--unknown');
  });

  it('lists the four dimensions in order, unknown when not checked', () => {
    const ordered = dimensionsInOrder({ dimensions: [{ dimension: 'DEBTS', outcome: 'AT_RISK' }] });
    expect(ordered.map((check) => check.dimension)).toEqual(['HOUSING', 'INCOME', 'DEBTS', 'SAFETY']);
    expect(ordered[0].outcome).toBe('UNKNOWN');
    expect(ordered[2].outcome).toBe('AT_RISK');
  });

  it('reads euros the Dutch way and the plain way', () => {
    expect(euroToCents('1.369,06')).toBe(136906);
    expect(euroToCents('1369.06')).toBe(136906);
    expect(euroToCents('€ 1500')).toBe(150000);
    expect(euroToCents(' ')).toBeNull();
    expect(euroToCents('veel')).toBeNaN();
  });

  it('refuses a negative income and a count that is not a number before sending', () => {
    expect(factsFormErrors({ ...EMPTY_FACTS, income: '-5' })).toEqual({ income: 'Het inkomen is niet negatief' });
    expect(factsFormErrors({ ...EMPTY_FACTS, debtCount: 'drie' }).debtCount).toBeDefined();
    expect(factsFormErrors({ ...EMPTY_FACTS, income: '1.200,00', debtCount: '2' })).toEqual({});
  });

  it('sends only the dimensions that were filled in', () => {
    const request = toFactsRequest({ ...EMPTY_FACTS, housing: 'EVICTION_THREATENED', observedOn: '2026-11-02' });
    expect(request).toEqual({
      housing: { observedOn: '2026-11-02', source: 'PROFESSIONAL', situation: 'EVICTION_THREATENED' },
    });
    expect(isEmptyRequest(toFactsRequest(EMPTY_FACTS))).toBe(true);
    expect(toFactsRequest({ ...EMPTY_FACTS, income: '0', incomeSource: 'NONE' }).income)
      .toEqual({ source: 'PROFESSIONAL', netMonthlyIncomeCents: 0, sources: ['NONE'] });
    expect(toFactsRequest({ ...EMPTY_FACTS, safetyConcern: 'YES' }).safety?.concern).toBe('YES');
  });

  it('counts whole days since a dimension turned red and lists the inputs', () => {
    expect(daysSince('2026-11-20T10:00:00Z', new Date('2026-11-30T09:00:00Z'))).toBe(9);
    expect(daysSince(null, new Date())).toBe(0);
    expect(inputLines({ housingSituation: 'EVICTION_THREATENED', housingSignal: false }))
      .toEqual([
        'Woonsituatie: dreigende uitzetting', 'Achterstand gemeld door verhuurder of hypotheekverstrekker: nee',
      ]);
    const lines = inputLines({ incomeCents: 136906, householdType: 'SINGLE_PARENT', debtCount: -1 });
    expect(lines[0]).toMatch(/^Netto maandinkomen: €\s1\.369,06$/);
    expect(lines.slice(1)).toEqual(['Huishoudtype: alleenstaande ouder', 'Aantal schulden: onbekend']);
  });
});
