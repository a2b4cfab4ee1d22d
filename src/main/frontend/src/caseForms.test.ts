import { describe, expect, it } from 'vitest';
import {
  closingViolations, consentInputId, consentViolations, emptyConsent, emptyJournal, inOrder, journalInputId,
  journalViolations, toDomainList, toDomainSelection, toggleDomain, toNewConsent, toNewJournalEntry,
} from './caseForms';
import { memberName } from './format';
import { buurtName, buurtOptions, teamMembers, teamPeople, wijkName, wijkOptions } from './reference';

const ALI = 'a0000000-0000-4000-8000-000000000001';
const MO = 'a0000000-0000-4000-8000-000000000002';

describe('journal form', () => {
  it('asks for text before sending', () => {
    expect(journalViolations(emptyJournal)).toEqual({ text: 'Schrijf de notitie.' });
    expect(journalViolations({ ...emptyJournal, text: '   ' })).toEqual({ text: 'Schrijf de notitie.' });
    expect(journalViolations({ ...emptyJournal, text: 'x'.repeat(10_001) })).toEqual({ text: 'Hooguit 10.000 tekens.' });
    expect(journalViolations({ ...emptyJournal, text: 'Gesprek gehad' })).toEqual({});
  });

  it('sends the trimmed text and leaves out an empty domain', () => {
    expect(toNewJournalEntry({ text: ' Gesprek \n', domain: '', memberIds: [ALI], confidential: true }))
      .toEqual({ text: 'Gesprek', memberIds: [ALI], confidential: true });
    expect(toNewJournalEntry({ ...emptyJournal, text: 'x', domain: 'JEUGD' }).domain).toBe('JEUGD');
  });

  it('ties server messages to the inputs', () => {
    expect(journalInputId('text')).toBe('journal-text');
    expect(journalInputId('memberIds[0]')).toBeUndefined();
  });
});

describe('closing a case', () => {
  it('needs a reason and a summary', () => {
    expect(closingViolations({ closingReason: '', outcomeSummary: ' ' })).toEqual({
      closingReason: 'Kies de reden van afsluiten.',
      outcomeSummary: 'Schrijf een korte samenvatting van de uitkomst.',
    });
    expect(closingViolations({ closingReason: 'VERHUISD', outcomeSummary: 'Naar Utrecht verhuisd' })).toEqual({});
  });
});

describe('domains per household and per member', () => {
  const domains = [{ domain: 'WMO', memberId: ALI }, { domain: 'JEUGD' }, { domain: 'SCHULDEN' }, { domain: 'JEUGD' }];

  it('groups the domains by member, the household as a whole under the empty key', () => {
    expect(toDomainSelection(domains)).toEqual({ '': ['JEUGD', 'SCHULDEN'], [ALI]: ['WMO'] });
    expect(toDomainSelection(null)).toEqual({});
  });

  it('writes the request list household first, then the members in order, domains in fixed order', () => {
    const selection = { [MO]: ['WONEN'], [ALI]: ['WMO', 'JEUGD'], '': ['SCHULDEN'] };
    expect(toDomainList(selection, [ALI, MO])).toEqual([
      { domain: 'SCHULDEN' }, { domain: 'JEUGD', memberId: ALI }, { domain: 'WMO', memberId: ALI },
      { domain: 'WONEN', memberId: MO },
    ]);
  });

  it('switches one domain on or off for one member', () => {
    const on = toggleDomain({}, ALI, 'JEUGD', true);
    expect(on).toEqual({ [ALI]: ['JEUGD'] });
    expect(toggleDomain(toggleDomain(on, ALI, 'JEUGD', true), ALI, 'JEUGD', false)).toEqual({ [ALI]: [] });
  });
});

