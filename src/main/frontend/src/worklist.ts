import type { Loose, Task } from './api/client';
import { formatNumber } from './format';
import { href } from './routing';

/** The filters of the task list ("werkvoorraad"); they live in the URL (`#/taken?bereik=mijn&soort=makeContact`). */
export interface TaskFilters {
  scope: 'team' | 'mine';
  /** A task key such as `makeContact`, or '' for every kind. */
  kind: string;
  overdue: boolean;
  /** The id of one household, case or signal case whose tasks to show, or ''. */
  subject: string;
  /** Counts from 0; the URL counts from 1. */
  page: number;
}

export const noTaskFilters: TaskFilters = { scope: 'team', kind: '', overdue: false, subject: '', page: 0 };

export const TASK_PAGE_SIZE = 25;

const TASK_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseTaskQuery(query: string): TaskFilters {
  const params = new URLSearchParams(query);
  const kind = params.get('soort')?.trim() ?? '';
  const subject = params.get('onderwerp')?.trim() ?? '';
  const page = Number(params.get('pagina'));
  return {
    scope: params.get('bereik') === 'mijn' ? 'mine' : 'team',
    kind: TASK_KEY.test(kind) ? kind : '',
    overdue: params.get('telaat') === 'ja',
    subject: UUID.test(subject) ? subject.toLowerCase() : '',
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

export function taskQueryString(filters: TaskFilters): string {
  const params = new URLSearchParams();
  if (filters.scope === 'mine') params.set('bereik', 'mijn');
  if (filters.kind) params.set('soort', filters.kind);
  if (filters.overdue) params.set('telaat', 'ja');
  if (filters.subject) params.set('onderwerp', filters.subject);
  if (filters.page > 0) params.set('pagina', String(filters.page + 1));
  return params.toString();
}

/** The query of `GET /api/v1/tasks`: defaults left out. */
export function taskApiQuery(filters: TaskFilters, size = TASK_PAGE_SIZE) {
  return {
    scope: filters.scope,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.subject ? { subject: filters.subject } : {}),
    page: filters.page,
    size,
  };
}

/** Tasks completed by their module's form on the subject's page, not with one click in the task list. */
export function completedByForm(task: Loose<Task>): boolean {
  return task.processKey === 'verwijzing' && task.taskKey === 'checkIn';
}

/** Where a task leads: the page of what it is about (a referral's check-in: the case's referrals tab). */
export function subjectHref(task: Loose<Task>): string | null {
  if (!task.subjectId) return null;
  if (task.subjectType === 'CASE' && task.processKey === 'verwijzing') return href.case(task.subjectId, 'verwijzingen');
  switch (task.subjectType) {
    case 'HOUSEHOLD': return href.household(task.subjectId);
    case 'CASE': return href.case(task.subjectId);
    case 'SIGNAL_CASE': return href.signalCase(task.subjectId);
    default: return null;
  }
}

const DAY = 24 * 60 * 60 * 1000;
const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** Calendar days from today until the due moment, in Dutch time: 0 today, negative when late. */
export function daysUntil(dueAt: string, now: Date = new Date()): number {
  const due = Date.parse(`${dayFormat.format(new Date(dueAt))}T00:00:00Z`);
  const today = Date.parse(`${dayFormat.format(now)}T00:00:00Z`);
  return Math.round((due - today) / DAY);
}

/** What a professional reads next to the deadline: "vandaag", "nog 3 dagen", "2 dagen te laat". */
export function dueLabel(dueAt: string | null | undefined, now: Date = new Date()): string {
  if (!dueAt) return 'geen termijn';
  const days = daysUntil(dueAt, now);
  if (Date.parse(dueAt) < now.getTime() && days <= 0) {
    const late = Math.max(1, -days);
    return days === 0 ? 'vandaag verlopen' : `${late} ${late === 1 ? 'dag' : 'dagen'} te laat`;
  }
  if (days === 0) return 'vandaag';
  if (days === 1) return 'morgen';
  return `nog ${days} dagen`;
}

export function isLate(dueAt: string | null | undefined, now: Date = new Date()): boolean {
  return Boolean(dueAt) && Date.parse(dueAt!) < now.getTime();
}

/** "1 taak", "1.234 taken". */
export function taskCount(total: number): string {
  return `${formatNumber(total)} ${total === 1 ? 'taak' : 'taken'}`;
}
