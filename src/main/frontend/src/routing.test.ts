import { describe, expect, it } from 'vitest';
import { noFilters } from './caseload';
import { href, parseRoute } from './routing';
import { noSignalFilters } from './signalInbox';
import { noTaskFilters } from './worklist';

describe('parseRoute', () => {
  it('reads the pages of the app from the hash', () => {
    expect(parseRoute('#/huishoudens')).toEqual({ page: 'households', pageNumber: 0 });
    expect(parseRoute('#/huishoudens/nieuw')).toEqual({ page: 'newHousehold' });
    expect(parseRoute('#/huishoudens/0b7c9a52-1d7e-4c39-9a3f-2f1b5d6c7e8f'))
      .toEqual({ page: 'household', id: '0b7c9a52-1d7e-4c39-9a3f-2f1b5d6c7e8f' });
    expect(parseRoute('#/taken')).toEqual({ page: 'tasks', filters: noTaskFilters });
    expect(parseRoute('#/beheer')).toEqual({ page: 'admin' });
    expect(parseRoute('#/monitoring')).toEqual({ page: 'monitoring' });
    expect(parseRoute('#/basis-op-orde')).toEqual({ page: 'basicsOverview' });
    expect(parseRoute('#/zaken')).toEqual({ page: 'cases', filters: noFilters });
    expect(parseRoute('#/zaken/5d0e4b04-3701-4a22-a323-c11a9f17444a'))
      .toEqual({ page: 'case', id: '5d0e4b04-3701-4a22-a323-c11a9f17444a' });
  });

  it('reads the caseload filters from the hash', () => {
    expect(parseRoute('#/zaken?bereik=team&status=INTAKE&telaat=ja&pagina=2')).toEqual({
      page: 'cases',
      filters: { ...noFilters, scope: 'team', status: 'INTAKE', overdue: true, page: 1 },
    });
    expect(parseRoute('#/zaken/1/2')).toEqual({ page: 'notFound' });
  });

  it('reads the tab of a case page, so that each tab has its own link', () => {
    expect(parseRoute('#/zaken/5d0e4b04/journaal')).toEqual({ page: 'case', id: '5d0e4b04', tab: 'journaal' });
    expect(parseRoute('#/zaken/5d0e4b04/basis-op-orde'))
      .toEqual({ page: 'case', id: '5d0e4b04', tab: 'basis-op-orde' });
    expect(parseRoute('#/zaken/5d0e4b04/journaal/oud')).toEqual({ page: 'notFound' });
    expect(href.case('5d0e4b04', 'tijdlijn')).toBe('#/zaken/5d0e4b04/tijdlijn');
    expect(href.case('5d0e4b04')).toBe('#/zaken/5d0e4b04');
  });

  it('reads the page of the household list, counting from 1 in the URL and from 0 in the app', () => {
    expect(parseRoute('#/huishoudens?pagina=3')).toEqual({ page: 'households', pageNumber: 2 });
    expect(parseRoute('#/huishoudens?pagina=0')).toEqual({ page: 'households', pageNumber: 0 });
    expect(parseRoute('#/huishoudens?pagina=twee')).toEqual({ page: 'households', pageNumber: 0 });
  });

  it('treats an empty hash or an in-page anchor as home, and anything else as not found', () => {
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/')).toEqual({ page: 'home' });
    expect(parseRoute('#inhoud')).toEqual({ page: 'home' });
    expect(parseRoute('#/onbekend')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/taken/123')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/huishoudens/1/leden')).toEqual({ page: 'notFound' });
  });

  it('builds links that it reads back', () => {
    expect(parseRoute(href.households(4))).toEqual({ page: 'households', pageNumber: 4 });
    expect(href.households(0)).toBe('#/huishoudens');
    expect(parseRoute(href.household('a/b'))).toEqual({ page: 'household', id: 'a/b' });
    expect(href.cases()).toBe('#/zaken');
    expect(href.cases(noFilters)).toBe('#/zaken');
    const filters = { ...noFilters, scope: 'mine' as const, wijk: 'WK047901', sort: 'opened' as const, page: 3 };
    expect(parseRoute(href.cases(filters))).toEqual({ page: 'cases', filters });
    expect(parseRoute(href.case('a/b'))).toEqual({ page: 'case', id: 'a/b' });
  });
});

describe('signal routes', () => {
  it('reads the inbox, its attention view, a signal case and the lists page', () => {
    expect(parseRoute('#/signalen')).toEqual({ page: 'signals', filters: noSignalFilters });
    expect(parseRoute('#/signalen?weergave=aandacht'))
      .toEqual({ page: 'signals', filters: { ...noSignalFilters, deadline: 'attention' } });
    expect(parseRoute('#/signalen/abc')).toEqual({ page: 'signalCase', id: 'abc' });
    expect(parseRoute('#/signaallijsten')).toEqual({ page: 'signalBatches' });
    expect(href.signals({ ...noSignalFilters, deadline: 'attention' })).toBe('#/signalen?termijn=aandacht');
    expect(href.tasks({ ...noTaskFilters, scope: 'mine' })).toBe('#/taken?bereik=mijn');
  });
});

describe('waiting list routes (issue 17)', () => {
  it('reads the team lead dashboard, the provider board and the referrals tab of a case', () => {
    expect(parseRoute(href.teamLeadDashboard())).toEqual({ page: 'teamLeadDashboard' });
    expect(parseRoute(href.providerBoard())).toEqual({ page: 'providerBoard' });
    expect(parseRoute('#/dashboard/x')).toEqual({ page: 'notFound' });
    expect(parseRoute(href.case('abc', 'verwijzingen'))).toEqual({ page: 'case', id: 'abc', tab: 'verwijzingen' });
    expect(href.tasks({ ...noTaskFilters, kind: 'basisOpOrdeBrengen', overdue: true }))
      .toBe('#/taken?soort=basisOpOrdeBrengen&telaat=ja');
  });
});
