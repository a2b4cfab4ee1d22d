import type { Areas, Loose, Team } from './api/client';
import type { Option } from './components/SelectField';

/**
 * `WK047901` → `Poelenburg`. The CBS code is never shown: nothing while the areas load, "Onbekende wijk" when the
 * wijk is not in the list.
 */
export function wijkName(areas: Loose<Areas> | null | undefined, code: string | null | undefined): string {
  if (!code || !areas?.wijken) return '';
  return areas.wijken.find((wijk) => wijk.code === code)?.name || 'Onbekende wijk';
}

/** `BU04790101` → `Poelenburg-Noord`; like {@link wijkName} never the code. */
export function buurtName(areas: Loose<Areas> | null | undefined, code: string | null | undefined): string {
  if (!code || !areas?.buurten) return '';
  return areas.buurten.find((buurt) => buurt.code === code)?.name || 'Onbekende buurt';
}

/** The wijken as select options, by name only (`Poelenburg`): the CBS code is the value, never shown. */
export function wijkOptions(areas: Loose<Areas> | null | undefined): Option[] {
  return [...(areas?.wijken ?? [])]
    .filter((wijk) => wijk.code)
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'nl'))
    .map((wijk) => ({ value: wijk.code!, label: wijk.name || 'Wijk zonder naam' }));
}

/** The buurten of one wijk as select options, by name. */
export function buurtOptions(areas: Loose<Areas> | null | undefined, wijkCode: string | null | undefined): Option[] {
  return [...(areas?.buurten ?? [])]
    .filter((buurt) => buurt.code && buurt.wijkCode === wijkCode)
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'nl'))
    .map((buurt) => ({ value: buurt.code!, label: buurt.name || 'Buurt zonder naam' }));
}

/** A professional: the login name is the key, the display name is what the screen shows. */
export interface Person {
  userId: string;
  displayName: string;
}

/** The members of the teams (of one team when `teamId` is given) by display name, sorted by it, each once. */
export function teamPeople(teams: Loose<Team>[] | null | undefined, teamId?: string | null): Person[] {
  const people = new Map<string, string>();
  for (const team of teams ?? []) {
    if (teamId && team.id !== teamId) continue;
    for (const person of team.people ?? []) {
      if (person.userId) people.set(person.userId, person.displayName || 'Naam onbekend');
    }
  }
  return [...people].map(([userId, displayName]) => ({ userId, displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
}

/** A professional's display name among the people of the user's teams; never the login name. */
export function personName(people: Person[], userId: string | null | undefined): string {
  if (!userId) return '';
  return people.find((person) => person.userId === userId)?.displayName ?? 'Naam onbekend';
}

/** The login names of the members of the teams (of one team when `teamId` is given), sorted, without duplicates. */
export function teamMembers(teams: Loose<Team>[] | null | undefined, teamId?: string | null): string[] {
  const members = new Set<string>();
  for (const team of teams ?? []) {
    if (teamId && team.id !== teamId) continue;
    for (const member of team.members ?? []) members.add(member);
  }
  return [...members].sort((a, b) => a.localeCompare(b, 'nl'));
}
