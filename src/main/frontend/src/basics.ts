import type { components } from './api/schema';
import { isoDate } from './dutchDate';

type Schemas = components['schemas'];
export type Basics = Schemas['Basics'];
export type BasicsCheck = Schemas['BasicsCheck'];
export type BasicsFact = Schemas['BasicsFact'];
export type BasicsFactsRequest = Schemas['BasicsFactsRequest'];
export type BasicsNotInOrderCase = Schemas['BasicsNotInOrderCase'];

export const DIMENSIONS = ['HOUSING', 'INCOME', 'DEBTS', 'SAFETY'] as const;

const DIMENSION_LABELS: Record<string, string> = {
  HOUSING: 'Wonen', INCOME: 'Inkomen', DEBTS: 'Schulden', SAFETY: 'Veiligheid',
};

const OUTCOME_LABELS: Record<string, string> = {
  IN_ORDER: 'op orde', AT_RISK: 'wankel', NOT_IN_ORDER: 'niet op orde', UNKNOWN: 'onbekend',
};

export const HOUSING_OPTIONS = [
  { value: 'HOMELESS', label: 'Dakloos' },
  { value: 'TEMPORARY_SHELTER', label: 'Tijdelijk onderdak (opvang, logeren)' },
  { value: 'EVICTION_THREATENED', label: 'Dreigende uitzetting' },
  { value: 'RENT_ARREARS', label: 'Huurachterstand' },
  { value: 'INSECURE', label: 'Onzeker (tijdelijk contract, onderhuur)' },
  { value: 'STABLE_UNSUITABLE', label: 'Stabiel maar ongeschikt' },
  { value: 'STABLE', label: 'Stabiel' },
  { value: 'UNKNOWN', label: 'Onbekend' },
];

export const SOURCE_OPTIONS = [
  { value: 'RESIDENT', label: 'Bewoner' },
  { value: 'PROFESSIONAL', label: 'Professional' },
  { value: 'SIGNAL', label: 'Signaal' },
  { value: 'DOCUMENT', label: 'Document' },
];

export const ANSWER_OPTIONS = [
  { value: 'YES', label: 'Ja' },
  { value: 'NO', label: 'Nee' },
  { value: 'UNKNOWN', label: 'Onbekend' },
];

export function dimensionLabel(code: string | null | undefined): string {
  return DIMENSION_LABELS[code ?? ''] ?? code ?? '';
}

/** The word shown next to the colour: colour alone never carries the meaning. */
export function outcomeLabel(code: string | null | undefined): string {
  return OUTCOME_LABELS[code ?? ''] ?? 'onbekend';
}

/** The CSS class that colours an outcome (green, orange, red, grey). */
export function outcomeClass(code: string | null | undefined): string {
  switch (code) {
    case 'IN_ORDER': return 'wr-basics--in-order';
    case 'AT_RISK': return 'wr-basics--at-risk';
    case 'NOT_IN_ORDER': return 'wr-basics--not-in-order';
    default: return 'wr-basics--unknown';
  }
}

/** The latest check per dimension in the fixed order wonen, inkomen, schulden, veiligheid. */
export function dimensionsInOrder(basics: Pick<Basics, 'dimensions'>): BasicsCheck[] {
  const checks = basics.dimensions ?? [];
  return DIMENSIONS.map((dimension) => checks.find((check) => check.dimension === dimension)
    ?? { dimension, outcome: 'UNKNOWN', reason: 'Nog niet getoetst' } as BasicsCheck);
}

/** The form as the user typed it: every field a string, '' meaning "not filled in". */
export interface FactsForm {
  observedOn: string;
  source: string;
  housing: string;
  income: string;
  incomeSource: string;
  debtCount: string;
  debtHelp: string;
  disconnectionThreat: string;
  cbsRegistered: string;
  safetyConcern: string;
  veiligThuisReport: string;
}

export const EMPTY_FACTS: FactsForm = {
  observedOn: '', source: 'PROFESSIONAL', housing: '', income: '', incomeSource: '', debtCount: '', debtHelp: '',
  disconnectionThreat: '', cbsRegistered: '', safetyConcern: '', veiligThuisReport: '',
};

/** "1.369,06" or "1369.06" or "1369" euros → cents; null when empty; NaN when not an amount. */
export function euroToCents(text: string): number | null {
  const trimmed = text.trim().replace(/^€\s*/, '');
  if (trimmed === '') return null;
  const normalised = /,\d{1,2}$/.test(trimmed)
    ? trimmed.replace(/\./g, '').replace(',', '.')
    : trimmed.replace(/,/g, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(normalised)) return Number.NaN;
  return Math.round(Number(normalised) * 100);
}

