import type { AccessLogVerification, Loose } from './api/client';
import { formatNumber } from './format';

export interface VerificationOutcome {
  type: 'ok' | 'error';
  message: string;
}

/** The sentence an administrator reads after the hash chains of the access log were recomputed. */
export function verificationMessage(result: Loose<AccessLogVerification>): VerificationOutcome {
  if (result.valid === true) {
    return { type: 'ok', message: `Toegangslog is intact (${formatNumber(result.entriesChecked)} regels gecontroleerd)` };
  }
  const sequence = result.firstInvalidSequence;
  return {
    type: 'error',
    message: sequence === null || sequence === undefined
      ? 'Toegangslog is gewijzigd'
      : `Toegangslog is gewijzigd vanaf regel ${formatNumber(sequence)}`,
  };
}
