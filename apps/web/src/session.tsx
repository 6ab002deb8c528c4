import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { getMe, onSessionEnded, type Gebruiker } from './api.js';

export type Sessie =
  | { status: 'laden' }
  /** `beeindigd`: the session ended while the app was open (an API call answered 401). */
  | { status: 'uitgelogd'; beeindigd?: boolean }
  | { status: 'ingelogd'; gebruiker: Gebruiker }
  | { status: 'onbereikbaar' };

const SessieContext = createContext<Sessie>({ status: 'laden' });

/**
 * Asks the API once who is logged in; a later 401 anywhere ends the session in the app, and
 * the pages then show the start page (see `Ingelogd` in app.tsx).
 */
export function SessieProvider({ children }: { children: ReactNode }) {
  const [sessie, setSessie] = useState<Sessie>({ status: 'laden' });

  useEffect(() => {
    let actief = true;
    getMe().then(
      (gebruiker) => {
        if (actief)
          setSessie(gebruiker ? { status: 'ingelogd', gebruiker } : { status: 'uitgelogd' });
      },
      () => {
        if (actief) setSessie({ status: 'onbereikbaar' });
      },
    );
    return () => {
      actief = false;
    };
  }, []);

  useEffect(() => {
    onSessionEnded(() => {
      setSessie({ status: 'uitgelogd', beeindigd: true });
    });
    return () => {
      onSessionEnded(undefined);
    };
  }, []);

  return <SessieContext value={sessie}>{children}</SessieContext>;
}

export function useSessie(): Sessie {
  return useContext(SessieContext);
}
