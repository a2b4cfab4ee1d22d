/**
 * The plan tab's logic, apart from React so vitest can check it: grouping actions by who carries them, the agreement
 * status per member, the countdown to the next evaluation, Dutch sentences for the differences between versions, and
 * the draft form's state ↔ the API's request.
 */
import type { components } from '../../api/schema';
import { isoDate, toDutchDate } from '../../dutchDate';

type Schemas = components['schemas'];
export type PlanDraftBody = Schemas['PlanDraft'];
type PersonBody = Schemas['PlanPersonInput'];
type ActionBody = Schemas['PlanActionInput'];
export type OfferOutcome = Schemas['PlanOfferInput']['outcome'];
export type Channel = Schemas['PlanAgreementInput']['channel'];
export type ActionStatusCode = Schemas['PlanActionStatusInput']['status'];
export type GoalResultCode = Schemas['PlanGoalResultInput']['result'];
export type Decision = Schemas['PlanEvaluationInput']['decision'];

export interface PlanPersonLike { kind?: string; memberId?: string; userId?: string; name?: string; relation?: string; label?: string }
export interface PlanActionLike { key?: string; text?: string; carrier?: PlanPersonLike; dueOn?: string; status?: string }
export interface PlanGoalLike {
  key?: string; text?: string; domain?: string; memberId?: string; baselineScore?: number; targetScore?: number;
  targetDate?: string;
}
export interface PlanAgreementLike { memberId?: string; agrees?: boolean; answeredOn?: string; channel?: string; statement?: string }
export interface PlanMemberLike { id?: string; name?: string; asked?: boolean }
export interface PlanVersionLike {
  number?: number; established?: boolean; strengths?: string; concerns?: string; regisseur?: PlanPersonLike;
  nextEvaluationOn?: string; goals?: PlanGoalLike[]; actions?: PlanActionLike[]; agreements?: PlanAgreementLike[];
}

export const CARRIER_GROUPS: { kind: string; title: string }[] = [
  { kind: 'MEMBER', title: 'Wat het huishouden zelf doet' },
  { kind: 'NETWORK', title: 'Wat het netwerk doet' },
  { kind: 'PROFESSIONAL', title: 'Wat professionals van het team doen' },
  { kind: 'PROVIDER', title: 'Wat aanbieders doen' },
];

export const ACTION_STATUSES = [
  { value: 'TE_DOEN', label: 'Te doen' }, { value: 'BEZIG', label: 'Bezig' },
  { value: 'KLAAR', label: 'Klaar' }, { value: 'VERVALLEN', label: 'Vervallen' },
];

export const GOAL_RESULTS = [
  { value: 'BEREIKT', label: 'Bereikt' }, { value: 'DEELS', label: 'Deels bereikt' },
  { value: 'NIET', label: 'Niet bereikt' }, { value: 'VERVALLEN', label: 'Vervallen' },
];

export const CHANNELS = [
  { value: 'IN_PERSON', label: 'In gesprek' }, { value: 'PHONE', label: 'Telefonisch' },
  { value: 'PAPER', label: 'Op papier' }, { value: 'WRITING', label: 'Schriftelijk' },
];

export const OFFER_OUTCOMES = [
  { value: 'ACCEPTED', label: 'Aanvaard: de familie schrijft het plan zelf' },
  { value: 'DECLINED', label: 'Afgewezen' },
  { value: 'NOT_APPLICABLE', label: 'Niet van toepassing' },
];

export const PERSON_KINDS = [
  { value: 'MEMBER', label: 'Iemand uit het huishouden' }, { value: 'NETWORK', label: 'Iemand uit het netwerk' },
  { value: 'PROFESSIONAL', label: 'Professional van het team' }, { value: 'PROVIDER', label: 'Aanbieder' },
];

const PHASES: Record<string, string> = {
  NOT_STARTED: 'Nog niet begonnen', OFFER: 'Aanbod familiegroepsplan', DRAFT: 'Plan in de maak',
  EXECUTION: 'Uitvoering', EVALUATION: 'Evaluatie', CLOSED: 'Afgesloten',
};

export function phaseLabel(phase: string | undefined): string {
  return PHASES[phase ?? ''] ?? 'Onbekend';
}

export function labelOf(options: { value: string; label: string }[], value: string | undefined): string {
  return options.find((o) => o.value === value)?.label ?? '';
}

