import type { Problem } from './client';

export interface FormErrors {
  /** One sentence for the top of the page. */
  message: string;
  /** Message per field path as the server names it: `address.postcode`, `members[0].bsn`. */
  fieldErrors: Record<string, string>;
}

const GENERIC = 'Er ging iets mis. Probeer het later opnieuw.';

const BY_STATUS: Record<number, string> = {
  401: 'Je bent niet (meer) ingelogd.',
  403: 'Je rol geeft geen toegang tot deze functie.',
  404: 'Niet gevonden.',
  409: 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.',
};

function isProblem(value: unknown): value is Partial<Problem> {
  return typeof value === 'object' && value !== null;
}

/**
 * Turns an error answer of the API (RFC 9457 problem details, or anything else a proxy may send) into what a page
 * shows: a summary message and, for validation problems, one message per field. The first message per field wins.
 */
export function toFormErrors(error: unknown, status?: number): FormErrors {
  const problem = isProblem(error) ? error : {};
  const fieldErrors: Record<string, string> = {};
  for (const violation of problem.violations ?? []) {
    const field = violation?.field ?? '';
    if (!(field in fieldErrors)) {
      fieldErrors[field] = violation?.message || 'Deze waarde is ongeldig.';
    }
  }
  const code = problem.status ?? status;
  const message = problem.detail || problem.title || (code !== undefined ? BY_STATUS[code] : undefined) || GENERIC;
  return { message, fieldErrors };
}
