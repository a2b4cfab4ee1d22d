import type { Loose } from './api/client';
import { formatNumber } from './format';

/** The filters of the signal inbox; they live in the URL (`#/signalen?prioriteit=HOOG&termijn=telaat`). */
export interface SignalFilters {
  priority: string;
  wijk: string;
  match: string;
  /** '' (all), 'overdue', 'soon' or 'attention' (overdue or escalated: the team lead's view). */
  deadline: string;
  /** A login name, 'none' for nobody yet, or '' for anyone. */
  assignee: string;
  /** Counts from 0; the URL counts from 1. */
  page: number;
}

export const noSignalFilters: SignalFilters = { priority: '', wijk: '', match: '', deadline: '', assignee: '', page: 0 };

export const SIGNAL_PAGE_SIZE = 50;

export const DEADLINE_FILTERS: { value: string; param: string; label: string }[] = [
  { value: 'overdue', param: 'telaat', label: 'Te laat' },
  { value: 'soon', param: 'binnenkort', label: 'Binnen 3 werkdagen' },
  { value: 'attention', param: 'aandacht', label: 'Te laat of geëscaleerd' },
];

const PRIORITIES = ['HOOG', 'MIDDEN', 'LAAG', 'GEEN'];
const MATCHES = ['MATCHED', 'UNCERTAIN', 'UNKNOWN'];
const WIJK = /^WK\d{6}$/;
const USER_ID = /^[A-Za-z0-9._@-]{1,100}$/;

export function parseSignalQuery(query: string): SignalFilters {
  const params = new URLSearchParams(query);
  const get = (name: string) => params.get(name)?.trim() ?? '';
  const priority = get('prioriteit').toUpperCase();
  const match = get('koppeling').toUpperCase();
  const wijk = get('wijk').toUpperCase();
  const assignee = get('toegewezen');
  const page = Number(get('pagina'));
  // `weergave=aandacht` is the older link of the team lead's view
  const deadlineParam = get('weergave') === 'aandacht' ? 'aandacht' : get('termijn');
  return {
    priority: PRIORITIES.includes(priority) ? priority : '',
    wijk: WIJK.test(wijk) ? wijk : '',
    match: MATCHES.includes(match) ? match : '',
    deadline: DEADLINE_FILTERS.find((d) => d.param === deadlineParam)?.value ?? '',
    assignee: assignee === 'niemand' ? 'none' : USER_ID.test(assignee) ? assignee : '',
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

export function signalQueryString(filters: SignalFilters): string {
  const params = new URLSearchParams();
  if (filters.priority) params.set('prioriteit', filters.priority);
  if (filters.wijk) params.set('wijk', filters.wijk);
  if (filters.match) params.set('koppeling', filters.match);
  if (filters.deadline) params.set('termijn', DEADLINE_FILTERS.find((d) => d.value === filters.deadline)?.param ?? '');
  if (filters.assignee) params.set('toegewezen', filters.assignee === 'none' ? 'niemand' : filters.assignee);
  if (filters.page > 0) params.set('pagina', String(filters.page + 1));
  return params.toString();
}

export function signalApiQuery(filters: SignalFilters, size = SIGNAL_PAGE_SIZE) {
  return {
    ...(filters.priority ? { priority: filters.priority as 'HOOG' | 'MIDDEN' | 'LAAG' | 'GEEN' } : {}),
    ...(filters.wijk ? { wijk: filters.wijk } : {}),
    ...(filters.match ? { match: filters.match as 'MATCHED' | 'UNCERTAIN' | 'UNKNOWN' } : {}),
    ...(filters.deadline ? { deadline: filters.deadline as 'overdue' | 'soon' | 'attention' } : {}),
    ...(filters.assignee ? { assignee: filters.assignee } : {}),
    page: filters.page,
    size,
  };
}

export function isSignalFiltered(filters: SignalFilters): boolean {
  return Boolean(filters.priority || filters.wijk || filters.match || filters.deadline || filters.assignee);
}

/** The total as the caption says it: exact, or honestly "meer dan 10.000" when the server stopped counting. */
export function signalTotal(page: Loose<{ totalItems: number; totalIsLowerBound: boolean }>): string {
  const total = page.totalItems ?? 0;
  return page.totalIsLowerBound ? `meer dan ${formatNumber(total)}` : formatNumber(total);
}
