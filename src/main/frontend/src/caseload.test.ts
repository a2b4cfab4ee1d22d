import { describe, expect, it } from 'vitest';
import {
  allMatchingIds, caseloadApiQuery, caseloadQueryString, defaultScope, isFiltered, NO_REGISSEUR, noFilters,
  pageInfo, parseCaseloadQuery,
} from './caseload';

describe('caseload filters in the URL', () => {
  it('reads every filter, with Dutch parameter names', () => {
    expect(parseCaseloadQuery('bereik=mijn&status=plan&domein=jeugd&wijk=wk047901&regisseur=fatima&telaat=ja'
      + '&sorteer=nieuwste&pagina=3')).toEqual({
      scope: 'mine', status: 'PLAN', domain: 'JEUGD', wijk: 'WK047901', regisseur: 'fatima', overdue: true,
      sort: 'opened', page: 2,
    });
  });

  it('drops values the API would refuse instead of sending them', () => {
    expect(parseCaseloadQuery('bereik=alles&status=KLAAR&domein=x&wijk=047901&regisseur=a b&telaat=1'
      + '&sorteer=raar&pagina=-2')).toEqual(noFilters);
  });

  it('writes only what differs from the defaults, and reads it back', () => {
    expect(caseloadQueryString(noFilters)).toBe('');
    const filters = { ...noFilters, scope: 'team' as const, domain: 'WMO', overdue: true, sort: 'household' as const };
    expect(caseloadQueryString(filters)).toBe('bereik=team&domein=WMO&telaat=ja&sorteer=huishouden');
    expect(parseCaseloadQuery(caseloadQueryString(filters))).toEqual(filters);
  });
});

describe('caseload API query', () => {
  it('uses the team for team leads and their own cases for professionals, unless chosen', () => {
    expect(defaultScope(['teamlead'])).toBe('team');
    expect(defaultScope(['professional'])).toBe('mine');
    expect(defaultScope(['professional', 'teamlead'])).toBe('team');
    expect(caseloadApiQuery(noFilters, ['teamlead']).scope).toBe('team');
    expect(caseloadApiQuery({ ...noFilters, scope: 'mine' }, ['teamlead']).scope).toBe('mine');
  });

  it('leaves out empty filters and sends overdue only when it narrows', () => {
    expect(caseloadApiQuery(noFilters, ['professional'])).toEqual({ scope: 'mine', sort: 'due', page: 0, size: 20 });
    expect(caseloadApiQuery({ ...noFilters, status: 'INTAKE', wijk: 'WK047902', regisseur: 'pieter', overdue: true,
      page: 2 }, ['professional'], 50)).toEqual({
      scope: 'mine', status: 'INTAKE', wijk: 'WK047902', regisseur: 'pieter', overdue: true, sort: 'due', page: 2,
      size: 50,
    });
  });

  it('knows when the list is filtered', () => {
    expect(isFiltered(noFilters)).toBe(false);
    expect(isFiltered({ ...noFilters, scope: 'team', sort: 'status', page: 4 })).toBe(false);
    expect(isFiltered({ ...noFilters, overdue: true })).toBe(true);
  });
});

describe('caseload paging', () => {
  it('counts pages when the total is exact', () => {
    expect(pageInfo({ items: new Array(20), page: 0, size: 20, totalItems: 45, totalIsLowerBound: false })).toEqual({
      totalLabel: '45', pageLabel: 'pagina 1 van 3', hasPrevious: false, hasNext: true,
    });
    expect(pageInfo({ items: new Array(5), page: 2, size: 20, totalItems: 45 }).hasNext).toBe(false);
  });

  it('shows 1.000+ and no page count when the server stopped counting', () => {
    expect(pageInfo({ items: new Array(20), page: 4, size: 20, totalItems: 1000, totalIsLowerBound: true })).toEqual({
      totalLabel: '1.000+', pageLabel: 'pagina 5', hasPrevious: true, hasNext: true,
    });
    expect(pageInfo({ items: new Array(3), page: 60, size: 20, totalItems: 1000, totalIsLowerBound: true }).hasNext)
      .toBe(false);
  });
});

describe('the "Geen regisseur" choice', () => {
  it('survives the URL and asks the API for cases without a regisseur', () => {
    const filters = { ...noFilters, scope: 'team' as const, regisseur: NO_REGISSEUR };
    expect(caseloadQueryString(filters)).toBe('bereik=team&zonderregisseur=ja');
    expect(parseCaseloadQuery('bereik=team&zonderregisseur=ja')).toEqual(filters);
    expect(caseloadApiQuery(filters, ['teamlead'])).toEqual({ scope: 'team', unassigned: true, sort: 'due', page: 0, size: 20 });
    expect(isFiltered(filters)).toBe(true);
  });
});

describe('reassigning all matching cases', () => {
  it('collects the ids of every page, not only the one on screen', async () => {
    const all = Array.from({ length: 230 }, (_, i) => ({ id: `c${i}` }));
    const asked: number[] = [];
    const ids = await allMatchingIds({ scope: 'team', sort: 'due', page: 3, size: 20 }, async (query) => {
      asked.push(query.page);
      return { items: all.slice(query.page * query.size, (query.page + 1) * query.size) };
    });
    expect(ids).toHaveLength(230);
    expect(asked).toEqual([0, 1, 2]);
  });
});
