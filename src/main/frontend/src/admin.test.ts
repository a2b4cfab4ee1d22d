import { describe, expect, it } from 'vitest';
import {
  accessActionLabel, accessExportHref, loginNameError, outcomeLabel, parseAccessSubject, subjectTypeLabel,
} from './admin';

describe('access overview', () => {
  it('looks a person up by BSN or by person id', () => {
    expect(parseAccessSubject(' 1112.22.333 ')).toEqual({ query: { bsn: '111222333' } });
    expect(parseAccessSubject('3B04F766-DC32-44E9-9F14-A094D8B48FFF'))
      .toEqual({ query: { subject: '3b04f766-dc32-44e9-9f14-a094d8b48fff' } });
    expect(parseAccessSubject('')).toEqual({ error: 'Vul een BSN of persoonsnummer in.' });
    expect(parseAccessSubject('Jan')).toMatchObject({ error: expect.stringContaining('9 cijfers') });
  });

  it('links the CSV of the same person', () => {
    expect(accessExportHref({ bsn: '111222333' })).toBe('/api/v1/access-log/export?bsn=111222333');
    expect(accessExportHref({ subject: 'a-b' })).toBe('/api/v1/access-log/export?subject=a-b');
  });

  it('reads the codes of a log row in Dutch', () => {
    expect(accessActionLabel('READ')).toBe('Ingezien');
    expect(subjectTypeLabel('CASE')).toBe('Zaak');
    expect(outcomeLabel('SUCCESS')).toBe('Gelukt');
    expect(outcomeLabel('IETS')).toBe('IETS');
  });
});

describe('team members', () => {
  it('accepts login names as the API does', () => {
    expect(loginNameError('pieter')).toBeUndefined();
    expect(loginNameError('j.de-vries@zaanstad')).toBeUndefined();
    expect(loginNameError(' ')).toBe('Vul de loginnaam in.');
    expect(loginNameError('jan de vries')).toContain('zonder spaties');
  });
});
