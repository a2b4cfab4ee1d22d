import type { DomainInvolvement, NewConsent, NewJournalEntry } from './api/client';
import { DOMAINS } from './caseLabels';
import { isoDate } from './dutchDate';

/** The form of a new journal entry, as the inputs hold it. */
export interface JournalInput {
  text: string;
  domain: string;
  memberIds: string[];
  confidential: boolean;
}

export const emptyJournal: JournalInput = { text: '', domain: '', memberIds: [], confidential: false };

export const JOURNAL_MAX = 10_000;

/** The mistakes the browser can see before sending; the server checks the same and more. */
export function journalViolations(input: JournalInput): Record<string, string> {
  if (input.text.trim() === '') return { text: 'Schrijf de notitie.' };
  if (input.text.length > JOURNAL_MAX) return { text: 'Hooguit 10.000 tekens.' };
  return {};
}

export function toNewJournalEntry(input: JournalInput): NewJournalEntry {
  return {
    text: input.text.trim(),
    ...(input.domain ? { domain: input.domain as NewJournalEntry['domain'] } : {}),
    memberIds: input.memberIds,
    confidential: input.confidential,
  };
}

/** The server's field path → the input that shows it in the journal form. */
export function journalInputId(field: string): string | undefined {
  if (field === 'text') return 'journal-text';
  if (field === 'domain') return 'journal-domain';
  if (field === 'confidential') return 'journal-confidential';
  return undefined;
}

export const JOURNAL_LABELS: Record<string, string> = {
  text: 'Notitie', domain: 'Domein', memberIds: 'Over wie', confidential: 'Vertrouwelijk',
};

/** The small form that closes a case. */
export interface ClosingInput {
  closingReason: string;
  outcomeSummary: string;
}

export function closingViolations(input: ClosingInput): Record<string, string> {
  const violations: Record<string, string> = {};
  if (!input.closingReason) violations.closingReason = 'Kies de reden van afsluiten.';
  if (input.outcomeSummary.trim() === '') violations.outcomeSummary = 'Schrijf een korte samenvatting van de uitkomst.';
  else if (input.outcomeSummary.length > 2000) violations.outcomeSummary = 'Hooguit 2000 tekens.';
  return violations;
}

export const CLOSING_INPUT_IDS: Record<string, string> = {
  closingReason: 'close-reason', outcomeSummary: 'close-summary',
};
export const CLOSING_LABELS: Record<string, string> = {
  closingReason: 'Reden', outcomeSummary: 'Samenvatting van de uitkomst',
};

/** The key of "the household as a whole" in a domain selection. */
export const HOUSEHOLD = '';

/** Domains per member id ('' for the whole household), as the checkboxes of the domains form show them. */
export type DomainSelection = Record<string, string[]>;

export function toDomainSelection(
  domains: { domain?: string | null; memberId?: string | null }[] | null | undefined,
): DomainSelection {
  const selection: DomainSelection = {};
  for (const involvement of domains ?? []) {
    if (!involvement.domain) continue;
    const key = involvement.memberId ?? HOUSEHOLD;
    const current = selection[key] ?? [];
    if (!current.includes(involvement.domain)) selection[key] = [...current, involvement.domain];
  }
  return selection;
}

/** The request list: household-wide domains first, then per member in the given order, domains in fixed order. */
export function toDomainList(selection: DomainSelection, memberOrder: string[] = []): DomainInvolvement[] {
  const keys = [HOUSEHOLD, ...memberOrder, ...Object.keys(selection)]
    .filter((key, index, all) => all.indexOf(key) === index);
  const list: DomainInvolvement[] = [];
  for (const key of keys) {
    const chosen = selection[key] ?? [];
    for (const domain of DOMAINS) {
      if (chosen.includes(domain)) list.push(key === HOUSEHOLD ? { domain } : { domain, memberId: key });
    }
  }
  return list;
}

export function toggleDomain(selection: DomainSelection, key: string, domain: string, on: boolean): DomainSelection {
  const current = selection[key] ?? [];
  const next = on ? [...current.filter((d) => d !== domain), domain] : current.filter((d) => d !== domain);
  return { ...selection, [key]: next };
}

/** The form that records a consent or objection. */
export interface ConsentInput {
  memberId: string;
  decision: string;
  recipientKind: string;
  recipient: string;
  purpose: string;
  recordedOn: string;
  expiresOn: string;
}

export function emptyConsent(recordedOn: string): ConsentInput {
  return {
    memberId: '', decision: 'GIVEN', recipientKind: 'DOMAIN', recipient: '', purpose: '', recordedOn, expiresOn: '',
  };
}

export function consentViolations(input: ConsentInput): Record<string, string> {
  const violations: Record<string, string> = {};
  if (!input.memberId) violations.memberId = 'Kies het lid.';
  if (!input.recipient.trim()) {
    violations.recipient = input.recipientKind === 'DOMAIN' ? 'Kies het domein.' : 'Vul de organisatie in.';
  }
  if (!input.recordedOn) violations.recordedOn = 'Vul de datum in.';
  if (input.expiresOn && input.recordedOn && isoDate(input.expiresOn) < isoDate(input.recordedOn)) {
    violations.expiresOn = 'De einddatum ligt na de datum van vastleggen.';
  }
  return violations;
}

/** Empty optional fields are left out; required ones are sent as typed so that the server names what is wrong. */
export function toNewConsent(input: ConsentInput): NewConsent {
  const body: Record<string, string> = {
    memberId: input.memberId,
    decision: input.decision,
    recipientKind: input.recipientKind,
    recipient: input.recipient.trim(),
    recordedOn: isoDate(input.recordedOn),
  };
  if (input.purpose.trim()) body.purpose = input.purpose.trim();
  if (input.expiresOn) body.expiresOn = isoDate(input.expiresOn);
  return body as unknown as NewConsent;
}

export const CONSENT_FIELDS = ['memberId', 'decision', 'recipientKind', 'recipient', 'purpose', 'recordedOn', 'expiresOn'];
export const CONSENT_LABELS: Record<string, string> = {
  memberId: 'Lid', decision: 'Besluit', recipientKind: 'Delen met', recipient: 'Ontvanger', purpose: 'Doel',
  recordedOn: 'Vastgelegd op', expiresOn: 'Geldig tot',
};

export function consentInputId(field: string): string | undefined {
  return CONSENT_FIELDS.includes(field) ? `consent-${field}` : undefined;
}

/** Error-summary order: the order of the fields in a form, unknown fields last. */
export function inOrder(fields: string[]) {
  return (fieldErrors: Record<string, string>): [string, string][] =>
    Object.entries(fieldErrors).sort(([a], [b]) => position(fields, a) - position(fields, b));
}

function position(fields: string[], field: string): number {
  const index = fields.findIndex((known) => field === known || field.startsWith(`${known}[`) || field.startsWith(`${known}.`));
  return index < 0 ? fields.length : index;
}
