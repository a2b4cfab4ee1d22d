/** The tab of the case page the URL asks for; the first tab (the overview) for none or one that does not exist. */
export function currentTab<T extends { id: string }>(tabs: readonly T[], requested: string | null | undefined): T {
  return tabs.find((tab) => tab.id === requested) ?? tabs[0];
}
