import { describe, expect, it } from 'vitest';
import {
  emptyJoin, emptyMove, historyNewestFirst, joinInputId, moveInputId, moveViolations, toMemberChange, toMemberJoin,
  toMove,
} from './householdEdit';

describe('household page forms', () => {
  it('sends a new member with empty fields as null and the BSN without spaces or dots', () => {
    const body = toMemberJoin({ ...emptyJoin('2026-11-30'), firstName: ' Sem ', surname: 'Kok', bsn: '1112.22 333' }, 4);
    expect(body).toEqual({
      version: 4, joinedOn: '2026-11-30',
      member: { firstName: 'Sem', surnamePrefix: null, surname: 'Kok', dateOfBirth: null, bsn: '111222333', role: 'CHILD' },
    });
  });

  it('sends a member change with the language in lower case', () => {
    expect(toMemberChange({ role: 'PARENT', phone: '', email: 'a@b.nl', preferredLanguage: 'TR', interpreterNeeded: true }, 2))
      .toEqual({ version: 2, role: 'PARENT', phone: null, email: 'a@b.nl', preferredLanguage: 'tr', interpreterNeeded: true });
  });

  it('sends a move with a compact postcode, and refuses a house number with a letter before sending', () => {
    const move = { ...emptyMove('2026-11-30'), street: 'Peperstraat', houseNumber: '12', postcode: '1502 ab',
      wijkCode: 'WK047901' };
    expect(toMove(move, 1).address).toEqual({
      street: 'Peperstraat', houseNumber: 12, houseNumberAddition: null, postcode: '1502AB', town: 'Zaandam',
      wijkCode: 'WK047901', buurtCode: '',
    });
    expect(toMove(move, 1).movedOn).toBe('2026-11-30');
    expect(moveViolations({ ...move, houseNumber: '12a' })).toHaveProperty(['address.houseNumber']);
    expect(moveViolations(move)).toEqual({});
  });

  it('ties server fields to their inputs', () => {
    expect(moveInputId('address.postcode')).toBe('move-postcode');
    expect(moveInputId('movedOn')).toBe('move-movedOn');
    expect(joinInputId('member.bsn')).toBe('join-bsn');
    expect(joinInputId('joinedOn')).toBe('join-joinedOn');
    expect(joinInputId('version')).toBeUndefined();
  });

  it('shows the address history newest first', () => {
    expect(historyNewestFirst([{ validFrom: '2020-01-01', validTo: '2024-05-01' }, { validFrom: '2024-05-01' }])
      .map((p) => p.validFrom)).toEqual(['2024-05-01', '2020-01-01']);
  });
});
