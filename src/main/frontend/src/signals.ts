/** Labels and rules of the early-signalling screens, kept out of the components so they can be tested alone. */

export const PRIORITY_LABELS: Record<string, string> = {
  HOOG: 'Hoog', MIDDEN: 'Midden', LAAG: 'Laag', GEEN: 'Niet opgepakt',
};

export const MATCH_LABELS: Record<string, string> = {
  MATCHED: 'Gekoppeld aan huishouden', UNCERTAIN: 'Koppeling bevestigen', UNKNOWN: 'Onbekend adres',
};

export const THREAT_LABELS: Record<string, string> = {
  GEEN: 'Geen', HUISUITZETTING: 'Dreigende huisuitzetting', AFSLUITING: 'Dreigende afsluiting',
};

export const CONTACT_KIND_LABELS: Record<string, string> = {
  TELEFOON: 'Telefoon', HUISBEZOEK: 'Huisbezoek', BRIEF: 'Brief', MAIL: 'Mail', SMS_WHATSAPP: 'SMS/WhatsApp',
  KAARTJE: 'Kaartje', ADMINISTRATIEF: 'Administratief', OVERIGE: 'Overige',
};

export const PART_OF_DAY_LABELS: Record<string, string> = { OCHTEND: 'Ochtend', MIDDAG: 'Middag', AVOND: 'Avond' };

export const BATCH_STATUS_LABELS: Record<string, string> = {
  RECEIVED: 'Ontvangen', RUNNING: 'Bezig', DONE: 'Klaar', FAILED: 'Mislukt',
};

/** How urgent a signal case is, for colour and order: overdue first, then the last two working days. */
export type Urgency = 'overdue' | 'soon' | 'normal' | 'none';

export function urgencyOf(workingDaysLeft: number | null | undefined): Urgency {
  if (workingDaysLeft === null || workingDaysLeft === undefined) return 'none';
  if (workingDaysLeft < 0) return 'overdue';
  if (workingDaysLeft <= 1) return 'soon';
  return 'normal';
}

/** The countdown a professional reads: "Nog 3 werkdagen", "Vandaag", "2 werkdagen te laat". */
export function countdown(workingDaysLeft: number | null | undefined): string {
  if (workingDaysLeft === null || workingDaysLeft === undefined) return 'Geen termijn';
  if (workingDaysLeft === 0) return 'Vandaag';
  if (workingDaysLeft > 0) return `Nog ${workingDaysLeft} ${workingDaysLeft === 1 ? 'werkdag' : 'werkdagen'}`;
  const late = -workingDaysLeft;
  return `${late} ${late === 1 ? 'werkdag' : 'werkdagen'} te laat`;
}

const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** Cents as euros, `€ 1.234,50`. */
export function formatEuros(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : euroFormat.format(cents / 100);
}

/** Names of the triage inputs as the signal-case page explains them. */
export const TRIAGE_INPUT_LABELS: Record<string, string> = {
  crisis: 'Crisis gemeld',
  threat: 'Dreiging',
  amountCents: 'Totaalbedrag',
  minimumAmountCents: 'Drempelbedrag gemeente',
  creditorCount: 'Aantal schuldeisers',
  arrearsDays: 'Dagen achterstand',
  knownHousehold: 'Huishouden heeft een open zaak',
  vulnerableWijk: 'Kwetsbare wijk',
};

/** One triage input, readable: booleans as ja/nee, amounts in euros, threats in words. */
export function triageInput(name: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (name.endsWith('Cents') && typeof value === 'number') return formatEuros(value);
  if (name === 'threat' && typeof value === 'string') return THREAT_LABELS[value] ?? value;
  return String(value);
}

/** Progress of an upload in percent (0–100), for the progress bar. */
export function progressPercent(done: number | null | undefined, total: number | null | undefined): number {
  if (!total || !done) return 0;
  return Math.min(100, Math.floor((done * 100) / total));
}
