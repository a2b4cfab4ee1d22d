/** Labels and small rules of the waiting list screens (issue 17), kept apart so they can be unit-tested. */

/** A percentile, or "<10" when the group is too small to show one. */
export function percentileText(value: number | null | undefined, count: number | null | undefined): string {
  if ((count ?? 0) < 10 || value === null || value === undefined) return '<10';
  return `${value} d`;
}

/** "nog 12 dagen", "vandaag", "3 dagen over de norm". */
export function daysLeftText(daysLeft: number | null | undefined): string {
  if (daysLeft === null || daysLeft === undefined) return '–';
  if (daysLeft === 0) return 'laatste dag';
  if (daysLeft > 0) return `nog ${daysLeft} ${daysLeft === 1 ? 'dag' : 'dagen'}`;
  const over = -daysLeft;
  return `${over} ${over === 1 ? 'dag' : 'dagen'} over de norm`;
}

const STATUS: Record<string, string> = {
  DRAFT: 'nog niet aangevraagd',
  WAITING: 'wacht',
  PAUSED: 'gepauzeerd',
  IN_CARE: 'in zorg',
  ENDED: 'zorg beëindigd',
  WITHDRAWN: 'ingetrokken',
};

export function referralStatusLabel(status: string | null | undefined): string {
  return STATUS[status ?? ''] ?? 'onbekend';
}

const STEP: Record<string, string> = {
  NEED_ESTABLISHED: 'Behoefte vastgesteld',
  REQUEST_SENT: 'Aanvraag verstuurd (315)',
  ALLOCATED: 'Toegewezen (301)',
  START_OFFERED: 'Start aangeboden',
  CARE_STARTED: 'Zorg gestart (305)',
  CARE_ENDED: 'Zorg beëindigd (307)',
};

export function stepLabel(step: string | null | undefined): string {
  return STEP[step ?? ''] ?? 'Stap';
}

export const STEPS = Object.keys(STEP);

export const DOMAIN_LABELS: Record<string, string> = {
  JEUGD: 'Jeugd', WMO: 'Wmo', PARTICIPATIE: 'Participatie', SCHULDEN: 'Schulden',
};

export const PAUSE_REASONS: Record<string, string> = {
  RESIDENT_WISH: 'Op eigen verzoek van de bewoner',
  ADMISSION: 'Opname',
  DIAGNOSTICS_ELSEWHERE: 'Onderzoek elders',
  OTHER: 'Andere reden',
};

export const WITHDRAWAL_REASONS: Record<string, string> = {
  NO_LONGER_NEEDED: 'Niet meer nodig',
  OTHER_SOLUTION: 'Andere oplossing gevonden',
  RESIDENT_DECLINED: 'Bewoner ziet ervan af',
  MOVED: 'Verhuisd',
  OTHER: 'Andere reden',
};

/** The week of a flow row as "week van 03-02-2025". */
export function weekLabel(isoMonday: string | null | undefined, format: (iso: string) => string): string {
  return isoMonday ? `week van ${format(isoMonday)}` : '';
}
