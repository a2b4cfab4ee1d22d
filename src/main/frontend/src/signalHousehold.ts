import type { Loose, SignalCase } from './api/client';
import { toDutchDate } from './dutchDate';
import { emptyAddress, emptyMember, type HouseholdInput } from './householdForm';

/**
 * The new-household form filled in from a signal case at an unknown address: the address and the person of its
 * first signal, in the case's team when the user works in it. The professional checks and completes it.
 */
export function householdInputFromSignal(signalCase: Loose<SignalCase>, teamIds: string[]): HouseholdInput {
  const signal = signalCase.signals?.[0];
  const teamId = signalCase.teamId && teamIds.includes(signalCase.teamId) ? signalCase.teamId : teamIds[0] ?? '';
  if (!signal) return { teamId, address: emptyAddress, members: [emptyMember] };
  return {
    teamId,
    address: {
      street: signal.street ?? '',
      houseNumber: signal.houseNumber ? String(signal.houseNumber) : '',
      houseNumberAddition: signal.houseNumberAddition ?? '',
      postcode: signal.postcode ?? '',
      town: signal.town ?? '',
      wijkCode: signalCase.wijkCode ?? '',
    },
    members: [{
      firstName: signal.firstName ?? signal.initials ?? '',
      surnamePrefix: signal.surnamePrefix ?? '',
      surname: signal.surname ?? '',
      dateOfBirth: toDutchDate(signal.dateOfBirth),
      bsn: '',
    }],
  };
}
