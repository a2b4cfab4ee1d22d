import { describe, expect, it } from 'vitest';
import {
  completedByForm, dueLabel, noTaskFilters, parseTaskQuery, subjectHref, taskApiQuery, taskCount, taskQueryString,
} from './worklist';

describe('task list filters', () => {
  it('round-trips through the URL with Dutch words and pages counted from 1', () => {
    const filters = {
      scope: 'mine' as const, kind: 'makeContact', overdue: true, subject: '0b7c9a52-1d7e-4c39-9a3f-2f1b5d6c7e8f', page: 2,
    };
    expect(taskQueryString(filters))
      .toBe('bereik=mijn&soort=makeContact&telaat=ja&onderwerp=0b7c9a52-1d7e-4c39-9a3f-2f1b5d6c7e8f&pagina=3');
    expect(parseTaskQuery(taskQueryString(filters))).toEqual(filters);
    expect(parseTaskQuery('')).toEqual(noTaskFilters);
    expect(parseTaskQuery('soort=<script>')).toEqual(noTaskFilters);
  });

  it('asks the API only for what narrows the list', () => {
    expect(taskApiQuery(noTaskFilters)).toEqual({ scope: 'team', page: 0, size: 25 });
    expect(taskApiQuery({ ...noTaskFilters, kind: 'planIntake', overdue: true }))
      .toEqual({ scope: 'team', kind: 'planIntake', overdue: true, page: 0, size: 25 });
  });
});

describe('tasks', () => {
  const now = new Date('2026-11-30T10:00:00Z');

  it('say how much time is left in days, and how late', () => {
    expect(dueLabel('2026-12-03T09:00:00Z', now)).toBe('nog 3 dagen');
    expect(dueLabel('2026-12-01T09:00:00Z', now)).toBe('morgen');
    expect(dueLabel('2026-11-30T20:00:00Z', now)).toBe('vandaag');
    expect(dueLabel('2026-11-28T09:00:00Z', now)).toBe('2 dagen te laat');
    expect(dueLabel(null, now)).toBe('geen termijn');
  });

  it('lead to the page of what they are about', () => {
    expect(subjectHref({ subjectId: 'a', subjectType: 'SIGNAL_CASE' })).toBe('#/signalen/a');
    expect(subjectHref({ subjectId: 'b', subjectType: 'HOUSEHOLD' })).toBe('#/huishoudens/b');
    expect(subjectHref({ subjectId: 'c', subjectType: 'CASE' })).toBe('#/zaken/c');
    expect(subjectHref({ subjectId: 'd' })).toBeNull();
    expect(subjectHref({ subjectId: 'e', subjectType: 'CASE', processKey: 'verwijzing' })).toBe('#/zaken/e/verwijzingen');
  });

  it('a bridging check-in is completed by its form, not with one click', () => {
    expect(completedByForm({ processKey: 'verwijzing', taskKey: 'checkIn' })).toBe(true);
    expect(completedByForm({ processKey: 'verwijzing', taskKey: 'normWarning' })).toBe(false);
  });

  it('are counted in Dutch', () => {
    expect(taskCount(1)).toBe('1 taak');
    expect(taskCount(1234)).toBe('1.234 taken');
  });
});
