import type { Areas, Loose, Team } from './api/client';
import type { Option } from './components/SelectField';

/** `WK047901` → `Poelenburg`; the code itself when the wijk is not in the list (yet). */
export function wijkName(areas: Loose<Areas> | null | undefined, code: string | null | undefined): string {
  if (!code) return '';
  return areas?.wijken?.find((wijk) => wijk.code === code)?.name || code;
}

/** `BU04790101` → `Poelenburg-Noord`. */
export function buurtName(areas: Loose<Areas> | null | undefined, code: string | null | undefined): string {
  if (!code) return '';
  return areas?.buurten?.find((buurt) => buurt.code === code)?.name || code;
}

/** The wijken as select options, by name: `Poelenburg (WK047901)`. */
export function wijkOptions(areas: Loose<Areas> | null | undefined): Option[] {
  return [...(areas?.wijken ?? [])]
    .filter((wijk) => wijk.code)
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'nl'))
    .map((wijk) => ({ value: wijk.code!, label: wijk.name ? `${wijk.name} (${wijk.code})` : wijk.code! }));
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
