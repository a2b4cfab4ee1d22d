import { href, type Route } from './routing';

export interface NavigationItem {
  label: string;
  href: string;
  /** The pages that count as "this item" for aria-current. */
  pages: Route['page'][];
}

const CASEWORK: NavigationItem[] = [
  { label: 'Zaken', href: href.cases(), pages: ['cases', 'case'] },
  { label: 'Huishoudens', href: href.households(), pages: ['households', 'newHousehold', 'household'] },
  { label: 'Signalen', href: href.signals(), pages: ['signals', 'signalCase'] },
  { label: 'Werkvoorraad', href: href.tasks(), pages: ['tasks'] },
];
const BASICS: NavigationItem = { label: 'Basis op orde', href: href.basicsOverview(), pages: ['basicsOverview'] };
const POLICY: NavigationItem = { label: 'Monitoring', href: href.monitoring(), pages: ['monitoring'] };
const ADMIN: NavigationItem = { label: 'Beheer', href: href.admin(), pages: ['admin'] };
// waiting list (issue 17): the team lead's landing page, and the provider board for casework
const DASHBOARD: NavigationItem = { label: 'Dashboard', href: href.teamLeadDashboard(), pages: ['teamLeadDashboard'] };
const PROVIDER_BOARD: NavigationItem = { label: 'Wachttijden', href: href.providerBoard(), pages: ['providerBoard'] };
const SIGNAL_LISTS: NavigationItem = {
  label: 'Signaallijsten', href: href.signalBatches(), pages: ['signalBatches', 'signalFormat'],
};

/**
 * The menu a user sees: only what their roles may use (the API enforces the same; this keeps the menu honest).
 * signal-partner has no screens, so a user with only that role gets an empty menu.
 */
export function navigationFor(roles: readonly string[]): NavigationItem[] {
  const items: NavigationItem[] = [];
  if (roles.includes('teamlead')) items.push(DASHBOARD);
  if (roles.includes('professional') || roles.includes('teamlead')) items.push(...CASEWORK, PROVIDER_BOARD);
  if (roles.includes('teamlead')) items.push(BASICS);
  if (roles.includes('policy')) items.push(POLICY);
  if (roles.includes('admin')) items.push(ADMIN, SIGNAL_LISTS);
  return items;
}

/** Whether a role set may open a page; pages outside the menu (home, not found) are open to everyone. */
export function mayOpen(roles: readonly string[], page: Route['page']): boolean {
  const guarded = [...CASEWORK, BASICS, POLICY, ADMIN, SIGNAL_LISTS, DASHBOARD, PROVIDER_BOARD].some((item) => item.pages.includes(page));
  return !guarded || navigationFor(roles).some((item) => item.pages.includes(page));
}
