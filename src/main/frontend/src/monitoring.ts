import type { Loose, Release, ReleaseCell } from './api/client';
import type { Option } from './components/SelectField';

const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export const TOTAL = 'totaal';

/** `2026-03` → `maart 2026`; `totaal` → `Totaal`. */
export function monthLabel(month: string | null | undefined, short = false): string {
  if (!month) return '';
  if (month === TOTAL) return 'Totaal';
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return (short ? shortMonthFormat : monthFormat).format(date);
}

/** The `count` months up to and including `last` (yyyy-mm), newest first, as select options. */
export function monthOptions(last: string, count: number): Option[] {
  const [year, month] = last.split('-').map(Number);
  const options: Option[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(year, month - 1 - i, 1));
    const value = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
    options.push({ value, label: monthLabel(value) });
  }
  return options;
}

/** The month before the one of `today` (the last complete month), as yyyy-mm. */
export function lastCompleteMonth(today: Date): string {
  const date = new Date(Date.UTC(today.getFullYear(), today.getMonth() - 1, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A published figure as a number for a chart; a suppressed one ("x") is no bar or point at all, never 0. */
export function chartValue(cell: Loose<ReleaseCell> | undefined, share: boolean): number | null {
  if (!cell) return null;
  if (share) return cell.percentage ?? null;
  return cell.count && cell.count !== 'x' ? Number(cell.count) : null;
}

/** The cell as the table shows it: a count, or for a share `10 van 15 (67%)`; suppressed is "x". */
export function cellText(cell: Loose<ReleaseCell> | undefined, share: boolean): string {
  if (!cell) return '';
  if (!share) return cell.count ?? '';
  const percentage = cell.percentage !== null && cell.percentage !== undefined ? ` (${cell.percentage}%)` : '';
  return `${cell.count ?? ''} van ${cell.outOf ?? ''}${percentage}`;
}

/** The release's cells by area and month. */
export function cellIndex(release: Loose<Release>): Map<string, Loose<ReleaseCell>> {
  const index = new Map<string, Loose<ReleaseCell>>();
  for (const cell of release.cells ?? []) index.set(`${cell.area} ${cell.month}`, cell);
  return index;
}

/** Bars per area: the area's total over the period (null when suppressed). */
export function barsPerArea(release: Loose<Release>, share: boolean, name: (code: string) => string) {
  const cells = cellIndex(release);
  return (release.areas ?? []).map((area) => ({
    area: name(area), value: chartValue(cells.get(`${area} ${TOTAL}`), share),
  }));
}

/** The line over months: all areas together per month (null when suppressed). */
export function linePerMonth(release: Loose<Release>, share: boolean) {
  const cells = cellIndex(release);
  return (release.months ?? []).map((month) => ({
    month: monthLabel(month, true), value: chartValue(cells.get(`${TOTAL} ${month}`), share),
  }));
}

/** Why a cell reads "x", in words. */
export function suppressionText(reason: string | null | undefined, threshold: number): string {
  switch (reason) {
    case 'PRIMARY': return `minder dan ${threshold} huishoudens`;
    case 'SECONDARY': return 'anders terug te rekenen uit de totalen';
    case 'DIFFERENCING': return 'verschilt te weinig van een eerdere publicatie';
    default: return '';
  }
}

const SELF_RELIANCE_DOMAINS: Option[] = [
  ['FINANCES', 'Financiën'], ['WORK_EDUCATION', 'Werk en opleiding'], ['DAYTIME_ACTIVITIES', 'Tijdsbesteding'],
  ['HOUSING', 'Huisvesting'], ['DOMESTIC_RELATIONS', 'Huiselijke relaties'], ['MENTAL_HEALTH', 'Geestelijke gezondheid'],
  ['PHYSICAL_HEALTH', 'Lichamelijke gezondheid'], ['SUBSTANCE_USE', 'Middelengebruik'], ['BASIC_ADL', 'Basale ADL'],
  ['INSTRUMENTAL_ADL', 'Instrumentele ADL'], ['SOCIAL_NETWORK', 'Sociaal netwerk'],
  ['COMMUNITY_PARTICIPATION', 'Maatschappelijke participatie'], ['JUSTICE', 'Justitie'],
].map(([value, label]) => ({ value, label }));

const BASICS_DIMENSIONS: Option[] = [
  ['HOUSING', 'Wonen'], ['INCOME', 'Inkomen'], ['DEBTS', 'Schulden'], ['SAFETY', 'Veiligheid'],
].map(([value, label]) => ({ value, label }));

/** The domains a per-domain indicator may be limited to, by the module that feeds it. */
export function domainOptions(source: string | null | undefined): Option[] {
  if (source === 'assessment') return SELF_RELIANCE_DOMAINS;
  if (source === 'basics') return BASICS_DIMENSIONS;
  return [];
}
