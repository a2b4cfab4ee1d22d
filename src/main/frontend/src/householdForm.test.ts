import { describe, expect, it } from 'vitest';
import {
  emptyAddress, emptyMember, fieldLabel, inFormOrder, inputIdFor, localViolations, toNewHousehold, type HouseholdInput,
} from './householdForm';

const filledIn: HouseholdInput = {
  teamId: 'a0000000-0000-0000-0000-000000000001',
  address: {
    street: ' Peperstraat ', houseNumber: '12', houseNumberAddition: '', postcode: '1502 ab', town: 'Zaandam',
    wijkCode: 'wk047901',
  },
  members: [{ firstName: 'Jan', surnamePrefix: 'van', surname: 'Dijk', dateOfBirth: '1980-04-01', bsn: '1234.56.782' }],
};

describe('toNewHousehold', () => {
  it('builds the request body the API expects', () => {
    expect(toNewHousehold(filledIn, false)).toEqual({
      teamId: null,
      address: {
        street: 'Peperstraat', houseNumber: 12, houseNumberAddition: null, postcode: '1502AB', town: 'Zaandam',
        wijkCode: 'WK047901',
      },
      members: [{ firstName: 'Jan', surnamePrefix: 'van', surname: 'Dijk', dateOfBirth: '1980-04-01', bsn: '123456782' }],
    });
  });

  it('sends the chosen team only when the user picks one', () => {
    expect(toNewHousehold(filledIn, true).teamId).toBe('a0000000-0000-0000-0000-000000000001');
  });

  it('sends empty inputs as null so that the server names the missing fields', () => {
    const body = toNewHousehold({ teamId: '', address: emptyAddress, members: [emptyMember, emptyMember] }, true);
    expect(body.teamId).toBeNull();
    expect(Object.values(body.address).every((value) => value === null)).toBe(true);
    expect(body.members).toHaveLength(2);
    expect(Object.values(body.members[1]).every((value) => value === null)).toBe(true);
  });
});

describe('localViolations', () => {
  it('catches a house number that is not a whole number, which JSON cannot carry', () => {
    expect(localViolations({ ...filledIn, address: { ...filledIn.address, houseNumber: '12a' } }))
      .toHaveProperty(['address.houseNumber']);
  });

  it('leaves everything else to the server', () => {
    expect(localViolations(filledIn)).toEqual({});
    expect(localViolations({ teamId: '', address: emptyAddress, members: [emptyMember] })).toEqual({});
  });
});

describe('field paths of the server', () => {
  it('lead to the input that shows the message', () => {
    expect(inputIdFor('address.postcode')).toBe('postcode');
    expect(inputIdFor('address.houseNumberAddition')).toBe('houseNumberAddition');
    expect(inputIdFor('members[0].bsn')).toBe('member-0-bsn');
    expect(inputIdFor('members[12].dateOfBirth')).toBe('member-12-dateOfBirth');
    expect(inputIdFor('teamId')).toBe('teamId');
    expect(inputIdFor('members')).toBeUndefined();
    expect(inputIdFor('address.unknown')).toBeUndefined();
  });

  it('are named in Dutch in the error summary', () => {
    expect(fieldLabel('address.postcode')).toBe('Postcode');
    expect(fieldLabel('members[1].bsn')).toBe('Lid 2, BSN');
    expect(fieldLabel('members[0]')).toBe('Lid 1');
    expect(fieldLabel('members')).toBe('Leden');
    expect(fieldLabel('somethingElse')).toBe('somethingElse');
  });
});

describe('inFormOrder', () => {
  it('lists field errors top to bottom as the form shows them, whatever order the server used', () => {
    const ordered = inFormOrder({
      'members[1].surname': 'c', 'members[0].bsn': 'b', somethingElse: 'z', 'address.wijkCode': 'a2',
      'members[0].firstName': 'b0', 'address.street': 'a1', teamId: 't', members: 'm',
    });
    expect(ordered.map(([field]) => field)).toEqual([
      'teamId', 'address.street', 'address.wijkCode', 'members', 'members[0].firstName', 'members[0].bsn',
      'members[1].surname', 'somethingElse',
    ]);
  });
});
