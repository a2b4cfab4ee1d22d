/** Labels and checks of the waiting norms screen (Beheer → Wachttijdnormen), apart so they can be unit-tested. */

export const INTAKE = 'WIJKTEAM_INTAKE';

const DOMAINS: Record<string, string> = {
  JEUGD: 'Jeugd (alle producten)',
  WMO: 'Wmo (alle producten)',
  PARTICIPATIE: 'Participatie (alle producten)',
  SCHULDEN: 'Schulden (alle producten)',
};

interface ProductLike {
  code?: string;
  name?: string;
}

/** What a norm applies to, in words: a product by its name, a whole domain, or the wijkteam's own intake. */
export function normTargetLabel(appliesTo: string | null | undefined, products: ProductLike[]): string {
  if (!appliesTo) return '';
  if (appliesTo === INTAKE) return 'Eigen intake wijkteam (aanmelding → eerste gesprek)';
  if (DOMAINS[appliesTo]) return DOMAINS[appliesTo];
  return products.find((p) => p.code === appliesTo)?.name ?? 'Onbekend product';
}

/** The choices for a new norm: the intake, the domains, then every product by name. */
export function normTargetOptions(products: ProductLike[]): { value: string; label: string }[] {
  return [
    { value: INTAKE, label: normTargetLabel(INTAKE, products) },
    ...Object.entries(DOMAINS).map(([value, label]) => ({ value, label })),
    ...products.filter((p) => p.code).map((p) => ({ value: p.code!, label: p.name ?? 'Product' })),
  ];
}

/** "56 dagen (8 weken)", "10 dagen (1,4 weken)", "1 dag". */
export function daysText(days: number | null | undefined): string {
  if (days === null || days === undefined) return '–';
  const word = days === 1 ? 'dag' : 'dagen';
  if (days < 7) return `${days} ${word}`;
  const weeks = days / 7;
  const shown = Number.isInteger(weeks) ? String(weeks) : weeks.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  return `${days} ${word} (${shown} ${weeks === 1 ? 'week' : 'weken'})`;
}

export interface NormInput {
  normDays: string;
  warningDays: string;
  checkInDays: string;
  source: string;
}

/** The checks the server makes too, so the form says them before sending: positive days, warning before the norm. */
export function normErrors(input: NormInput): Record<string, string> {
  const errors: Record<string, string> = {};
  const whole = (text: string) => /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  const norm = whole(input.normDays);
  const warning = whole(input.warningDays);
  const checkIn = whole(input.checkInDays);
  if (Number.isNaN(norm) || norm < 1 || norm > 730) errors.normDays = 'Vul een norm tussen 1 en 730 dagen in';
  if (Number.isNaN(warning)) errors.warningDays = 'Vul het aantal dagen tot de waarschuwing in';
  else if (!Number.isNaN(norm) && warning >= norm) errors.warningDays = 'De waarschuwing valt vóór het verstrijken van de norm';
  if (Number.isNaN(checkIn) || checkIn < 1 || checkIn > 365) errors.checkInDays = 'Vul een termijn tussen 1 en 365 dagen in';
  if (!input.source.trim()) errors.source = 'Vermeld de bron van de norm';
  return errors;
}
