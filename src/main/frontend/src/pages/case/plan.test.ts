import { describe, expect, it } from 'vitest';
import {
  actionsByCarrier, agreementStatus, changeText, countdown, daysUntil, draftFrom, toDraftRequest,
} from './plan';

describe('plan tab logic', () => {
  it('groups actions by who carries them, household first, empty groups left out', () => {
    const groups = actionsByCarrier([
      { text: 'Budgetplan', carrier: { kind: 'PROFESSIONAL' } },
      { text: 'Ophalen', carrier: { kind: 'NETWORK' } },
      { text: 'Post openen', carrier: { kind: 'MEMBER' } },
    ]);
    expect(groups.map((g) => g.title)).toEqual([
      'Wat het huishouden zelf doet', 'Wat het netwerk doet', 'Wat professionals van het team doen']);
    expect(groups[1].actions[0].text).toBe('Ophalen');
  });

  it('says per member whether they agreed, were not asked yet, or are too young', () => {
    const status = agreementStatus([
      { id: 'm', name: 'Moeder', asked: true }, { id: 's', name: 'Zoon', asked: true },
      { id: 'd', name: 'Dochter', asked: false }],
    { agreements: [{ memberId: 'm', agrees: true, answeredOn: '2026-11-30', channel: 'PHONE' }] });
    expect(status.map((s) => s.status)).toEqual([
      'Akkoord op 30-11-2026 (telefonisch)', 'Nog niet gevraagd', 'Wordt niet gevraagd (jonger dan 12)']);
  });

  it('counts down to the next evaluation', () => {
    expect(daysUntil('2026-11-30', '2027-02-28')).toBe(90);
    expect(countdown('2026-11-30', '2026-12-12')).toBe('over 12 dagen');
    expect(countdown('2026-11-30', '2026-12-01')).toBe('morgen');
    expect(countdown('2026-11-30', '2026-11-30')).toBe('vandaag');
    expect(countdown('2026-11-30', '2026-11-27')).toBe('3 dagen geleden');
    expect(countdown('2026-11-30', undefined)).toBe('');
  });

  it('writes the differences between versions in Dutch', () => {
    expect(changeText({ part: 'GOAL', change: 'ADDED', after: 'Naar voetbal' })).toBe('Doel toegevoegd: Naar voetbal');
    expect(changeText({ part: 'ACTION', change: 'REMOVED', before: 'Oma haalt op' })).toBe('Actie geschrapt: Oma haalt op');
    expect(changeText({ part: 'NEXT_EVALUATION', change: 'CHANGED', before: '2027-02-28', after: '2027-03-31' }))
      .toBe('Volgende evaluatie gewijzigd: 28-02-2027 → 31-03-2027');
  });

  it('turns the form into the API request with ISO dates and only the fields of each kind of person', () => {
    const input = draftFrom(undefined, '2027-02-28');
    expect(input.nextEvaluationOn).toBe('28-02-2027');
    input.goals[0] = { ...input.goals[0], text: 'Rust in de post', domain: 'FINANCES', memberId: 'm', targetScore: '4' };
    input.regisseur = { kind: 'NETWORK', memberId: 'x', userId: 'y', name: 'Oma Riet', relation: 'grootmoeder' };
    input.actions.push({ key: '', text: 'Ophalen', carrier: { kind: 'PROFESSIONAL', memberId: '', userId: 'fatima', name: 'z', relation: '' },
      dueOn: '31-12-2026', status: 'BEZIG' });
    const request = toDraftRequest(input, 3);
    expect(request.version).toBe(3);
    expect(request.regisseur).toEqual({ kind: 'NETWORK', name: 'Oma Riet', relation: 'grootmoeder' });
    expect(request.goals[0]).toEqual({ text: 'Rust in de post', domain: 'FINANCES', memberId: 'm', targetScore: 4 });
    expect(request.actions?.[0]).toEqual({ text: 'Ophalen', carrier: { kind: 'PROFESSIONAL', userId: 'fatima' },
      dueOn: '2026-12-31', status: 'BEZIG' });
    expect(request.nextEvaluationOn).toBe('2027-02-28');
  });

  it('fills the form from a version to change it, keeping the keys', () => {
    const input = draftFrom({ goals: [{ key: 'g1', text: 'Rust', targetDate: '2027-05-01' }],
      actions: [{ key: 'a1', text: 'Ophalen', carrier: { kind: 'NETWORK', name: 'Oma', relation: 'oma' }, status: 'KLAAR' }],
      regisseur: { kind: 'MEMBER', memberId: 'm' }, nextEvaluationOn: '2027-02-28' }, '2027-03-01');
    expect(input.goals[0]).toMatchObject({ key: 'g1', targetDate: '01-05-2027' });
    expect(input.actions[0]).toMatchObject({ key: 'a1', status: 'KLAAR' });
    expect(input.nextEvaluationOn).toBe('28-02-2027');
  });
});

describe('plan form fields', () => {
  it('maps server field paths to inputs and labels', async () => {
    const { planInputId, planFieldLabel } = await import('./plan');
    expect(planInputId('goals[0].text')).toBe('plan-goals-0-text');
    expect(planInputId('nextEvaluationOn')).toBe('plan-nextEvaluationOn');
    expect(planFieldLabel('actions[1].carrier.name')).toBe('Actie 2, Wie, Naam');
  });
});
