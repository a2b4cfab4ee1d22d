import { describe, expect, it } from 'vitest';
import {
  noSignalFilters, parseSignalQuery, signalApiQuery, signalQueryString, signalTotal,
} from './signalInbox';

describe('signal inbox filters', () => {
  it('round-trip through the URL in Dutch', () => {
    const filters = {
      priority: 'HOOG', wijk: 'WK047901', match: 'UNKNOWN', deadline: 'soon', assignee: 'none', page: 6,
    };
    expect(signalQueryString(filters))
      .toBe('prioriteit=HOOG&wijk=WK047901&koppeling=UNKNOWN&termijn=binnenkort&toegewezen=niemand&pagina=7');
    expect(parseSignalQuery(signalQueryString(filters))).toEqual(filters);
    expect(parseSignalQuery('')).toEqual(noSignalFilters);
    expect(parseSignalQuery('prioriteit=URGENT&wijk=x')).toEqual(noSignalFilters);
  });

  it('keeps the older link of the team lead view working', () => {
    expect(parseSignalQuery('weergave=aandacht').deadline).toBe('attention');
  });

  it('sends only what narrows the list', () => {
    expect(signalApiQuery(noSignalFilters)).toEqual({ page: 0, size: 50 });
    expect(signalApiQuery({ ...noSignalFilters, deadline: 'overdue', assignee: 'none' }))
      .toEqual({ deadline: 'overdue', assignee: 'none', page: 0, size: 50 });
  });

  it('states the total honestly', () => {
    expect(signalTotal({ totalItems: 1234, totalIsLowerBound: false })).toBe('1.234');
    expect(signalTotal({ totalItems: 10000, totalIsLowerBound: true })).toBe('meer dan 10.000');
  });
});
