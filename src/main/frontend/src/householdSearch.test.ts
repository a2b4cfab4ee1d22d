import { describe, expect, it } from 'vitest';
import { parseHouseholdSearch, passesElevenTest, searchDescription, searchQuery } from './householdSearch';

describe('household search field', () => {
  it('reads a name', () => {
    expect(parseHouseholdSearch('  van Dijk ')).toEqual({ search: { kind: 'name', q: 'van Dijk' } });
    expect(parseHouseholdSearch('Öztürk')).toEqual({ search: { kind: 'name', q: 'Öztürk' } });
    expect(parseHouseholdSearch('   ')).toBeNull();
    expect(parseHouseholdSearch('x'.repeat(101))).toEqual({ error: 'Zoek op hooguit 100 tekens.' });
  });

  it('reads a postcode with or without house number and addition', () => {
    expect(parseHouseholdSearch('1502AB 12')).toEqual({ search: { kind: 'address', postcode: '1502AB', houseNumber: 12 } });
    expect(parseHouseholdSearch('1502 ab, 12-A')).toEqual({
      search: { kind: 'address', postcode: '1502AB', houseNumber: 12 },
    });
    expect(parseHouseholdSearch('1502ab')).toEqual({ search: { kind: 'address', postcode: '1502AB' } });
  });

  it('reads a BSN, checks the eleven-test, and restores the leading zero of an 8-digit one', () => {
    expect(parseHouseholdSearch('1112.22.333')).toEqual({ search: { kind: 'bsn', bsn: '111222333' } });
    expect(parseHouseholdSearch('12345678')).toEqual({ error: 'Dit BSN klopt niet (elfproef).' });
    expect(parseHouseholdSearch('123456789')).toEqual({ error: 'Dit BSN klopt niet (elfproef).' });
    expect(parseHouseholdSearch('1502')).toMatchObject({ error: expect.stringContaining('9 cijfers') });
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('000000000')).toBe(false);
  });

  it('builds the API query and describes the search without repeating a BSN', () => {
    expect(searchQuery({ kind: 'name', q: 'Dijk' })).toEqual({ q: 'Dijk' });
    expect(searchQuery({ kind: 'address', postcode: '1502AB' })).toEqual({ postcode: '1502AB' });
    expect(searchQuery({ kind: 'address', postcode: '1502AB', houseNumber: 3 })).toEqual({ postcode: '1502AB', houseNumber: 3 });
    expect(searchQuery({ kind: 'bsn', bsn: '111222333' })).toEqual({ bsn: '111222333' });
    expect(searchDescription({ kind: 'address', postcode: '1502AB', houseNumber: 3 }))
      .toBe('postcode 1502 AB, huisnummer 3');
    expect(searchDescription({ kind: 'bsn', bsn: '111222333' })).not.toContain('111');
  });
});
