/** Labels for the iJw/iWmo message import on the administrator's page (Beheer → Berichten van aanbieders). */

export const IMPORT_STATUS_LABELS: Record<string, string> = {
  RECEIVED: 'Ontvangen', RUNNING: 'Bezig', DONE: 'Klaar', FAILED: 'Mislukt',
};

const MESSAGE_KINDS: Record<string, string> = {
  '315': 'Verzoek om toewijzing (315)',
  '301': 'Toewijzing (301)',
  '305': 'Start zorg (305)',
  '307': 'Einde zorg (307)',
};

export function messageKindLabel(kind: string | null | undefined): string {
  if (!kind) return '';
  return MESSAGE_KINDS[kind] ?? kind;
}

const OUTCOMES: Record<string, string> = {
  REJECTED: 'Afgekeurd', UNMATCHED: 'Niet gekoppeld', DUPLICATE: 'Al ontvangen', APPLIED: 'Verwerkt',
  UNCHANGED: 'Al bekend',
};

export function outcomeLabel(outcome: string | null | undefined): string {
  if (!outcome) return '';
  return OUTCOMES[outcome] ?? outcome;
}

/** Whether an import can be resumed by hand: it broke off, or it stopped without a run that still holds it. */
export function canResume(status: string | null | undefined): boolean {
  return status === 'FAILED' || status === 'RECEIVED';
}

/** "Pagina 2 van 7" for a page of {@code size} items (0-based page), or '' when everything fits on one page. */
export function pageText(page: number, size: number, total: number): string {
  const pages = Math.max(1, Math.ceil(total / size));
  return pages <= 1 ? '' : `Pagina ${page + 1} van ${pages}`;
}
