/** The logic of the Beheer page: who to look up in the access log, and how its rows read. */

import { formatNumber } from './format';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USER_ID = /^[A-Za-z0-9._@-]{1,100}$/;

export type AccessQuery = { bsn: string } | { subject: string };

/** A BSN (8 or 9 digits, dots and spaces allowed) or a person id (the member id, a UUID). */
export function parseAccessSubject(text: string): { query: AccessQuery } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Vul een BSN in.' };
  const digits = trimmed.replace(/[\s.]/g, '');
  if (/^\d{8,9}$/.test(digits)) return { query: { bsn: digits } };
  if (UUID.test(trimmed)) return { query: { subject: trimmed.toLowerCase() } };
  return { error: 'Een BSN heeft 9 cijfers; punten en spaties mogen.' };
}

/** The link of the CSV download for the same person. */
export function accessExportHref(query: AccessQuery): string {
  const params = new URLSearchParams('bsn' in query ? { bsn: query.bsn } : { subject: query.subject });
  return `/api/v1/access-log/export?${params.toString()}`;
}

/** The count above the overview's table: how many accesses, and whether the table shows only the oldest ones. */
export function accessCountText(listed: number, total: number | undefined): string {
  const all = total ?? listed;
  if (all === 0) return 'Geen toegang gevonden.';
  const found = `${formatNumber(all)} keer toegang gevonden.`;
  return listed < all
    ? `${found} Hieronder de oudste ${formatNumber(listed)}; de CSV bevat ze allemaal.`
    : found;
}

const ACTIONS: Record<string, string> = {
  CREATE: 'Aangemaakt', READ: 'Ingezien', UPDATE: 'Gewijzigd', DELETE: 'Verwijderd', EXPORT: 'Geëxporteerd',
};
const SUBJECT_TYPES: Record<string, string> = { HOUSEHOLD: 'Huishouden', MEMBER: 'Persoon', CASE: 'Zaak' };
const ROLES: Record<string, string> = {
  professional: 'wijkteamprofessional', teamlead: 'teamleider', policy: 'beleidsmedewerker',
  admin: 'functioneel beheerder', 'signal-partner': 'signaalpartner', system: 'systeem',
  'monitoring-feed': 'datawarehouse (monitoring)',
};
const OUTCOMES: Record<string, string> = { SUCCESS: 'Gelukt', DENIED: 'Geweigerd', FAILURE: 'Mislukt' };

const label = (labels: Record<string, string>) => (code: string | null | undefined): string =>
  code ? (labels[code] ?? code) : '';

export const accessActionLabel = label(ACTIONS);
export const subjectTypeLabel = label(SUBJECT_TYPES);
export const outcomeLabel = label(OUTCOMES);
/** A role in Dutch words (`teamlead` → `teamleider`), as the access overview shows who acted. */
export const roleLabel = label(ROLES);

/** Whether a login name can be added to a team (the API's pattern for user ids). */
export function loginNameError(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Vul de loginnaam in.';
  if (!USER_ID.test(trimmed)) return 'Een loginnaam bestaat uit letters, cijfers en . _ @ -, zonder spaties.';
  return undefined;
}

const REFUSAL_REASONS: Record<string, string> = {
  LOGIN_FAILED: 'Inloggen mislukt',
  LOCKED: 'Tijdelijk geblokkeerd',
  UNAUTHENTICATED: 'Niet (meer) ingelogd',
  FORBIDDEN: 'Geen toegang voor deze rol',
  OUT_OF_SCOPE: 'Buiten eigen team',
};

/** The reason of a refused attempt in Dutch: the server's label, else our own, never a bare code when we know it. */
export function refusalReasonLabel(reason: string | null | undefined, serverLabel?: string | null): string {
  return serverLabel || label(REFUSAL_REASONS)(reason);
}

export interface RefusalFilter {
  user?: string;
  from?: string;
  to?: string;
}

/** The filter of the refusals list from the form: dates as the date inputs give them (JJJJ-MM-DD), all optional. */
export function parseRefusalFilter(user: string, from: string, to: string):
  { filter: RefusalFilter } | { error: string; field: 'user' | 'to' } {
  const filter: RefusalFilter = {};
  if (user.trim() !== '') {
    if (!USER_ID.test(user.trim())) return { error: 'Een loginnaam bestaat uit letters, cijfers en . _ @ -, zonder spaties.', field: 'user' };
    filter.user = user.trim();
  }
  if (from !== '') filter.from = from;
  if (to !== '') filter.to = to;
  if (filter.from && filter.to && filter.to < filter.from) return { error: 'De einddatum ligt voor de begindatum.', field: 'to' };
  return { filter };
}