/** The actions of a version grouped by the kind of who carries them, in a fixed order; empty groups left out. */
export function actionsByCarrier(actions: PlanActionLike[] | undefined): { title: string; actions: PlanActionLike[] }[] {
  return CARRIER_GROUPS
    .map((group) => ({ title: group.title, actions: (actions ?? []).filter((a) => a.carrier?.kind === group.kind) }))
    .filter((group) => group.actions.length > 0);
}

/** Per member whether they are asked and what they answered on the version: a sentence for the page. */
export function agreementStatus(members: PlanMemberLike[] | undefined, version: PlanVersionLike | undefined):
  { id: string; name: string; status: string }[] {
  return (members ?? []).map((member) => {
    const answer = version?.agreements?.find((a) => a.memberId === member.id);
    const status = !member.asked ? 'Wordt niet gevraagd (jonger dan 12)'
      : !answer ? 'Nog niet gevraagd'
        : `${answer.agrees ? 'Akkoord' : 'Niet akkoord'} op ${toDutchDate(answer.answeredOn)}`
          + ` (${labelOf(CHANNELS, answer.channel).toLowerCase()})`;
    return { id: member.id ?? '', name: member.name ?? '', status };
  });
}

/** Whole days from `today` to `date` (both jjjj-mm-dd); negative when the date passed. */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** `over 12 dagen`, `morgen`, `vandaag`, `3 dagen geleden`. */
export function countdown(today: string, date: string | undefined): string {
  if (!date) return '';
  const days = daysUntil(today, date);
  if (days === 0) return 'vandaag';
  if (days === 1) return 'morgen';
  if (days > 1) return `over ${days} dagen`;
  return days === -1 ? '1 dag geleden' : `${-days} dagen geleden`;
}

const PARTS: Record<string, string> = {
  GOAL: 'Doel', ACTION: 'Actie', STRENGTHS: 'Wat goed gaat', CONCERNS: 'Zorgen', REGISSEUR: 'Regisseur',
  NEXT_EVALUATION: 'Volgende evaluatie',
};

/** A difference between versions as a Dutch sentence. */
export function changeText(change: { part?: string; change?: string; before?: string; after?: string }): string {
  const part = PARTS[change.part ?? ''] ?? 'Onderdeel';
  const show = (text: string | undefined) => (change.part === 'NEXT_EVALUATION' ? toDutchDate(text) : text ?? '');
  switch (change.change) {
    case 'ADDED': return `${part} toegevoegd: ${show(change.after)}`;
    case 'REMOVED': return `${part} geschrapt: ${show(change.before)}`;
    default:
      return change.part === 'REGISSEUR' ? 'Een andere regisseur'
        : `${part} gewijzigd: ${show(change.before)} → ${show(change.after)}`;
  }
}

// The draft form.

export interface PersonInput { kind: string; memberId: string; userId: string; name: string; relation: string }
export interface GoalInput { key: string; text: string; domain: string; memberId: string; targetScore: string; targetDate: string }
export interface ActionInput { key: string; text: string; carrier: PersonInput; dueOn: string; status: string }
export interface DraftInput {
  strengths: string; concerns: string; regisseur: PersonInput; goals: GoalInput[]; actions: ActionInput[];
  nextEvaluationOn: string;
}

export const emptyPerson = (kind = ''): PersonInput => ({ kind, memberId: '', userId: '', name: '', relation: '' });
export const emptyGoal = (): GoalInput => ({ key: '', text: '', domain: '', memberId: '', targetScore: '', targetDate: '' });
export const emptyAction = (): ActionInput => ({ key: '', text: '', carrier: emptyPerson('MEMBER'), dueOn: '', status: 'TE_DOEN' });

function personInput(person: PlanPersonLike | undefined): PersonInput {
  return {
    kind: person?.kind ?? '', memberId: person?.memberId ?? '', userId: person?.userId ?? '', name: person?.name ?? '',
    relation: person?.relation ?? '',
  };
}

