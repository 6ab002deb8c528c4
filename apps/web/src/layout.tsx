import {
  Button,
  Link,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { Link as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { logout, SessionEndedError, type Gebruiker } from './api.js';
import { PARTNER_ROLLEN } from './casus.js';
import { useSessie } from './session.js';

/** A link inside the app: Utrecht's look, client-side navigation. */
export function AppLink({ to, children }: { to: string; children: ReactNode }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    void navigate(to);
  };
  return (
    <Link href={to} onClick={onClick}>
      {children}
    </Link>
  );
}

function UitlogKnop({ gebruiker }: { gebruiker: Gebruiker }) {
  const [bezig, setBezig] = useState(false);
  const [mislukt, setMislukt] = useState(false);

  const uitloggen = async () => {
    setBezig(true);
    setMislukt(false);
    try {
      window.location.assign(await logout(gebruiker.csrfToken));
    } catch (err) {
      // A 401 already took the user to the start page; anything else may be retried.
      if (!(err instanceof SessionEndedError)) setMislukt(true);
      setBezig(false);
    }
  };

  return (
    <>
      <Button
        appearance="secondary-action-button"
        busy={bezig}
        onClick={() => void uitloggen()}
        type="button"
      >
        Uitloggen
      </Button>
      {mislukt && (
        <Paragraph className="schakel-header__melding" role="alert">
          Uitloggen is niet gelukt. Probeer het opnieuw.
        </Paragraph>
      )}
    </>
  );
}

/** Skip link, header (with navigation and logout when logged in), main content, footer. */
export function Layout() {
  const sessie = useSessie();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const plek = `${location.pathname}${location.search}`;
  const vorigePlek = useRef(plek);

  // After a navigation inside the app, start reading and tabbing at the new content; never on
  // the first load, nor when an effect runs again for the same place.
  useEffect(() => {
    if (vorigePlek.current === plek) return;
    vorigePlek.current = plek;
    main.current?.focus();
  }, [plek]);

  return (
    <>
      <SkipLink href="#inhoud">Direct naar de inhoud</SkipLink>
      <PageHeader className="schakel-header">
        <div className="schakel-header__balk">
          <RouterLink to="/" className="schakel-header__naam">
            Schakel
          </RouterLink>
          {sessie.status === 'ingelogd' && (
            <div className="schakel-header__gebruiker">
              <Paragraph className="schakel-header__ingelogd">
                Ingelogd als {sessie.gebruiker.naam ?? sessie.gebruiker.id},{' '}
                {sessie.gebruiker.organisatie.naam}
              </Paragraph>
              <UitlogKnop gebruiker={sessie.gebruiker} />
            </div>
          )}
        </div>
        {sessie.status === 'ingelogd' && (
          <nav aria-label="Hoofdmenu" className="schakel-nav">
            <ul className="schakel-nav__lijst">
              <li>
                <AppLink to="/">Startpagina</AppLink>
              </li>
              <li>
                <AppLink to="/verwerkingsactiviteiten">Verwerkingsactiviteiten</AppLink>
              </li>
              {sessie.gebruiker.rollen.includes('politie-medewerker') && (
                <>
                  <li>
                    <AppLink to="/politie/zorgmeldingen">Mijn zorgmeldingen</AppLink>
                  </li>
                  <li>
                    <AppLink to="/politie/zorgmeldingen/nieuw">Nieuwe zorgmelding</AppLink>
                  </li>
                </>
              )}
              {sessie.gebruiker.rollen.some(
                (r) => r === 'vt-medewerker' || r === 'vt-coordinator',
              ) && (
                <li>
                  <AppLink to="/vt/inbox">Inbox zorgmeldingen</AppLink>
                </li>
              )}
              {sessie.gebruiker.rollen.includes('vt-coordinator') && (
                <>
                  <li>
                    <AppLink to="/vt/coordinatie">Coördinatie</AppLink>
                  </li>
                  <li>
                    <AppLink to="/vt/cijfers">Termijnen en uitkomsten</AppLink>
                  </li>
                </>
              )}
              {sessie.gebruiker.rollen.includes('regionaal-analist') && (
                <li>
                  <AppLink to="/analist/cijfers">Cijfers veiligheidsbeeld</AppLink>
                </li>
              )}
              {sessie.gebruiker.rollen.includes('wijkteam-medewerker') && (
                <>
                  <li>
                    <AppLink to="/wijkteam/casussen">Mijn casussen</AppLink>
                  </li>
                  <li>
                    <AppLink to="/wijkteam/casussen/nieuw">Nieuwe casus</AppLink>
                  </li>
                </>
              )}
              {sessie.gebruiker.rollen.includes('zvh-procesregisseur') && (
                <>
                  <li>
                    <AppLink to="/zvh/triage">Triage</AppLink>
                  </li>
                  <li>
                    <AppLink to="/zvh/casussen">Casussen in regie</AppLink>
                  </li>
                  <li>
                    <AppLink to="/zvh/personen">Tijdlijn van een persoon</AppLink>
                  </li>
                </>
              )}
              {sessie.gebruiker.rollen.some((r) => PARTNER_ROLLEN.includes(r)) && (
                <>
                  <li>
                    <AppLink to="/partner/casussen">Deelname aan casussen</AppLink>
                  </li>
                  <li>
                    <AppLink to="/partner/personen">Tijdlijn van een persoon</AppLink>
                  </li>
                </>
              )}
              {sessie.gebruiker.rollen.includes('fg') && (
                <>
                  <li>
                    <AppLink to="/fg/auditspoor">Auditspoor</AppLink>
                  </li>
                  <li>
                    <AppLink to="/fg/doorbraken">Doorbraken</AppLink>
                  </li>
                  <li>
                    <AppLink to="/fg/integriteit">Integriteit</AppLink>
                  </li>
                  <li>
                    <AppLink to="/fg/grafieken">Grafieken</AppLink>
                  </li>
                  <li>
                    <AppLink to="/fg/uitwisselingen">Uitwisselingsregister</AppLink>
                  </li>
                  <li>
                    <AppLink to="/fg/verzoeken">Verzoeken van betrokkenen</AppLink>
                  </li>
                  <li>
                    <AppLink to="/fg/bewaring">Bewaren en vernietigen</AppLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
        )}
      </PageHeader>
      <PageContent className="schakel-inhoud">
        <main id="inhoud" tabIndex={-1} ref={main} className="schakel-main">
          <Outlet />
        </main>
      </PageContent>
      <PageFooter className="schakel-footer">
        <Paragraph>
          Schakel: samenwerking in zorg en veiligheid, eenheid Rotterdam. Elke inzage in
          persoonsgegevens wordt vastgelegd.
        </Paragraph>
      </PageFooter>
    </>
  );
}