describe('consent form', () => {
  it('checks what the browser can see', () => {
    expect(consentViolations(emptyConsent('2026-11-22'))).toEqual({
      memberId: 'Kies het lid.', recipient: 'Kies het domein.',
    });
    expect(consentViolations({ ...emptyConsent(''), memberId: ALI, recipientKind: 'ORGANISATION', recipient: ' ' }))
      .toEqual({ recipient: 'Vul de organisatie in.', recordedOn: 'Vul de datum in.' });
    expect(consentViolations({ ...emptyConsent('2026-11-22'), memberId: ALI, recipient: 'JEUGD',
      expiresOn: '2026-01-01' })).toEqual({ expiresOn: 'De einddatum ligt na de datum van vastleggen.' });
  });

  it('leaves out empty optional fields', () => {
    expect(toNewConsent({ ...emptyConsent('2026-11-22'), memberId: ALI, recipientKind: 'ORGANISATION',
      recipient: ' GGD ' })).toEqual({
      memberId: ALI, decision: 'GIVEN', recipientKind: 'ORGANISATION', recipient: 'GGD', recordedOn: '2026-11-22',
    });
    expect(toNewConsent({ ...emptyConsent('2026-11-22'), memberId: ALI, recipient: 'WMO', purpose: 'Overleg',
      expiresOn: '2027-11-22' })).toMatchObject({ purpose: 'Overleg', expiresOn: '2027-11-22' });
    expect(consentInputId('recordedOn')).toBe('consent-recordedOn');
    expect(consentInputId('version')).toBeUndefined();
  });

  it('orders field errors as the form does', () => {
    expect(inOrder(['memberId', 'recipient', 'recordedOn'])({ recordedOn: 'a', x: 'b', memberId: 'c' })
      .map(([field]) => field)).toEqual(['memberId', 'recordedOn', 'x']);
  });
});

describe('reference data', () => {
  const areas = { wijken: [{ code: 'WK047902', name: 'Peldersveld' }, { code: 'WK047901', name: 'Poelenburg' }] };

  it('names wijken, and sorts them by name for a select', () => {
    expect(wijkName(areas, 'WK047901')).toBe('Poelenburg');
    expect(wijkName(areas, 'WK049999')).toBe('Onbekende wijk');
    expect(wijkName(null, 'WK047901')).toBe('');
    expect(wijkName(null, null)).toBe('');
    expect(wijkOptions(areas).map((option) => option.label)).toEqual(['Peldersveld', 'Poelenburg']);
  });

  it('lists team members once, for one team or all', () => {
    const teams = [{ id: 't1', members: ['sanne', 'fatima'] }, { id: 't2', members: ['pieter', 'fatima'] }];
    expect(teamMembers(teams)).toEqual(['fatima', 'pieter', 'sanne']);
    expect(teamMembers(teams, 't2')).toEqual(['fatima', 'pieter']);
    expect(teamMembers(undefined)).toEqual([]);
  });

  it('lists the people of a team by display name, sorted by it', () => {
    const teams = [
      { id: 't1', people: [{ userId: 'sanne', displayName: 'Sanne Bakker' }, { userId: 'fatima', displayName: 'Fatima el Amrani' }] },
      { id: 't2', people: [{ userId: 'pieter', displayName: 'Pieter de Vries' }, { userId: 'nieuw' }] },
    ];
    expect(teamPeople(teams).map((p) => p.displayName))
      .toEqual(['Fatima el Amrani', 'Naam onbekend', 'Pieter de Vries', 'Sanne Bakker']);
    expect(teamPeople(teams, 't1').map((p) => p.userId)).toEqual(['fatima', 'sanne']);
  });

  it('offers the buurten of one wijk by name', () => {
    const withBuurten = { ...areas, buurten: [
      { code: 'BU04790102', wijkCode: 'WK047901', name: 'Poelenburg-Zuid' },
      { code: 'BU04790101', wijkCode: 'WK047901', name: 'Poelenburg-Noord' },
      { code: 'BU04790201', wijkCode: 'WK047902', name: 'Peldersveld-Oost' },
    ] };
    expect(buurtOptions(withBuurten, 'WK047901')).toEqual([
      { value: 'BU04790101', label: 'Poelenburg-Noord' }, { value: 'BU04790102', label: 'Poelenburg-Zuid' }]);
    expect(buurtName(withBuurten, 'BU04790201')).toBe('Peldersveld-Oost');
    expect(buurtName(withBuurten, 'BU99999999')).toBe('Onbekende buurt');
  });

  it('names members by id', () => {
    const members = [{ id: ALI, firstName: 'Ali', surname: 'Probeer' }];
    expect(memberName(members, ALI)).toBe('Ali Probeer');
    expect(memberName(members, MO)).toBe(MO);
  });
});
