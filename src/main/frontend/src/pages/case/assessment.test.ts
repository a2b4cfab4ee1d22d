import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../api/client';
import {
  assessmentInputId, assessmentLabel, assessmentViolations, changeOn, chartRows, domainsIn, emptyAssessment,
  outdatedBefore, toNewAssessment, trendOf, type AssessmentInput,
} from './assessment';

const ORDER = ['FINANCES', 'WORK_EDUCATION', 'HOUSING', 'SOCIAL_NETWORK'];

function input(overrides: Partial<AssessmentInput> = {}): AssessmentInput {
  return { ...emptyAssessment('2026-11-30', 'm1'), ...overrides };
}

describe('the assessment form', () => {
  it('asks for a member, a date not in the future and at least one score', () => {
    expect(assessmentViolations(input({ memberId: '' }), '2026-11-30', ORDER)).toEqual({
      memberId: 'Kies het lid.', scores: 'Geef op minstens één leefgebied een score.',
    });
    expect(assessmentViolations(input({
      assessedOn: '2026-12-01', scores: { FINANCES: { score: '2', carrier: '' } },
    }), '2026-11-30', ORDER)).toEqual({ assessedOn: 'De datum ligt in de toekomst.' });
    expect(assessmentViolations(input({ scores: { FINANCES: { score: '2', carrier: '' } } }), '2026-11-30', ORDER))
      .toEqual({});
  });

  it('sends only the scored domains, in the catalogue order, with a carrier only when chosen', () => {
    const sent = toNewAssessment(input({
      note: '  Eerste gesprek ',
      scores: {
        SOCIAL_NETWORK: { score: '4', carrier: 'NETWORK' },
        FINANCES: { score: '2', carrier: '' },
        HOUSING: { score: '', carrier: 'OWN_STRENGTH' },
      },
    }), ORDER);
    expect(sent).toEqual({
      memberId: 'm1', assessedOn: '2026-11-30', moment: 'INTAKE', note: 'Eerste gesprek',
      scores: [{ domain: 'FINANCES', score: 2 }, { domain: 'SOCIAL_NETWORK', score: 4, carrier: 'NETWORK' }],
    });
  });

  it('finds the input and the label of a server field by the domains that were sent', () => {
    const sent = ['FINANCES', 'SOCIAL_NETWORK'];
    expect(assessmentInputId('scores[1].score', sent)).toBe('assessment-score-SOCIAL_NETWORK');
    expect(assessmentInputId('scores[0].carrier', sent)).toBe('assessment-carrier-FINANCES');
    expect(assessmentInputId('assessedOn', sent)).toBe('assessment-assessedOn');
    expect(assessmentInputId('scores[5].score', sent)).toBeUndefined();
    const label = (code: string) => ({ FINANCES: 'Financiën', SOCIAL_NETWORK: 'Sociaal netwerk' })[code] ?? code;
    expect(assessmentLabel('scores[1].score', sent, label)).toBe('Score Sociaal netwerk');
    expect(assessmentLabel('memberId', sent, label)).toBe('Lid');
  });
});

describe('the date of an assessment, as a Dutch professional types it', () => {
  it('starts at today in dd-mm-jjjj and is sent as an ISO date', () => {
    const start = emptyAssessment('2026-11-30', 'm1');
    expect(start.assessedOn).toBe('30-11-2026');
    const scored = { ...start, scores: { FINANCES: { score: '3', carrier: '' } } };
    expect(toNewAssessment(scored, ORDER).assessedOn).toBe('2026-11-30');
  });

  it('names an impossible or future date before sending', () => {
    const scored = { scores: { FINANCES: { score: '3', carrier: '' } } };
    expect(assessmentViolations(input({ ...scored, assessedOn: '31-02-2026' }), '2026-11-30', ORDER).assessedOn)
      .toContain('geen bestaande datum');
    expect(assessmentViolations(input({ ...scored, assessedOn: '01-12-2026' }), '2026-11-30', ORDER).assessedOn)
      .toBe('De datum ligt in de toekomst.');
    expect(assessmentViolations(input({ ...scored, assessedOn: '29-11-2026' }), '2026-11-30', ORDER).assessedOn)
      .toBeUndefined();
  });
});

describe('the trend', () => {
  const assessments: Assessment[] = [
    { id: 'a2', memberId: 'm1', assessedOn: '2026-11-20', outdated: false,
      scores: [{ domain: 'FINANCES', score: 3 }, { domain: 'SOCIAL_NETWORK', score: 4 }] },
    { id: 'a1', memberId: 'm1', assessedOn: '2026-09-01', outdated: true, scores: [{ domain: 'FINANCES', score: 1 }] },
    { id: 'b1', memberId: 'm2', assessedOn: '2026-11-01', outdated: false, scores: [{ domain: 'JUSTICE', score: 5 }] },
  ];

  it('is one member\'s assessments in date order, with the outdated mark', () => {
    const points = trendOf(assessments, 'm1');
    expect(points.map((p) => [p.assessedOn, p.outdated])).toEqual([['2026-09-01', true], ['2026-11-20', false]]);
    expect(domainsIn(points, ORDER)).toEqual(['FINANCES', 'SOCIAL_NETWORK']);
    expect(chartRows(points)[1]).toMatchObject({ assessedOn: '2026-11-20', FINANCES: 3, SOCIAL_NETWORK: 4 });
    expect(chartRows(points)[0]).not.toHaveProperty('SOCIAL_NETWORK');
  });

  it('shows the change from the first to the last score', () => {
    const points = trendOf(assessments, 'm1');
    expect(changeOn(points, 'FINANCES')).toBe('+2');
    expect(changeOn(points, 'SOCIAL_NETWORK')).toBe('');
    expect(changeOn(trendOf([
      { memberId: 'x', assessedOn: '2026-01-01', scores: [{ domain: 'FINANCES', score: 4 }] },
      { memberId: 'x', assessedOn: '2026-02-01', scores: [{ domain: 'FINANCES', score: 3 }] },
    ], 'x'), 'FINANCES')).toBe('-1');
  });

  it('puts the outdated boundary validDays before today', () => {
    expect(outdatedBefore('2026-11-30', 30)).toBe(Date.parse('2026-10-31T00:00:00Z'));
  });
});
