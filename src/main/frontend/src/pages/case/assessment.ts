import type { Assessment, NewAssessment } from '../../api/client';
import { dutchDateError, isoDate, toDutchDate } from '../../dutchDate';

/** What the assessment form holds: per domain a score ('' = not scored) and optionally who carries it. */
export interface AssessmentInput {
  memberId: string;
  assessedOn: string;
  moment: string;
  note: string;
  scores: Record<string, { score: string; carrier: string }>;
}

export const NOTE_MAX = 2000;

export function emptyAssessment(today: string, memberId = ''): AssessmentInput {
  return { memberId, assessedOn: toDutchDate(today), moment: 'INTAKE', note: '', scores: {} };
}

/** The domains given a score, in the catalogue's order: the order in which they are sent. */
export function scoredDomains(input: AssessmentInput, domainOrder: string[]): string[] {
  return domainOrder.filter((domain) => input.scores[domain]?.score);
}

/** The mistakes the browser can see before sending; the server checks the same (by its own clock) and more. */
export function assessmentViolations(input: AssessmentInput, today: string, domainOrder: string[]): Record<string, string> {
  const violations: Record<string, string> = {};
  if (!input.memberId) violations.memberId = 'Kies het lid.';
  const assessedOn = isoDate(input.assessedOn);
  if (!input.assessedOn.trim()) violations.assessedOn = 'Vul de datum in.';
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(assessedOn)) violations.assessedOn = dutchDateError(input.assessedOn) ?? 'Schrijf de datum als dd-mm-jjjj.';
  else if (assessedOn > today) violations.assessedOn = 'De datum ligt in de toekomst.';
  if (!input.moment) violations.moment = 'Kies het moment.';
  if (scoredDomains(input, domainOrder).length === 0) violations.scores = 'Geef op minstens één leefgebied een score.';
  if (input.note.length > NOTE_MAX) violations.note = 'Hooguit 2.000 tekens.';
  return violations;
}

export function toNewAssessment(input: AssessmentInput, domainOrder: string[]): NewAssessment {
  const note = input.note.trim();
  return {
    memberId: input.memberId,
    assessedOn: isoDate(input.assessedOn),
    moment: input.moment as NewAssessment['moment'],
    scores: scoredDomains(input, domainOrder).map((domain) => {
      const { score, carrier } = input.scores[domain];
      return {
        domain: domain as NonNullable<NewAssessment['scores']>[number]['domain'],
        score: Number(score),
        ...(carrier ? { carrier: carrier as NonNullable<NewAssessment['scores']>[number]['carrier'] } : {}),
      };
    }),
    ...(note ? { note } : {}),
  };
}

export const scoreInputId = (domain: string) => `assessment-score-${domain}`;

/**
 * The server's field path → the input that shows it. `scores[2].score` names the third domain that was sent, so the
 * domains sent are needed to find it.
 */
export function assessmentInputId(field: string, sentDomains: string[]): string | undefined {
  if (field === 'memberId') return 'assessment-memberId';
  if (field === 'assessedOn') return 'assessment-assessedOn';
  if (field === 'moment') return 'assessment-moment';
  if (field === 'note') return 'assessment-note';
  if (field === 'scores') return sentDomains.length > 0 ? scoreInputId(sentDomains[0]) : 'assessment-scores';
  const match = /^scores\[(\d+)\]\.(score|domain|carrier)$/.exec(field);
  if (match) {
    const domain = sentDomains[Number(match[1])];
    if (!domain) return undefined;
    return match[2] === 'carrier' ? `assessment-carrier-${domain}` : scoreInputId(domain);
  }
  return undefined;
}

export const ASSESSMENT_FIELDS = ['memberId', 'assessedOn', 'moment', 'scores', 'note'];

export const ASSESSMENT_LABELS: Record<string, string> = {
  memberId: 'Lid', assessedOn: 'Datum', moment: 'Moment', scores: 'Scores', note: 'Notitie',
};

/** The label of a server field path, naming the domain for a score: `Score Financiën`. */
export function assessmentLabel(field: string, sentDomains: string[], domainLabel: (code: string) => string): string {
  const match = /^scores\[(\d+)\]\.(score|domain|carrier)$/.exec(field);
  if (match) {
    const domain = sentDomains[Number(match[1])];
    const what = match[2] === 'carrier' ? 'Wie draagt' : 'Score';
    return domain ? `${what} ${domainLabel(domain)}` : what;
  }
  return ASSESSMENT_LABELS[field] ?? field;
}

/** One point in time of the trend: the assessment's date and its score per domain. */
export interface TrendPoint {
  assessmentId: string;
  assessedOn: string;
  /** Milliseconds since 1970 at UTC midnight of the date: the chart's x axis. */
  time: number;
  outdated: boolean;
  scores: Record<string, number>;
}

export function dayToTime(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** The member's assessments in date order as points of the trend (the server lists them oldest first already). */
export function trendOf(assessments: Assessment[], memberId: string): TrendPoint[] {
  return assessments
    .filter((a) => a.memberId === memberId && a.assessedOn)
    .map((a) => ({
      assessmentId: a.id ?? '',
      assessedOn: a.assessedOn ?? '',
      time: dayToTime(a.assessedOn ?? ''),
      outdated: Boolean(a.outdated),
      scores: Object.fromEntries((a.scores ?? []).map((s) => [s.domain ?? '', s.score ?? 0])),
    }))
    .sort((x, y) => x.time - y.time);
}

/** The domains scored at least once in the trend, in the catalogue's order: the chart's lines and table's rows. */
export function domainsIn(points: TrendPoint[], domainOrder: string[]): string[] {
  return domainOrder.filter((domain) => points.some((p) => p.scores[domain] !== undefined));
}

/**
 * The change on a domain from the first to the last score of the trend: `+2`, `-1`, `0`; empty with fewer than two
 * scores. What professionals look for at a glance.
 */
export function changeOn(points: TrendPoint[], domain: string): string {
  const scores = points.map((p) => p.scores[domain]).filter((s): s is number => s !== undefined);
  if (scores.length < 2) return '';
  const change = scores[scores.length - 1] - scores[0];
  return change > 0 ? `+${change}` : String(change);
}

/** The chart's rows: one per point, a number per domain scored then (missing ones stay out, so lines skip them). */
export function chartRows(points: TrendPoint[]): Array<Record<string, number | string | boolean>> {
  return points.map((p) => ({ time: p.time, assessedOn: p.assessedOn, outdated: p.outdated, ...p.scores }));
}

/** From this date back scores are outdated (older than validDays), as a chart x value; the server marks each score. */
export function outdatedBefore(today: string, validDays: number): number {
  return dayToTime(today) - validDays * 24 * 60 * 60 * 1000;
}
