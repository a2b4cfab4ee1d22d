import { describe, expect, it } from 'vitest';
import { householdInputFromSignal } from './signalHousehold';

describe('a household from a signal', () => {
  it('takes the address and person of the first signal, in the case team', () => {
    const input = householdInputFromSignal({
      teamId: 't2', wijkCode: 'WK047901',
      signals: [{
        street: 'Signaalstraat', houseNumber: 12, houseNumberAddition: 'A', postcode: '1502AB', town: 'Zaandam',
        initials: 'J.', surnamePrefix: 'van', surname: 'Dijk', dateOfBirth: '1985-02-03',
      }],
    }, ['t1', 't2']);
    expect(input).toEqual({
      teamId: 't2',
      address: {
        street: 'Signaalstraat', houseNumber: '12', houseNumberAddition: 'A', postcode: '1502AB', town: 'Zaandam',
        wijkCode: 'WK047901',
      },
      members: [{ firstName: 'J.', surnamePrefix: 'van', surname: 'Dijk', dateOfBirth: '03-02-1985', bsn: '' }],
    });
  });

  it('falls back to an empty form in the first team', () => {
    expect(householdInputFromSignal({ teamId: 'x' }, ['t1']).teamId).toBe('t1');
  });
});
