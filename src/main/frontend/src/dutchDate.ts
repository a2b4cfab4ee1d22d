/**
 * Dates as a Dutch user types and reads them (dd-mm-jjjj), whatever the browser's locale: a date input would show
 * mm/dd/yyyy in an English Chromium. The API keeps ISO dates (jjjj-mm-dd).
 */

const DUTCH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** `30-11-2026` (also `30/11/2026`, `1-2-2026`) → `2026-11-30`; null when it is no existing date. */
export function parseDutchDate(text: string): string | null {
  const match = DUTCH.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2026-11-30` → `30-11-2026`; '' for nothing. */
export function toDutchDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return day && month && year ? `${day}-${month}-${year}` : iso;
}

/** Today in Dutch time as `30-11-2026`. */
export function todayDutch(now: Date = new Date()): string {
  return toDutchDate(now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }));
}

/** The message for a date field, or undefined when the text is a date (or empty and optional). */
export function dutchDateError(text: string, optional = false): string | undefined {
  if (text.trim() === '') return optional ? undefined : 'Vul een datum in als dd-mm-jjjj.';
  return parseDutchDate(text) ? undefined : 'Dit is geen bestaande datum. Schrijf de datum als dd-mm-jjjj.';
}

/** What a date field holds as the API wants it: dd-mm-jjjj becomes jjjj-mm-dd; anything else is kept as typed. */
export function isoDate(text: string): string {
  return parseDutchDate(text) ?? text.trim();
}
