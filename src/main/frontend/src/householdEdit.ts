import type { AddressPeriod, Loose, Member } from './api/client';
import { isoDate } from './dutchDate';

/** The forms of the household page: every field a string, as the inputs hold it. */
export interface JoinInput {
  firstName: string;
  surnamePrefix: string;
  surname: string;
  dateOfBirth: string;
  bsn: string;
  role: string;
  joinedOn: string;
}

export interface MemberChangeInput {
  role: string;
  phone: string;
  email: string;
  preferredLanguage: string;
  interpreterNeeded: boolean;
}

export interface MoveInput {
  street: string;
  houseNumber: string;
  houseNumberAddition: string;
  postcode: string;
  town: string;
  wijkCode: string;
  buurtCode: string;
  movedOn: string;
}

export const MEMBER_ROLES = ['PARENT', 'PARTNER', 'CHILD', 'OTHER_ADULT'] as const;

export const emptyJoin = (today: string): JoinInput => ({
  firstName: '', surnamePrefix: '', surname: '', dateOfBirth: '', bsn: '', role: 'CHILD', joinedOn: today,
});

export const emptyMove = (today: string, town = 'Zaandam'): MoveInput => ({
  street: '', houseNumber: '', houseNumberAddition: '', postcode: '', town, wijkCode: '', buurtCode: '',
  movedOn: today,
});

export function changeInputOf(member: Loose<Member>): MemberChangeInput {
  return {
    role: member.role ?? 'OTHER_ADULT', phone: member.phone ?? '', email: member.email ?? '',
    preferredLanguage: member.preferredLanguage ?? '', interpreterNeeded: Boolean(member.interpreterNeeded),
  };
}

const text = (value: string) => (value.trim() === '' ? null : value.trim());

/** Empty inputs go as null, so the server (which owns the rules) answers with a Dutch message per field. */
export function toMemberJoin(input: JoinInput, version: number) {
  return {
    version,
    joinedOn: text(isoDate(input.joinedOn)),
    member: {
      firstName: text(input.firstName),
      surnamePrefix: text(input.surnamePrefix),
      surname: text(input.surname),
      dateOfBirth: text(isoDate(input.dateOfBirth)),
      bsn: text(input.bsn.replace(/[\s.]/g, '')),
      role: text(input.role),
    },
  };
}

export function toMemberChange(input: MemberChangeInput, version: number) {
  return {
    version,
    role: input.role,
    phone: text(input.phone),
    email: text(input.email),
    preferredLanguage: text(input.preferredLanguage.toLowerCase()),
    interpreterNeeded: input.interpreterNeeded,
  };
}

export function toMove(input: MoveInput, version: number) {
  const houseNumber = input.houseNumber.trim();
  return {
    version,
    movedOn: text(isoDate(input.movedOn)),
    address: {
      street: text(input.street),
      houseNumber: /^\d{1,9}$/.test(houseNumber) ? Number(houseNumber) : null,
      houseNumberAddition: text(input.houseNumberAddition),
      postcode: text(input.postcode.replace(/\s+/g, '').toUpperCase()),
      town: text(input.town),
      wijkCode: text(input.wijkCode),
      buurtCode: text(input.buurtCode) ?? '',
    },
  };
}

/** What the browser must check itself: a house number that is not a whole number cannot travel as JSON. */
export function moveViolations(input: MoveInput): Record<string, string> {
  const houseNumber = input.houseNumber.trim();
  return houseNumber !== '' && !/^\d{1,9}$/.test(houseNumber)
    ? { 'address.houseNumber': 'Huisnummer bestaat alleen uit cijfers; een letter hoort bij Toevoeging.' }
    : {};
}

/** The server's field path → the input that shows it (`address.postcode` → `move-postcode`). */
export function moveInputId(field: string): string | undefined {
  const known = ['street', 'houseNumber', 'houseNumberAddition', 'postcode', 'town', 'wijkCode', 'buurtCode'];
  const name = field.replace(/^address\./, '');
  if (known.includes(name)) return `move-${name}`;
  return field === 'movedOn' ? 'move-movedOn' : undefined;
}

/** `member.surname` → `join-surname`. */
export function joinInputId(field: string): string | undefined {
  const name = field.replace(/^member\./, '');
  const known = ['firstName', 'surnamePrefix', 'surname', 'dateOfBirth', 'bsn', 'role', 'joinedOn'];
  return known.includes(name) ? `join-${name}` : undefined;
}

/** The address history newest first: the current address (no end) on top. */
export function historyNewestFirst<T extends Loose<AddressPeriod>>(periods: readonly T[] | null | undefined): T[] {
  return [...(periods ?? [])].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''));
}
