/** What the search field of the household list sends: a name, a postcode (with house number), or a BSN. */
export type HouseholdSearch =
  | { kind: 'name'; q: string }
  | { kind: 'address'; postcode: string; houseNumber?: number }
  | { kind: 'bsn'; bsn: string };

export type ParsedSearch = { search: HouseholdSearch } | { error: string } | null;

const POSTCODE = /^([1-9]\d{3})\s*([A-Za-z]{2})(?:[\s,]+(\d{1,5})(?:\s*-?\s*[A-Za-z0-9]{1,4})?)?$/;

/** The eleven-test of a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11. */
export function passesElevenTest(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const digits = [...bsn].map(Number);
  const sum = digits.slice(0, 8).reduce((total, digit, index) => total + (9 - index) * digit, 0) - digits[8];
  return sum % 11 === 0 && bsn !== '000000000';
}

/**
 * Reads what the user typed: 8 or 9 digits are a BSN (an 8-digit one gets its leading zero back), a Dutch postcode
 * with an optional house number (`1502AB 12`, `1502 ab, 12-A`) is an address, anything else is (part of) a name.
 */
export function parseHouseholdSearch(text: string): ParsedSearch {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const digits = trimmed.replace(/[\s.]/g, '');
  if (/^\d+$/.test(digits)) {
    if (digits.length < 8 || digits.length > 9) {
      return { error: 'Een BSN heeft 9 cijfers. Zoek op een adres met postcode en huisnummer, bijvoorbeeld 1502AB 12.' };
    }
    const bsn = digits.padStart(9, '0');
    return passesElevenTest(bsn) ? { search: { kind: 'bsn', bsn } } : { error: 'Dit BSN klopt niet (elfproef).' };
  }
  const address = POSTCODE.exec(trimmed);
  if (address) {
    const postcode = `${address[1]}${address[2].toUpperCase()}`;
    return { search: address[3] ? { kind: 'address', postcode, houseNumber: Number(address[3]) }
      : { kind: 'address', postcode } };
  }
  if (trimmed.length > 100) return { error: 'Zoek op hooguit 100 tekens.' };
  return { search: { kind: 'name', q: trimmed } };
}

/** The query parameters of `GET /api/v1/households` for a search. */
export function searchQuery(search: HouseholdSearch): { q?: string; postcode?: string; houseNumber?: number; bsn?: string } {
  switch (search.kind) {
    case 'name':
      return { q: search.q };
    case 'address':
      return search.houseNumber === undefined ? { postcode: search.postcode }
        : { postcode: search.postcode, houseNumber: search.houseNumber };
    case 'bsn':
      return { bsn: search.bsn };
  }
}

/** The caption above the results: what was searched, in words. The BSN is not repeated on screen. */
export function searchDescription(search: HouseholdSearch): string {
  switch (search.kind) {
    case 'name':
      return `naam ‘${search.q}’`;
    case 'address':
      return search.houseNumber === undefined
        ? `postcode ${search.postcode.slice(0, 4)} ${search.postcode.slice(4)}`
        : `postcode ${search.postcode.slice(0, 4)} ${search.postcode.slice(4)}, huisnummer ${search.houseNumber}`;
    case 'bsn':
      return 'het opgegeven BSN';
  }
}
