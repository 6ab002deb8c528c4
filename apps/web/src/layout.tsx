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
export function AppLink({
  to,
  children,
  huidig,
}: {
  to: string;
  children: ReactNode;
  /** The link to the page on screen (the menu marks it with `aria-current="page"`). */
  huidig?: boolean;
}) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    void navigate(to);
  };
  return (
    <Link href={to} onClick={onClick} aria-current={huidig ? 'page' : undefined}>
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

/** The main menu for these roles: path and text. */
function menu(gebruiker: Gebruiker): [to: string, tekst: string][] {
  const rollen = gebruiker.rollen;
  const items: [string, string][] = [['/', 'Mijn werk']];
  if (rollen.includes('politie-medewerker')) {
    items.push(['/politie/zorgmeldingen', 'Mijn zorgmeldingen']);
    items.push(['/politie/zorgmeldingen/nieuw', 'Nieuwe zorgmelding']);
  }
  if (rollen.some((r) => r === 'vt-medewerker' || r === 'vt-coordinator')) {
    items.push(['/vt/inbox', 'Inbox zorgmeldingen']);
  }
  if (rollen.includes('vt-coordinator')) {
    items.push(['/vt/coordinatie', 'Coördinatie']);
    items.push(['/vt/cijfers', 'Termijnen en uitkomsten']);
    items.push(['/vt/vernietigingsverzoeken', 'Verzoeken tot vernietiging']);
  }
  if (rollen.includes('regionaal-analist'))
    items.push(['/analist/cijfers', 'Cijfers veiligheidsbeeld']);
  if (rollen.includes('wijkteam-medewerker')) {
    items.push(['/wijkteam/casussen', 'Mijn casussen']);
    items.push(['/wijkteam/casussen/nieuw', 'Nieuwe casus']);
  }
  if (rollen.includes('zvh-procesregisseur')) {
    items.push(['/zvh/triage', 'Triage']);
    items.push(['/zvh/casussen', 'Casussen in regie']);
    items.push(['/zvh/personen', 'Tijdlijn van een persoon']);
  }
  if (rollen.some((r) => PARTNER_ROLLEN.includes(r))) {
    items.push(['/partner/casussen', 'Deelname aan casussen']);
    items.push(['/partner/personen', 'Tijdlijn van een persoon']);
  }
  if (rollen.includes('privacy-officer') && !rollen.includes('fg')) {
    items.push(['/fg/verzoeken', 'Verzoeken van betrokkenen']);
  }
  if (rollen.includes('informatiebeheerder') && !rollen.includes('fg')) {
    items.push(['/fg/bewaring', 'Bewaren en vernietigen']);
  }
  if (rollen.includes('fg')) {
    items.push(['/fg/auditspoor', 'Auditspoor']);
    items.push(['/fg/doorbraken', 'Doorbraken']);
    items.push(['/fg/integriteit', 'Integriteit']);
    items.push(['/fg/grafieken', 'Grafieken']);
    items.push(['/fg/uitwisselingen', 'Uitwisselingsregister']);
    items.push(['/fg/verzoeken', 'Verzoeken van betrokkenen']);
    items.push(['/fg/bewaring', 'Bewaren en vernietigen']);
    items.push(['/fg/register', 'Registervoorstellen']);
  }
  if (rollen.includes('beheerder')) {
    items.push(['/beheer', 'Beheer']);
    items.push(['/beheer/register', 'Register beheren']);
  }
  items.push(['/verwerkingsactiviteiten', 'Verwerkingsactiviteiten']);
  return items;
}

/** The menu item of the page on screen: the longest path that the current one starts with. */
function huidigMenu(gebruiker: Gebruiker, pad: string): string | undefined {
  let beste: string | undefined;
  for (const [to] of menu(gebruiker)) {
    const past = to === '/' ? pad === '/' : pad === to || pad.startsWith(`${to}/`);
    if (past && (!beste || to.length > beste.length)) beste = to;
  }
  return beste;
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
              {menu(sessie.gebruiker).map(([to, tekst]) => (
                <li key={to}>
                  <AppLink to={to} huidig={to === huidigMenu(sessie.gebruiker, location.pathname)}>
                    {tekst}
                  </AppLink>
                </li>
              ))}
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
