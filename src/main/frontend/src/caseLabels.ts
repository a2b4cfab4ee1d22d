/** The Dutch words the case pages show for the codes of the API. Unknown codes are shown as they are. */

export const CASE_STATUSES = ['AANGEMELD', 'INTAKE', 'PLAN', 'UITVOERING', 'EVALUATIE', 'AFGESLOTEN'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const DOMAINS = ['JEUGD', 'WMO', 'PARTICIPATIE', 'SCHULDEN', 'WONEN', 'VEILIGHEID', 'GEZONDHEID'] as const;
export type Domain = (typeof DOMAINS)[number];

export const CLOSING_REASONS = [
  'DOELEN_BEREIKT', 'OVERGEDRAGEN', 'HULP_GEWEIGERD', 'VERHUISD', 'GEEN_CONTACT', 'GEEN_HULPVRAAG', 'OVERLEDEN', 'OVERIG',
] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

const STATUS_LABELS: Record<string, string> = {
  AANGEMELD: 'Aangemeld',
  INTAKE: 'Intake',
  PLAN: 'Plan',
  UITVOERING: 'Uitvoering',
  EVALUATIE: 'Evaluatie',
  AFGESLOTEN: 'Afgesloten',
};

const DOMAIN_LABELS: Record<string, string> = {
  JEUGD: 'Jeugd',
  WMO: 'Wmo',
  PARTICIPATIE: 'Participatie',
  SCHULDEN: 'Schulden',
  WONEN: 'Wonen',
  VEILIGHEID: 'Veiligheid',
  GEZONDHEID: 'Gezondheid',
};

const CLOSING_REASON_LABELS: Record<string, string> = {
  DOELEN_BEREIKT: 'Doelen bereikt',
  OVERGEDRAGEN: 'Overgedragen',
  HULP_GEWEIGERD: 'Hulp geweigerd',
  VERHUISD: 'Verhuisd',
  GEEN_CONTACT: 'Geen contact',
  GEEN_HULPVRAAG: 'Geen hulpvraag',
  OVERLEDEN: 'Overleden',
  OVERIG: 'Overig',
};

const ROLE_LABELS: Record<string, string> = {
  PARENT: 'ouder',
  PARTNER: 'partner',
  CHILD: 'kind',
  OTHER_ADULT: 'andere volwassene',
};

const STANDING_LABELS: Record<string, string> = {
  GELDIG: 'Geldig',
  VERLOPEN: 'Verlopen',
  INGETROKKEN: 'Ingetrokken',
  BEZWAAR: 'Bezwaar',
};

const DECISION_LABELS: Record<string, string> = { GIVEN: 'Toestemming', OBJECTED: 'Bezwaar' };
const RECIPIENT_KIND_LABELS: Record<string, string> = { DOMAIN: 'Domein', ORGANISATION: 'Organisatie' };

const label = (labels: Record<string, string>) => (code: string | null | undefined): string =>
  code ? (labels[code] ?? code) : '';

export const statusLabel = label(STATUS_LABELS);
export const domainLabel = label(DOMAIN_LABELS);
export const closingReasonLabel = label(CLOSING_REASON_LABELS);
export const roleLabel = label(ROLE_LABELS);
export const standingLabel = label(STANDING_LABELS);
export const decisionLabel = label(DECISION_LABELS);
export const recipientKindLabel = label(RECIPIENT_KIND_LABELS);

/** The order of the statuses in the process, for telling "forward" from "back". */
const ORDER: Record<string, number> = { AANGEMELD: 0, INTAKE: 1, PLAN: 2, UITVOERING: 3, EVALUATIE: 4, AFGESLOTEN: 5 };

/** The text of the button that moves a case from one status to another: `Naar intake`, `Terug naar plan`. */
export function transitionLabel(from: string | null | undefined, to: string): string {
  if (to === 'AFGESLOTEN') return 'Zaak afsluiten';
  const target = statusLabel(to).toLowerCase();
  const back = from !== null && from !== undefined && from in ORDER && to in ORDER && ORDER[to] < ORDER[from];
  return back ? `Terug naar ${target}` : `Naar ${target}`;
}

/** What happens next in each status: the summary header says it under the status. */
const NEXT_STEPS: Record<string, string> = {
  AANGEMELD: 'Volgende stap: kennismaken en de intake plannen.',
  INTAKE: 'Volgende stap: de intake afronden en de hulpvraag vaststellen.',
  PLAN: 'Volgende stap: het plan met het huishouden afspreken.',
  UITVOERING: 'Volgende stap: het plan uitvoeren en op tijd evalueren.',
  EVALUATIE: 'Volgende stap: de evaluatie afronden: doorgaan, het plan bijstellen of afsluiten.',
  AFGESLOTEN: 'De zaak is afgesloten. Open een nieuwe zaak als het huishouden opnieuw hulp vraagt.',
};

/** What the deadline ("uiterlijk") of each status is for. */
const DEADLINE_PURPOSES: Record<string, string> = {
  AANGEMELD: 'intake gepland',
  INTAKE: 'intake afgerond',
  PLAN: 'plan afgesproken',
  UITVOERING: 'evaluatie gestart',
  EVALUATIE: 'evaluatie afgerond',
};

export const nextStepLabel = label(NEXT_STEPS);
export const deadlinePurpose = label(DEADLINE_PURPOSES);

/** A step back in the process (evaluation back to execution or plan): it asks for a reason. */
export function isBackStep(from: string | null | undefined, to: string): boolean {
  return to !== 'AFGESLOTEN' && from !== null && from !== undefined && from in ORDER && to in ORDER
    && ORDER[to] < ORDER[from];
}

const languageNames = new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'code' });

/** A language code (`tr`, `ar`, `pap`) as its Dutch name (`Turks`); the code itself when it cannot be read. */
export function languageLabel(code: string | null | undefined): string {
  if (!code) return '';
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}