/** Errors the form can show before sending (the server checks again); keys are the form's field ids. */
export function factsFormErrors(form: FactsForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const cents = euroToCents(form.income);
  if (cents !== null && Number.isNaN(cents)) errors.income = 'Vul een bedrag in euro in, zoals 1.250,00';
  else if (cents !== null && cents < 0) errors.income = 'Het inkomen is niet negatief';
  if (form.debtCount.trim() !== '' && !/^\d+$/.test(form.debtCount.trim())) {
    errors.debtCount = 'Vul een aantal in (0 of meer)';
  }
  return errors;
}

/** The request for what was filled in; a dimension with nothing filled in is left out. */
export function toFactsRequest(form: FactsForm): BasicsFactsRequest {
  const common = { observedOn: form.observedOn ? isoDate(form.observedOn) : undefined, source: form.source || undefined };
  const request: BasicsFactsRequest = {};
  if (form.housing) request.housing = { ...common, situation: form.housing };
  const cents = euroToCents(form.income);
  if (cents !== null || form.incomeSource) {
    request.income = {
      ...common,
      netMonthlyIncomeCents: cents ?? undefined,
      sources: form.incomeSource ? [form.incomeSource] : undefined,
    };
  }
  if (form.debtCount.trim() !== '' || form.debtHelp || form.disconnectionThreat || form.cbsRegistered) {
    request.debts = {
      ...common,
      count: form.debtCount.trim() === '' ? undefined : Number(form.debtCount.trim()),
      debtHelp: form.debtHelp || undefined,
      disconnectionThreat: form.disconnectionThreat || undefined,
      criteria: form.cbsRegistered ? [form.cbsRegistered] : undefined,
    };
  }
  if (form.safetyConcern || form.veiligThuisReport) {
    request.safety = {
      ...common,
      concern: form.safetyConcern || undefined,
      veiligThuisReport: form.veiligThuisReport || undefined,
    };
  }
  return request;
}

export function isEmptyRequest(request: BasicsFactsRequest): boolean {
  return !request.housing && !request.income && !request.debts && !request.safety;
}

/** How long a case has had a dimension "niet op orde", in whole days, for the team lead's view. */
export function daysSince(isoInstant: string | null | undefined, now: Date): number {
  if (!isoInstant) return 0;
  const since = new Date(isoInstant).getTime();
  return Math.max(0, Math.floor((now.getTime() - since) / 86_400_000));
}

const INPUT_LABELS: Record<string, string> = {
  housingSituation: 'Woonsituatie',
  housingSignal: 'Achterstand gemeld door verhuurder of hypotheekverstrekker',
  incomeKnown: 'Inkomen bekend',
  normKnown: 'Bijstandsnorm bekend',
  incomeCents: 'Netto maandinkomen',
  normCents: 'Bijstandsnorm',
  thresholdPercent: 'Grens van de gemeente (% van de norm)',
  householdType: 'Huishoudtype',
  normEffectiveFrom: 'Norm geldig vanaf',
  cbsCriteria: 'CBS-registraties',
  cbsProblematic: 'Geregistreerde problematische schulden',
  debtHelp: 'Schuldhulp loopt',
  disconnectionThreat: 'Afsluiting dreigt',
  debtCount: 'Aantal schulden',
  signalCreditors: 'Schuldeisers met een open vroegsignaal',
  utilitySignal: 'Vroegsignaal van energie of water',
  safetyConcern: 'Zorg over huiselijk geweld of kindveiligheid',
  veiligThuisReport: 'Melding bij Veilig Thuis',
};

const CODE_LABELS: Record<string, string> = {
  ...Object.fromEntries(HOUSING_OPTIONS.map((option) => [option.value, option.label.toLowerCase()])),
  YES: 'ja', NO: 'nee', UNKNOWN: 'onbekend',
  SINGLE: 'alleenstaande', SINGLE_PARENT: 'alleenstaande ouder', COUPLE: 'gehuwden of samenwonenden',
  SINGLE_PENSIONER: 'alleenstaande met AOW-leeftijd', COUPLE_PENSIONER: 'gehuwden met AOW-leeftijd',
};

const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

function inputValue(name: string, value: unknown): string {
  if (value === true) return 'ja';
  if (value === false) return 'nee';
  if ((name === 'incomeCents' || name === 'normCents') && typeof value === 'number') return euros.format(value / 100);
  if (name === 'debtCount' && value === -1) return 'onbekend';
  if (typeof value === 'string' && CODE_LABELS[value]) return CODE_LABELS[value];
  return String(value);
}

/** A check's inputs as "label: value" lines in Dutch, for the "waarom". */
export function inputLines(inputs: Record<string, unknown> | null | undefined): string[] {
  return Object.entries(inputs ?? {})
    .map(([name, value]) => `${INPUT_LABELS[name] ?? name}: ${inputValue(name, asNumber(value))}`);
}

/** Numbers arrive as JSON numbers or, from stored decimals, as numeric strings. */
function asNumber(value: unknown): unknown {
  return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}
