import { describe, expect, it } from 'vitest';
import {
  accessActionLabel, accessCountText, accessExportHref, loginNameError, outcomeLabel, parseAccessSubject, parseRefusalFilter,
  refusalReasonLabel, roleLabel, subjectTypeLabel,
} from './admin';

describe('access overview', () => {
  it('says how many accesses there are, and when the table shows only the oldest', () => {
    expect(accessCountText(0, 0)).toBe('Geen toegang gevonden.');
    expect(accessCountText(3, 3)).toBe('3 keer toegang gevonden.');
    expect(accessCountText(1000, 4321))
      .toBe('4.321 keer toegang gevonden. Hieronder de oudste 1.000; de CSV bevat ze allemaal.');
  });

  it('looks a person up by BSN or by person id', () => {
    expect(parseAccessSubject(' 1112.22.333 ')).toEqual({ query: { bsn: '111222333' } });
    expect(parseAccessSubject('3B04F766-DC32-44E9-9F14-A094D8B48FFF'))
      .toEqual({ query: { subject: '3b04f766-dc32-44e9-9f14-a094d8b48fff' } });
    expect(parseAccessSubject('')).toEqual({ error: 'Vul een BSN in.' });
    expect(parseAccessSubject('Jan')).toMatchObject({ error: expect.stringContaining('9 cijfers') });
    expect(parseAccessSubject('Jan')).not.toMatchObject({ error: expect.stringMatching(/[0-9a-f]{8}-/) });
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
    expect(roleLabel('professional')).toBe('wijkteamprofessional');
    expect(roleLabel('teamlead')).toBe('teamleider');
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

describe('refused attempts', () => {
  it('reads the reason in Dutch', () => {
    expect(refusalReasonLabel('OUT_OF_SCOPE')).toBe('Buiten eigen team');
    expect(refusalReasonLabel('LOGIN_FAILED', 'Inloggen mislukt')).toBe('Inloggen mislukt');
    expect(refusalReasonLabel('FORBIDDEN', null)).toBe('Geen toegang voor deze rol');
  });

  it('filters by user and period, or not at all', () => {
    expect(parseRefusalFilter('', '', '')).toEqual({ filter: {} });
    expect(parseRefusalFilter(' pieter ', '2026-11-01', '2026-11-30'))
      .toEqual({ filter: { user: 'pieter', from: '2026-11-01', to: '2026-11-30' } });
    expect(parseRefusalFilter('', '2026-11-30', '2026-11-01')).toEqual({ error: 'De einddatum ligt voor de begindatum.', field: 'to' });
    expect(parseRefusalFilter('wie is dit', '', '')).toMatchObject({ error: expect.stringContaining('loginnaam'), field: 'user' });
  });
});
