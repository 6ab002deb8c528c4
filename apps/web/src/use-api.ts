import { useEffect, useState } from 'react';
import { ApiError, NoAccessError, SessionEndedError } from './api.js';

/** Where a call stands; `geen-toegang` is a 403 from the API, `mislukt` anything else. */
export type Laadstand<T> =
  | { status: 'laden' }
  | { status: 'klaar'; data: T }
  | { status: 'geen-toegang'; detail?: string }
  | { status: 'mislukt'; code?: number; detail?: string };

/** The state a failed call leaves; `undefined` when the session ended (the app handles that). */
export function alsFout(err: unknown): Laadstand<never> | undefined {
  if (err instanceof SessionEndedError) return undefined;
  if (err instanceof NoAccessError) return { status: 'geen-toegang', detail: err.detail };
  if (err instanceof ApiError) return { status: 'mislukt', code: err.status, detail: err.detail };
  return { status: 'mislukt' };
}

/** Calls `load` when `sleutel` changes and keeps the latest answer; stale answers are dropped. */
export function useApi<T>(load: () => Promise<T>, sleutel: string): Laadstand<T> {
  const [stand, setStand] = useState<Laadstand<T>>({ status: 'laden' });
  useEffect(() => {
    let actief = true;
    setStand({ status: 'laden' });
    load().then(
      (data) => {
        if (actief) setStand({ status: 'klaar', data });
      },
      (err: unknown) => {
        const fout = alsFout(err);
        if (actief && fout) setStand(fout);
      },
    );
    return () => {
      actief = false;
    };
    // `load` is a new function each render; `sleutel` says when to call it again.
  }, [sleutel]);
  return stand;
}
