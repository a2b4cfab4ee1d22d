import { toFormErrors, type FormErrors } from './problem';

export const UNREACHABLE = 'Wijkregie is niet bereikbaar. Probeer het later opnieuw.';

export type Sent<T> =
  | { ok: true; data: T; status: number }
  | { ok: false; errors: FormErrors; status: number };

/**
 * Runs one state-changing call of the typed client and turns the answer into either its data or the errors a form
 * shows (problem details → summary and field messages; no answer at all → "not reachable").
 */
export async function send<T>(
  call: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Sent<T>> {
  try {
    const { data, error, response } = await call();
    if (response.ok) return { ok: true, data: data as T, status: response.status };
    return { ok: false, errors: toFormErrors(error, response.status), status: response.status };
  } catch {
    return { ok: false, errors: { message: UNREACHABLE, fieldErrors: {} }, status: 0 };
  }
}
