import { describe, expect, it } from 'vitest';
import {
  CASE_STATUSES, closingReasonLabel, CLOSING_REASONS, decisionLabel, DOMAINS, domainLabel, languageLabel, roleLabel,
  standingLabel, statusLabel, transitionLabel, nextStepLabel, deadlinePurpose, isBackStep,
} from './caseLabels';

describe('labels of the case codes', () => {
  it('has a Dutch word for every status, domain and closing reason', () => {
    for (const code of [...CASE_STATUSES, ...DOMAINS, ...CLOSING_REASONS]) {
      const label = statusLabel(code) !== code ? statusLabel(code)
        : domainLabel(code) !== code ? domainLabel(code) : closingReasonLabel(code);
      expect(label, code).not.toBe(code);
    }
    expect(statusLabel('UITVOERING')).toBe('Uitvoering');
    expect(domainLabel('WMO')).toBe('Wmo');
    expect(closingReasonLabel('GEEN_HULPVRAAG')).toBe('Geen hulpvraag');
  });

  it('names member roles in lower case, as in a sentence', () => {
    expect(['PARENT', 'PARTNER', 'CHILD', 'OTHER_ADULT'].map(roleLabel))
      .toEqual(['ouder', 'partner', 'kind', 'andere volwassene']);
  });

  it('names consent decisions and how they stand', () => {
    expect(decisionLabel('OBJECTED')).toBe('Bezwaar');
    expect(['GELDIG', 'VERLOPEN', 'INGETROKKEN', 'BEZWAAR'].map(standingLabel))
      .toEqual(['Geldig', 'Verlopen', 'Ingetrokken', 'Bezwaar']);
  });

  it('shows unknown codes as they are and nothing for no code', () => {
    expect(statusLabel('NIEUW')).toBe('NIEUW');
    expect(roleLabel(undefined)).toBe('');
  });
});

describe('transition buttons', () => {
  it('says where the case goes, and when it goes back', () => {
    expect(transitionLabel('AANGEMELD', 'INTAKE')).toBe('Naar intake');
    expect(transitionLabel('UITVOERING', 'EVALUATIE')).toBe('Naar evaluatie');
    expect(transitionLabel('EVALUATIE', 'UITVOERING')).toBe('Terug naar uitvoering');
    expect(transitionLabel('EVALUATIE', 'PLAN')).toBe('Terug naar plan');
    expect(transitionLabel('INTAKE', 'AFGESLOTEN')).toBe('Zaak afsluiten');
  });
});

describe('languages', () => {
  it('names a language code in Dutch', () => {
    expect(languageLabel('tr')).toBe('Turks');
    expect(languageLabel('ar')).toBe('Arabisch');
    expect(languageLabel('')).toBe('');
    expect(languageLabel('not a code!')).toBe('not a code!');
  });

  it('says what happens next in every status and what the deadline is for', () => {
    for (const status of CASE_STATUSES) expect(nextStepLabel(status), status).toMatch(/^(Volgende stap|De zaak)/);
    expect(deadlinePurpose('INTAKE')).toBe('intake afgerond');
    expect(deadlinePurpose('AFGESLOTEN')).toBe('AFGESLOTEN');
  });

  it('knows a step back, which needs a reason', () => {
    expect(isBackStep('EVALUATIE', 'PLAN')).toBe(true);
    expect(isBackStep('EVALUATIE', 'UITVOERING')).toBe(true);
    expect(isBackStep('PLAN', 'UITVOERING')).toBe(false);
    expect(isBackStep('EVALUATIE', 'AFGESLOTEN')).toBe(false);
  });
});
