import { useCallback, useEffect, useState } from 'react';
import { toFormErrors } from './api/problem';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; status: number; message: string }
  | { state: 'done'; data: T };

type Fetch<T> = () => Promise<{ data?: T; error?: unknown; response: Response }>;

/**
 * Loads data for a page with one of the typed API calls and loads it again when `reload` is called or a dependency
 * changes. Answers that arrive after the page moved on are ignored.
 */
export function useLoad<T>(fetch: Fetch<T>, deps: unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const load = useCallback(fetch, deps);
  useEffect(() => {
    let current = true;
    load().then(
      ({ data, error, response }) => {
        if (!current) return;
        if (response.ok && data !== undefined) setLoaded({ state: 'done', data });
        else setLoaded({ state: 'failed', status: response.status, message: toFormErrors(error, response.status).message });
      },
      () => {
        if (current) setLoaded({ state: 'failed', status: 0, message: 'Wijkregie is niet bereikbaar. Probeer het later opnieuw.' });
      },
    );
    return () => {
      current = false;
    };
  }, [load, generation]);
  return [loaded, useCallback(() => setGeneration((g) => g + 1), [])];
}
