import { describe, expect, it } from 'vitest';
import { mayOpen, navigationFor } from './navigation';

const labels = (roles: string[]) => navigationFor(roles).map((item) => item.label);

describe('navigationFor', () => {
  it('gives professionals and team leads the casework screens', () => {
    expect(labels(['professional'])).toEqual(['Zaken', 'Huishoudens', 'Signalen', 'Werkvoorraad', 'Wachttijden']);
    expect(labels(['teamlead']))
      .toEqual(['Dashboard', 'Zaken', 'Huishoudens', 'Signalen', 'Werkvoorraad', 'Wachttijden', 'Basis op orde']);
    expect(navigationFor(['professional']).map((item) => item.href))
      .toEqual(['#/zaken', '#/huishoudens', '#/signalen', '#/taken', '#/aanbieders']);
  });

  it('makes the caseload the start page of professionals and the dashboard that of team leads', () => {
    expect(navigationFor(['professional'])[0].href).toBe('#/zaken');
    expect(navigationFor(['teamlead', 'admin'])[0].href).toBe('#/dashboard');
  });

  it('gives admin Beheer and the signal lists, and policy only Monitoring', () => {
    expect(labels(['admin'])).toEqual(['Beheer', 'Signaallijsten']);
    expect(labels(['policy'])).toEqual(['Monitoring']);
  });

  it('gives a signal partner, or a user without roles, no screens', () => {
    expect(labels(['signal-partner'])).toEqual([]);
    expect(labels([])).toEqual([]);
  });

  it('combines the screens of several roles without duplicates', () => {
    expect(labels(['teamlead', 'professional', 'admin']))
      .toEqual(['Dashboard', 'Zaken', 'Huishoudens', 'Signalen', 'Werkvoorraad', 'Wachttijden', 'Basis op orde',
        'Beheer', 'Signaallijsten']);
  });
});

describe('mayOpen', () => {
  it('opens the basics overview to team leads only', () => {
    expect(mayOpen(['teamlead'], 'basicsOverview')).toBe(true);
    expect(mayOpen(['professional'], 'basicsOverview')).toBe(false);
  });

  it('lets a role open only the pages of its menu', () => {
    expect(mayOpen(['professional'], 'newHousehold')).toBe(true);
    expect(mayOpen(['professional'], 'household')).toBe(true);
    expect(mayOpen(['teamlead'], 'cases')).toBe(true);
    expect(mayOpen(['professional'], 'case')).toBe(true);
    expect(mayOpen(['admin'], 'case')).toBe(false);
    expect(mayOpen(['policy'], 'cases')).toBe(false);
    expect(mayOpen(['professional'], 'admin')).toBe(false);
    expect(mayOpen(['admin'], 'households')).toBe(false);
    expect(mayOpen(['policy'], 'tasks')).toBe(false);
  });

  it('leaves pages outside the menu open', () => {
    expect(mayOpen(['admin'], 'notFound')).toBe(true);
    expect(mayOpen([], 'home')).toBe(true);
  });
});
