import type { NewHousehold } from './api/client';
import { parseDutchDate } from './dutchDate';

/** What the user typed: every field a string, as the inputs hold it. */
export interface AddressInput {
  street: string;
  houseNumber: string;
  houseNumberAddition: string;
  postcode: string;
  town: string;
  wijkCode: string;
}

export interface MemberInput {
  firstName: string;
  surnamePrefix: string;
  surname: string;
  dateOfBirth: string;
  bsn: string;
}

export interface HouseholdInput {
  teamId: string;
  address: AddressInput;
  members: MemberInput[];
}

export const emptyAddress: AddressInput = {
  street: '', houseNumber: '', houseNumberAddition: '', postcode: '', town: '', wijkCode: '',
};
export const emptyMember: MemberInput = { firstName: '', surnamePrefix: '', surname: '', dateOfBirth: '', bsn: '' };

/**
 * The request body. Empty inputs are sent as null so that the server, which owns the rules, answers with a Dutch
 * message per field; the generated type does not allow null for required fields, hence the cast at the end.
 */
export function toNewHousehold(input: HouseholdInput, sendTeam: boolean): NewHousehold {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const houseNumber = input.address.houseNumber.trim();
  const body = {
    teamId: sendTeam ? text(input.teamId) : null,
    address: {
      street: text(input.address.street),
      houseNumber: houseNumber === '' ? null : Number(houseNumber),
      houseNumberAddition: text(input.address.houseNumberAddition),
      postcode: text(input.address.postcode.replace(/\s+/g, '').toUpperCase()),
      town: text(input.address.town),
      wijkCode: text(input.address.wijkCode.toUpperCase()),
    },
    members: input.members.map((member) => ({
      firstName: text(member.firstName),
      surnamePrefix: text(member.surnamePrefix),
      surname: text(member.surname),
      // typed as dd-mm-jjjj; anything else goes as typed, and the server names the field when it is no date
      dateOfBirth: parseDutchDate(member.dateOfBirth) ?? text(member.dateOfBirth),
      bsn: text(member.bsn.replace(/[\s.]/g, '')),
    })),
  };
  return body as NewHousehold;
}

/**
 * The checks the browser must do itself because JSON cannot carry the mistake to the server: a house number that is
 * not a whole number. Everything else is left to the server.
 */
export function localViolations(input: HouseholdInput): Record<string, string> {
  const houseNumber = input.address.houseNumber.trim();
  return houseNumber !== '' && !/^\d{1,9}$/.test(houseNumber)
    ? { 'address.houseNumber': 'Huisnummer bestaat alleen uit cijfers; een letter hoort bij Toevoeging.' }
    : {};
}

/** The server's field path → the id of the input that shows it (`members[0].bsn` → `member-0-bsn`). */
export function inputIdFor(field: string): string | undefined {
  const member = /^members\[(\d+)]\.(firstName|surnamePrefix|surname|dateOfBirth|bsn)$/.exec(field);
  if (member) return `member-${member[1]}-${member[2]}`;
  const address = /^address\.(street|houseNumber|houseNumberAddition|postcode|town|wijkCode)$/.exec(field);
  if (address) return address[1];
  if (field === 'teamId') return 'teamId';
  return undefined;
}

const ADDRESS_ORDER = ['street', 'houseNumber', 'houseNumberAddition', 'postcode', 'town', 'wijkCode'];
const MEMBER_ORDER = ['firstName', 'surnamePrefix', 'surname', 'dateOfBirth', 'bsn'];

/** Where a field sits in the form, top to bottom, so that the error summary follows the form and not the server. */
function formPosition(field: string): number {
  if (field === 'teamId') return 0;
  const address = /^address(?:\.(\w+))?$/.exec(field);
  if (address) return 1 + (address[1] ? ADDRESS_ORDER.indexOf(address[1]) + 1 : 0);
  if (field === 'members') return 100;
  const member = /^members\[(\d+)](?:\.(\w+))?$/.exec(field);
  if (member) return 101 + Number(member[1]) * 10 + (member[2] ? MEMBER_ORDER.indexOf(member[2]) + 1 : 0);
  return 100_000;
}

/** The field errors in the order of the form. */
export function inFormOrder(fieldErrors: Record<string, string>): [string, string][] {
  return Object.entries(fieldErrors).sort(([a], [b]) => formPosition(a) - formPosition(b));
}

const LABELS: Record<string, string> = {
  teamId: 'Team', address: 'Adres', members: 'Leden', street: 'Straat', houseNumber: 'Huisnummer',
  houseNumberAddition: 'Toevoeging', postcode: 'Postcode', town: 'Plaats', wijkCode: 'Wijk',
  firstName: 'Voornaam', surnamePrefix: 'Tussenvoegsel', surname: 'Achternaam', dateOfBirth: 'Geboortedatum',
  bsn: 'BSN',
};

/** How the error summary names a field: `members[1].bsn` → `Lid 2, BSN`. */
export function fieldLabel(field: string): string {
  const member = /^members\[(\d+)](?:\.(\w+))?$/.exec(field);
  if (member) {
    const who = `Lid ${Number(member[1]) + 1}`;
    return member[2] ? `${who}, ${LABELS[member[2]] ?? member[2]}` : who;
  }
  const name = field.replace(/^address\./, '');
  return LABELS[name] ?? field;
}
