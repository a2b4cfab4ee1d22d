import { describe, expect, it } from 'vitest';
import { PARTNER_TYPES, partnerFormErrors } from './signalPartners';

describe('partnerFormErrors', () => {
  it('accepts a complete partner', () => {
    expect(partnerFormErrors({ account: 'pwn-water', organisation: 'PWN', partnerType: 'WATER' })).toEqual({});
  });

  it('names every missing or malformed field', () => {
    expect(partnerFormErrors({ account: 'met spatie', organisation: ' ', partnerType: '' })).toEqual({
      account: 'Een account bestaat uit letters, cijfers en . _ @ -, zonder spaties.',
      organisation: 'Vul de naam van de organisatie in.',
      partnerType: 'Kies het soort signaalpartner.',
    });
    expect(partnerFormErrors({ account: '', organisation: 'x'.repeat(201), partnerType: 'HUUR' })).toEqual({
      account: 'Vul het account in.', organisation: 'Hooguit 200 tekens.',
    });
  });
});

describe('PARTNER_TYPES', () => {
  it('has the eleven DDAS partner types', () => {
    expect(PARTNER_TYPES).toHaveLength(11);
    expect(PARTNER_TYPES.find((type) => type.value === 'CAK_EIGEN_BIJDRAGE')?.label).toBe('CAK Eigen bijdrage');
  });
});
