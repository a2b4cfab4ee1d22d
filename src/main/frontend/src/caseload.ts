import type { Loose } from './api/client';
import type { CaseloadPage } from './api/client';
import { CASE_STATUSES, DOMAINS } from './caseLabels';
import { formatNumber } from './format';

export type Scope = 'mine' | 'team';
export type CaseloadSort = 'due' | 'opened' | 'household' | 'status';

/** The filters of the caseload page; they live in the URL (`#/zaken?bereik=team&status=INTAKE`). */
export interface CaseloadFilters {
  /** Left out: the default for the user's roles (team leads see the team, professionals their own cases). */
  scope?: Scope;
  status: string;
  domain: string;
  wijk: string;
  regisseur: string;
  overdue: boolean;
  sort: CaseloadSort;
  /** Counts from 0; the URL counts from 1. */
  page: number;
}

export const noFilters: CaseloadFilters = {
  status: '', domain: '', wijk: '', regisseur: '', overdue: false, sort: 'due', page: 0,
};

export const PAGE_SIZE = 20;

/** The Regisseur filter's choice "Geen regisseur" (no login name can look like it); `zonderregisseur=ja` in the URL. */
export const NO_REGISSEUR = '(geen)';

/** The sort orders, with the Dutch word in the URL and the label of the select. */
export const SORTS: { value: CaseloadSort; param: string; label: string }[] = [
  { value: 'due', param: 'uiterlijk', label: 'Uiterste datum (eerst)' },
  { value: 'opened', param: 'nieuwste', label: 'Nieuwste eerst' },
  { value: 'household', param: 'huishouden', label: 'Huishouden (A–Z)' },
  { value: 'status', param: 'status', label: 'Status' },
];

const WIJK = /^WK\d{6}$/;
const USER_ID = /^[A-Za-z0-9._@-]{1,100}$/;

/** Reads the filters from the query part of the hash. Values the API would refuse are dropped, not sent. */
export function parseCaseloadQuery(query: string): CaseloadFilters {
  const params = new URLSearchParams(query);
  const get = (name: string) => params.get(name)?.trim() ?? '';
  const scopeParam = get('bereik');
  const status = get('status').toUpperCase();
  const domain = get('domein').toUpperCase();
  const wijk = get('wijk').toUpperCase();
  const regisseur = get('regisseur');
  const page = Number(get('pagina'));
  const filters: CaseloadFilters = {
    status: (CASE_STATUSES as readonly string[]).includes(status) ? status : '',
    domain: (DOMAINS as readonly string[]).includes(domain) ? domain : '',
    wijk: WIJK.test(wijk) ? wijk : '',
    regisseur: get('zonderregisseur') === 'ja' ? NO_REGISSEUR : USER_ID.test(regisseur) ? regisseur : '',
    overdue: get('telaat') === 'ja',
    sort: SORTS.find((sort) => sort.param === get('sorteer'))?.value ?? 'due',
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
  if (scopeParam === 'mijn') filters.scope = 'mine';
  if (scopeParam === 'team') filters.scope = 'team';
  return filters;
}

/** The query part of the hash for the filters; defaults are left out so that `#/zaken` stays short. */
export function caseloadQueryString(filters: CaseloadFilters): string {
  const params = new URLSearchParams();
  if (filters.scope) params.set('bereik', filters.scope === 'mine' ? 'mijn' : 'team');
  if (filters.status) params.set('status', filters.status);
  if (filters.domain) params.set('domein', filters.domain);
  if (filters.wijk) params.set('wijk', filters.wijk);
  if (filters.regisseur === NO_REGISSEUR) params.set('zonderregisseur', 'ja');
  else if (filters.regisseur) params.set('regisseur', filters.regisseur);
  if (filters.overdue) params.set('telaat', 'ja');
  if (filters.sort !== 'due') params.set('sorteer', SORTS.find((sort) => sort.value === filters.sort)?.param ?? '');
  if (filters.page > 0) params.set('pagina', String(filters.page + 1));
  return params.toString();
}

/** Team leads look at their team's cases first; everyone else at their own. */
export function defaultScope(roles: readonly string[]): Scope {
  return roles.includes('teamlead') ? 'team' : 'mine';
}

export interface CaseloadApiQuery {
  scope: Scope;
  status?: string;
  domain?: string;
  wijk?: string;
  regisseur?: string;
  unassigned?: boolean;
  overdue?: boolean;
  sort: CaseloadSort;
  page: number;
  size: number;
}

/** The query of `GET /api/v1/cases`: empty filters are left out, `overdue` only when it narrows. */
export function caseloadApiQuery(filters: CaseloadFilters, roles: readonly string[],
                                 size = PAGE_SIZE): CaseloadApiQuery {
  const query: CaseloadApiQuery = {
    scope: filters.scope ?? defaultScope(roles), sort: filters.sort, page: filters.page, size,
  };
  if (filters.status) query.status = filters.status;
  if (filters.domain) query.domain = filters.domain;
  if (filters.wijk) query.wijk = filters.wijk;
  if (filters.regisseur === NO_REGISSEUR) query.unassigned = true;
  else if (filters.regisseur) query.regisseur = filters.regisseur;
  if (filters.overdue) query.overdue = true;
  return query;
}

/** Whether any filter narrows the list (for the "no cases" sentence). */
export function isFiltered(filters: CaseloadFilters): boolean {
  return Boolean(filters.status || filters.domain || filters.wijk || filters.regisseur || filters.overdue);
}

export interface PageInfo {
  /** `37`, or `1.000+` when the server stopped counting. */
  totalLabel: string;
  /** `pagina 2 van 5`, or `pagina 2` when the number of pages is unknown. */
  pageLabel: string;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** What the paging controls show for a caseload page. */
export function pageInfo(page: Loose<CaseloadPage>): PageInfo {
  const items = page.items?.length ?? 0;
  const pageNumber = page.page ?? 0;
  const size = page.size || PAGE_SIZE;
  const total = page.totalItems ?? items;
  if (page.totalIsLowerBound) {
    return {
      totalLabel: `${formatNumber(total)}+`,
      pageLabel: `pagina ${pageNumber + 1}`,
      hasPrevious: pageNumber > 0,
      hasNext: items >= size,
    };
  }
  const pageCount = Math.max(1, Math.ceil(total / size));
  return {
    totalLabel: formatNumber(total),
    pageLabel: `pagina ${pageNumber + 1} van ${pageCount}`,
    hasPrevious: pageNumber > 0,
    hasNext: pageNumber + 1 < pageCount,
  };
}

/** The most cases one bulk reassignment may hand over (the API's limit). */
export const REASSIGN_LIMIT = 500;

/**
 * The ids of every case matching the filters, page by page (100 at a time), for "reassign all matching": the team
 * lead confirms the count first, and the API takes at most {@link REASSIGN_LIMIT}.
 */
export async function allMatchingIds(query: CaseloadApiQuery,
  fetchPage: (query: CaseloadApiQuery) => Promise<Loose<CaseloadPage> | undefined>): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 0; ids.length < REASSIGN_LIMIT; page++) {
    const result = await fetchPage({ ...query, page, size: 100 });
    const items = result?.items ?? [];
    items.forEach((item) => item.id && ids.push(item.id));
    if (items.length < 100) break;
  }
  return ids;
}
