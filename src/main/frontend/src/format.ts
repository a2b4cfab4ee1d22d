import type { Address, CaseMember, Loose, Member } from './api/client';

const TIME_ZONE = 'Europe/Amsterdam';
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const instantDateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE,
});
const instantFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE,
});
const numberFormat = new Intl.NumberFormat('nl-NL');

/** A calendar date (`1980-04-01`) as `1 april 1980`; never shifted by the browser's time zone. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** The day of a moment (`2026-11-22T09:30:00Z`), in Dutch time. */
export function formatDay(isoInstant: string | null | undefined): string {
  if (!isoInstant) return '';
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? isoInstant : instantDateFormat.format(date);
}

/** A moment with its time, in Dutch time: `22 november 2026 om 10:30`. */
export function formatDateTime(isoInstant: string | null | undefined): string {
  if (!isoInstant) return '';
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? isoInstant : instantFormat.format(date);
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : numberFormat.format(value);
}

/** `1502AB` → `1502 AB`, the way PostNL writes it. */
export function formatPostcode(postcode: string | null | undefined): string {
  const compact = (postcode ?? '').replace(/\s+/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : (postcode ?? '');
}

/** `12` with addition `A` → `12-A`. */
export function formatHouseNumber(houseNumber: number | null | undefined, addition: string | null | undefined): string {
  const number = houseNumber ?? '';
  return addition ? `${number}-${addition}` : `${number}`;
}

type AddressLike = Loose<Pick<Address, 'street' | 'postcode' | 'houseNumber' | 'houseNumberAddition' | 'town'>>;

/** One line: `Peperstraat 12-A, 1502 AB Zaandam`, or without street (list rows) `1502 AB 12-A, Zaandam`. */
export function formatAddress(address: AddressLike | null | undefined): string {
  if (!address) return '';
  const number = formatHouseNumber(address.houseNumber, address.houseNumberAddition);
  const postcode = formatPostcode(address.postcode);
  if (address.street) {
    return [`${address.street} ${number}`.trim(), [postcode, address.town].filter(Boolean).join(' ')]
      .filter(Boolean).join(', ');
  }
  return [[postcode, number].filter(Boolean).join(' '), address.town].filter(Boolean).join(', ');
}

/** `Jan`, `van`, `Dijk` → `Jan van Dijk`. */
export function fullName(member: Loose<Pick<Member, 'firstName' | 'surnamePrefix' | 'surname'>>): string {
  return [member.firstName, member.surnamePrefix, member.surname].map((part) => part?.trim()).filter(Boolean).join(' ');
}

const isoDayFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE });

/** Today's calendar date in Dutch time, as the API writes dates: `2026-11-22`. */
export function today(now: Date = new Date()): string {
  return isoDayFormat.format(now);
}

/** A member of the household by id: `Ali Probeer`, or the id when the member is not (or no longer) known. */
export function memberName(members: Loose<CaseMember>[] | null | undefined, id: string | null | undefined): string {
  if (!id) return '';
  const member = members?.find((m) => m.id === id);
  return member ? fullName(member) || id : id;
}
