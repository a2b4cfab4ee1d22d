import { describe, expect, it } from 'vitest';
import { currentTab } from './caseTabs';

describe('currentTab', () => {
  const tabs = [{ id: 'overzicht' }, { id: 'journaal' }] as const;

  it('opens the tab of the URL, or the overview', () => {
    expect(currentTab(tabs, 'journaal').id).toBe('journaal');
    expect(currentTab(tabs, undefined).id).toBe('overzicht');
    expect(currentTab(tabs, 'bestaat-niet').id).toBe('overzicht');
  });
});
