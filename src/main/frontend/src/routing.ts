import { useEffect, useState } from 'react';
import { caseloadQueryString, parseCaseloadQuery, type CaseloadFilters } from './caseload';
import { parseSignalQuery, signalQueryString, type SignalFilters } from './signalInbox';
import { parseTaskQuery, taskQueryString, type TaskFilters } from './worklist';

/** The pages of the app. Hash routing (`#/huishoudens/…`) so that the server needs no fallback for deep links. */
export type Route =
  | { page: 'home' }
  | { page: 'cases'; filters: CaseloadFilters }
  | { page: 'case'; id: string; tab?: string }
  | { page: 'households'; pageNumber: number }
  | { page: 'newHousehold'; signalCaseId?: string }
  | { page: 'household'; id: string }
  | { page: 'tasks'; filters: TaskFilters }
  | { page: 'signals'; filters: SignalFilters }
  | { page: 'signalCase'; id: string }
  | { page: 'signalBatches' }
  | { page: 'signalFormat' }
  | { page: 'admin' }
  | { page: 'monitoring' }
  | { page: 'basicsOverview' }
  // waiting list (issue 17)
  | { page: 'teamLeadDashboard' }
  | { page: 'providerBoard' }
  | { page: 'notFound' };

/** Reads a location hash such as `#/huishoudens?pagina=2` or `#/zaken?bereik=team`. Hashes without `#/` (in-page anchors) mean home. */
export function parseRoute(hash: string): Route {
  if (!hash.startsWith('#/')) return { page: 'home' };
  const [path, query = ''] = hash.slice(2).split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [section, id, ...rest] = parts;
  // The case page has a tab in its path: `#/zaken/<id>/journaal`.
  if (section === 'zaken' && id && rest.length === 1 && CASE_TAB_PATTERN.test(rest[0])) {
    return { page: 'case', id, tab: rest[0] };
  }
  if (rest.length > 0) return { page: 'notFound' };
  switch (section) {
    case undefined:
      return { page: 'home' };
    case 'zaken':
      return id ? { page: 'case', id } : { page: 'cases', filters: parseCaseloadQuery(query) };
    case 'huishoudens':
      if (id === 'nieuw') {
        const signalCaseId = new URLSearchParams(query).get('signaal');
        return signalCaseId ? { page: 'newHousehold', signalCaseId } : { page: 'newHousehold' };
      }
      if (id) return { page: 'household', id };
      return { page: 'households', pageNumber: pageNumberOf(query) };
    case 'signalen':
      return id ? { page: 'signalCase', id } : { page: 'signals', filters: parseSignalQuery(query) };
    case 'signaallijsten':
      if (id === 'formaat') return { page: 'signalFormat' };
      return id ? { page: 'notFound' } : { page: 'signalBatches' };
    case 'taken':
      return id ? { page: 'notFound' } : { page: 'tasks', filters: parseTaskQuery(query) };
    case 'beheer':
      return id ? { page: 'notFound' } : { page: 'admin' };
    case 'monitoring':
      return id ? { page: 'notFound' } : { page: 'monitoring' };
    case 'basis-op-orde':
      return id ? { page: 'notFound' } : { page: 'basicsOverview' };
    case 'dashboard':
      return id ? { page: 'notFound' } : { page: 'teamLeadDashboard' };
    case 'aanbieders':
      return id ? { page: 'notFound' } : { page: 'providerBoard' };
    default:
      return { page: 'notFound' };
  }
}

/** A tab of the case page in the URL: lower-case words with hyphens (`basis-op-orde`). */
const CASE_TAB_PATTERN = /^[a-z]+(-[a-z]+)*$/;

/** `pagina` in the URL counts from 1, like a person would; the API counts from 0. */
function pageNumberOf(query: string): number {
  const value = Number(new URLSearchParams(query).get('pagina'));
  return Number.isInteger(value) && value > 1 ? value - 1 : 0;
}

export const href = {
  cases: (filters?: CaseloadFilters) => {
    const query = filters ? caseloadQueryString(filters) : '';
    return query ? `#/zaken?${query}` : '#/zaken';
  },
  case: (id: string, tab?: string) => `#/zaken/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`,
  households: (pageNumber = 0) => (pageNumber > 0 ? `#/huishoudens?pagina=${pageNumber + 1}` : '#/huishoudens'),
  newHousehold: () => '#/huishoudens/nieuw',
  household: (id: string) => `#/huishoudens/${encodeURIComponent(id)}`,
  tasks: (filters?: TaskFilters) => {
    const query = filters ? taskQueryString(filters) : '';
    return query ? `#/taken?${query}` : '#/taken';
  },
  signals: (filters?: SignalFilters) => {
    const query = filters ? signalQueryString(filters) : '';
    return query ? `#/signalen?${query}` : '#/signalen';
  },
  signalCase: (id: string) => `#/signalen/${encodeURIComponent(id)}`,
  signalBatches: () => '#/signaallijsten',
  signalFormat: () => '#/signaallijsten/formaat',
  admin: () => '#/beheer',
  monitoring: () => '#/monitoring',
  basicsOverview: () => '#/basis-op-orde',
  teamLeadDashboard: () => '#/dashboard',
  providerBoard: () => '#/aanbieders',
};

export function navigate(target: string, options: { replace?: boolean } = {}) {
  if (options.replace) {
    window.history.replaceState(null, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
