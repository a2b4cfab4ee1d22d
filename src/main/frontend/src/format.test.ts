import { describe, expect, it } from 'vitest';
import { verificationMessage } from './accessLog';
import { formatAddress, formatDate, formatDateTime, formatDay, formatPostcode, fullName } from './format';

describe('dates in Dutch', () => {
  it('formats a calendar date without shifting it to another day', () => {
    expect(formatDate('1980-04-01')).toBe('1 april 1980');
    expect(formatDate('2000-12-31')).toBe('31 december 2000');
  });

  it('formats moments in Dutch time', () => {
    expect(formatDateTime('2026-11-22T09:30:00Z')).toBe('22 november 2026 om 10:30');
    expect(formatDateTime('2026-07-01T09:30:00Z')).toBe('1 juli 2026 om 11:30');
    expect(formatDay('2026-12-31T23:30:00Z')).toBe('1 januari 2027');
  });

  it('shows nothing for a missing value and the raw text for an unreadable one', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDate('onbekend')).toBe('onbekend');
  });
});

describe('addresses and names', () => {
  it('writes a postcode the PostNL way', () => {
    expect(formatPostcode('1502AB')).toBe('1502 AB');
    expect(formatPostcode('1502 ab')).toBe('1502 AB');
    expect(formatPostcode('B-1000')).toBe('B-1000');
  });

  it('writes a list row address as postcode, house number and town', () => {
    expect(formatAddress({ postcode: '1502AB', houseNumber: 12, houseNumberAddition: 'A', town: 'Zaandam' }))
      .toBe('1502 AB 12-A, Zaandam');
    expect(formatAddress({ postcode: '1502AB', houseNumber: 12, houseNumberAddition: null, town: 'Zaandam' }))
      .toBe('1502 AB 12, Zaandam');
  });

  it('writes a full address with the street first', () => {
    expect(formatAddress({ street: 'Peperstraat', houseNumber: 12, postcode: '1502AB', town: 'Zaandam' }))
      .toBe('Peperstraat 12, 1502 AB Zaandam');
  });

  it('joins first name, prefix and surname', () => {
    expect(fullName({ firstName: 'Jan', surnamePrefix: 'van', surname: 'Dijk' })).toBe('Jan van Dijk');
    expect(fullName({ firstName: 'Fatima', surnamePrefix: null, surname: 'El Amrani' })).toBe('Fatima El Amrani');
  });
});

describe('verificationMessage', () => {
  it('reports an intact access log with the number of entries checked', () => {
    expect(verificationMessage({ valid: true, entriesChecked: 123, firstInvalidSequence: null }))
      .toEqual({ type: 'ok', message: 'Toegangslog is intact (123 regels gecontroleerd)' });
    expect(verificationMessage({ valid: true, entriesChecked: 12345 }).message)
      .toBe('Toegangslog is intact (12.345 regels gecontroleerd)');
  });

  it('reports where a changed access log stops being trustworthy', () => {
    expect(verificationMessage({ valid: false, entriesChecked: 50, firstInvalidSequence: 17 }))
      .toEqual({ type: 'error', message: 'Toegangslog is gewijzigd vanaf regel 17' });
    expect(verificationMessage({ valid: false, entriesChecked: 50 }).message).toBe('Toegangslog is gewijzigd');
  });
});
