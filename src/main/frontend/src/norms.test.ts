import { describe, expect, it } from 'vitest';
import { daysText, normErrors, normTargetLabel, normTargetOptions } from './norms';

const products = [{ code: '54', name: 'Generalistische basis-ggz' }];

describe('normTargetLabel', () => {
  it('names products, domains and the own intake, never a code', () => {
    expect(normTargetLabel('54', products)).toBe('Generalistische basis-ggz');
    expect(normTargetLabel('WMO', products)).toBe('Wmo (alle producten)');
    expect(normTargetLabel('WIJKTEAM_INTAKE', products)).toContain('Eigen intake');
    expect(normTargetLabel('99', products)).toBe('Onbekend product');
    expect(normTargetOptions(products).map((o) => o.value)).toEqual(['WIJKTEAM_INTAKE', 'JEUGD', 'WMO',
      'PARTICIPATIE', 'SCHULDEN', '54']);
  });
});

describe('daysText', () => {
  it('shows days with weeks', () => {
    expect(daysText(56)).toBe('56 dagen (8 weken)');
    expect(daysText(7)).toBe('7 dagen (1 week)');
    expect(daysText(10)).toBe('10 dagen (1,4 weken)');
    expect(daysText(1)).toBe('1 dag');
    expect(daysText(null)).toBe('–');
  });
});

describe('normErrors', () => {
  it('asks for positive days, a warning before the norm and a source', () => {
    expect(normErrors({ normDays: '56', warningDays: '42', checkInDays: '14', source: 'Wmo' })).toEqual({});
    const errors = normErrors({ normDays: '0', warningDays: 'x', checkInDays: '400', source: ' ' });
    expect(Object.keys(errors).sort()).toEqual(['checkInDays', 'normDays', 'source', 'warningDays']);
    expect(normErrors({ normDays: '28', warningDays: '28', checkInDays: '7', source: 'x' }).warningDays)
      .toContain('vóór');
  });
});