/** The form filled from the latest version (to change it), or empty with the default evaluation date. */
export function draftFrom(version: PlanVersionLike | undefined, defaultNextEvaluationOn: string | undefined): DraftInput {
  if (!version) {
    return {
      strengths: '', concerns: '', regisseur: emptyPerson('PROFESSIONAL'), goals: [emptyGoal()], actions: [],
      nextEvaluationOn: toDutchDate(defaultNextEvaluationOn),
    };
  }
  return {
    strengths: version.strengths ?? '', concerns: version.concerns ?? '', regisseur: personInput(version.regisseur),
    goals: (version.goals ?? []).map((g) => ({
      key: g.key ?? '', text: g.text ?? '', domain: g.domain ?? '', memberId: g.memberId ?? '',
      targetScore: g.targetScore ? String(g.targetScore) : '', targetDate: toDutchDate(g.targetDate),
    })),
    actions: (version.actions ?? []).map((a) => ({
      key: a.key ?? '', text: a.text ?? '', carrier: personInput(a.carrier), dueOn: toDutchDate(a.dueOn),
      status: a.status ?? 'TE_DOEN',
    })),
    nextEvaluationOn: toDutchDate(version.nextEvaluationOn),
  };
}

const blank = (text: string) => (text.trim() === '' ? undefined : text.trim());

function personRequest(person: PersonInput): PersonBody {
  return {
    kind: person.kind as PersonBody['kind'],
    memberId: person.kind === 'MEMBER' ? blank(person.memberId) : undefined,
    userId: person.kind === 'PROFESSIONAL' ? blank(person.userId) : undefined,
    name: person.kind === 'NETWORK' || person.kind === 'PROVIDER' ? person.name : undefined,
    relation: person.kind === 'NETWORK' ? person.relation : undefined,
  };
}

/** The form as the API's PlanDraft: dates as jjjj-mm-dd, empty optional fields left out. */
export function toDraftRequest(input: DraftInput, version: number): PlanDraftBody {
  return {
    version,
    strengths: blank(input.strengths),
    concerns: blank(input.concerns),
    regisseur: personRequest(input.regisseur),
    goals: input.goals.map((g) => ({
      key: blank(g.key), text: g.text, domain: blank(g.domain),
      memberId: blank(g.domain) ? blank(g.memberId) : undefined,
      targetScore: blank(g.targetScore) ? Number(g.targetScore) : undefined,
      targetDate: blank(g.targetDate) ? isoDate(g.targetDate) : undefined,
    })),
    actions: input.actions.map((a) => ({
      key: blank(a.key), text: a.text, carrier: personRequest(a.carrier),
      dueOn: blank(a.dueOn) ? isoDate(a.dueOn) : undefined, status: a.status as ActionBody['status'],
    })),
    nextEvaluationOn: isoDate(input.nextEvaluationOn),
  };
}

/** The id of the input a server field path belongs to: `goals[0].text` → `plan-goals-0-text`. */
export function planInputId(field: string): string {
  return `plan-${field.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

const FIELD_LABELS: Record<string, string> = {
  strengths: 'Wat goed gaat', concerns: 'Zorgen', regisseur: 'Regisseur', goals: 'Doelen', actions: 'Acties',
  nextEvaluationOn: 'Volgende evaluatie', text: 'Tekst', domain: 'Leefgebied', memberId: 'Lid',
  targetScore: 'Doelscore', targetDate: 'Streefdatum', carrier: 'Wie', kind: 'Soort', userId: 'Professional',
  name: 'Naam', relation: 'Relatie', dueOn: 'Uiterlijk', status: 'Stand', outcome: 'Uitkomst', agrees: 'Akkoord',
  answeredOn: 'Datum', channel: 'Hoe', statement: 'In eigen woorden', evaluatedOn: 'Datum van de evaluatie',
  withoutHelp: 'Kan het huishouden verder zonder hulp', problemsReduced: 'Zijn de problemen verminderd',
  goalsReached: 'Zijn de afgesproken doelen bereikt', decision: 'Hoe verder', outcomeSummary: 'Samenvatting',
};

/** `actions[1].carrier.name` → `Actie 2, Wie, Naam`. */
export function planFieldLabel(field: string): string {
  return field.split('.').map((part) => {
    const indexed = /^(goals|actions)\[(\d+)]$/.exec(part);
    if (indexed) return `${indexed[1] === 'goals' ? 'Doel' : 'Actie'} ${Number(indexed[2]) + 1}`;
    return FIELD_LABELS[part] ?? part;
  }).join(', ');
}
