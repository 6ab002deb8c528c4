import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Layout } from './layout.js';
import { AuditrecordPage } from './pages/auditrecord-page.js';
import { AuditspoorPage } from './pages/auditspoor-page.js';
import { BeheerPage } from './pages/beheer-page.js';
import {
  PartnerCasussenPage,
  WijkteamCasussenPage,
  ZvhCasussenPage,
  ZvhTriagePage,
} from './pages/casussen-pages.js';
import { CijfersRegioPage, CijfersVtPage } from './pages/cijfers-pages.js';
import { BewaringPage, VernietigingslijstPage } from './pages/bewaring-pages.js';
import { DoorbrakenPage } from './pages/doorbraken-page.js';
import { ErrorPage } from './pages/error-page.js';
import { GrafiekenPage } from './pages/grafieken-page.js';
import { HomePage } from './pages/home-page.js';
import { IntegriteitPage } from './pages/integriteit-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { PartnerCasusPage } from './pages/partner-casus-page.js';
import { PersoonTijdlijnPage } from './pages/persoon-tijdlijn-page.js';
import { RectificatiesPage } from './pages/rectificaties-page.js';
import {
  NieuwVerzoekPage,
  RechtenPage,
  RegisterExportPage,
  VerzoekPage,
} from './pages/rechten-pages.js';
import {
  RegisterActiviteitPage,
  RegisterBeheerPage,
  RegisterNieuwPage,
  RegisterWijzigenPage,
} from './pages/register-pages.js';
import { RegisterVoorstellenPage } from './pages/register-voorstellen-page.js';
import { StartPage } from './pages/start-page.js';
import { VernietigingsverzoekenPage } from './pages/vernietigingsverzoeken-page.js';
import { VtCoordinatiePage } from './pages/vt-coordinatie-page.js';
import { VtInboxPage, VtZorgmeldingPage } from './pages/vt-pages.js';
import { ZorgmeldingConceptPage, ZorgmeldingNieuwPage } from './pages/zorgmelding-nieuw-page.js';
import { ZorgmeldingenPage, ZorgmeldingPage } from './pages/zorgmeldingen-page.js';
import { UitwisselingsregisterPage } from './pages/uitwisselingsregister-page.js';
import { VerwerkingsactiviteitenPage } from './pages/verwerkingsactiviteiten-page.js';
import { WijkteamCasusNieuwPage, WijkteamCasusPage } from './pages/wijkteam-casus-pages.js';
import { ZvhCasusPage } from './pages/zvh-casus-page.js';
import { SessieProvider, useSessie, type Sessie } from './session.js';

function Laden() {
  return (
    <>
      <title>Laden – Schakel</title>
      <Heading1>Schakel</Heading1>
      <Paragraph role="status">Bezig met laden…</Paragraph>
    </>
  );
}

function Onbereikbaar() {
  return (
    <>
      <title>Niet bereikbaar – Schakel</title>
      <Heading1>Schakel is nu niet bereikbaar</Heading1>
      <Paragraph>Probeer het over enkele minuten opnieuw.</Paragraph>
    </>
  );
}

/** Renders `children` for a logged-in user; otherwise the start page, remembering the way back. */
function Ingelogd({
  children,
}: {
  children: (sessie: Extract<Sessie, { status: 'ingelogd' }>) => ReactNode;
}) {
  const sessie = useSessie();
  const location = useLocation();
  if (sessie.status === 'laden') return <Laden />;
  if (sessie.status === 'onbereikbaar') return <Onbereikbaar />;
  if (sessie.status === 'uitgelogd') {
    if (location.pathname === '/') return <StartPage sessieBeeindigd={sessie.beeindigd} />;
    const beeindigd = sessie.beeindigd ? '&sessie=beeindigd' : '';
    return <Navigate to={`/?terug=${encodeURIComponent(location.pathname)}${beeindigd}`} replace />;
  }
  return children(sessie);
}

const router = createBrowserRouter([
  {
    element: (
      <SessieProvider>
        <Layout />
      </SessieProvider>
    ),
    children: [
      {
        path: '/',
        element: <Ingelogd>{({ gebruiker }) => <HomePage gebruiker={gebruiker} />}</Ingelogd>,
      },
      {
        path: '/verwerkingsactiviteiten',
        element: <Ingelogd>{() => <VerwerkingsactiviteitenPage />}</Ingelogd>,
      },
      // The FG's workplace; the API refuses anyone else (403), shown as "Geen toegang".
      {
        path: '/fg/auditspoor',
        element: <Ingelogd>{({ gebruiker }) => <AuditspoorPage gebruiker={gebruiker} />}</Ingelogd>,
      },
      {
        path: '/fg/auditspoor/:id',
        element: <Ingelogd>{() => <AuditrecordPage />}</Ingelogd>,
      },
      {
        path: '/fg/doorbraken',
        element: <Ingelogd>{({ gebruiker }) => <DoorbrakenPage gebruiker={gebruiker} />}</Ingelogd>,
      },
      { path: '/fg/integriteit', element: <Ingelogd>{() => <IntegriteitPage />}</Ingelogd> },
      {
        path: '/fg/bewaring',
        element: <Ingelogd>{({ gebruiker }) => <BewaringPage gebruiker={gebruiker} />}</Ingelogd>,
      },
      {
        path: '/fg/bewaring/:id',
        element: (
          <Ingelogd>{({ gebruiker }) => <VernietigingslijstPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      { path: '/fg/grafieken', element: <Ingelogd>{() => <GrafiekenPage />}</Ingelogd> },
      {
        path: '/fg/uitwisselingen',
        element: <Ingelogd>{() => <UitwisselingsregisterPage />}</Ingelogd>,
      },
      // The rights desk (ADR 0028) and the register export.
      { path: '/fg/verzoeken', element: <Ingelogd>{() => <RechtenPage />}</Ingelogd> },
      {
        path: '/fg/verzoeken/nieuw',
        element: (
          <Ingelogd>{({ gebruiker }) => <NieuwVerzoekPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      {
        path: '/fg/verzoeken/:id',
        element: <Ingelogd>{({ gebruiker }) => <VerzoekPage gebruiker={gebruiker} />}</Ingelogd>,
      },
      // Notices of rectifications to a recipient (ADR 0035), per activity it received data for.
      {
        path: '/rectificaties/:activiteit',
        element: (
          <Ingelogd>{({ gebruiker }) => <RectificatiesPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      {
        path: '/verwerkingsregister/export',
        element: <Ingelogd>{() => <RegisterExportPage />}</Ingelogd>,
      },
      // Zorgmeldingen: the API decides who may (403 shows as "Geen toegang").
      {
        path: '/politie/zorgmeldingen/nieuw',
        element: (
          <Ingelogd>{({ gebruiker }) => <ZorgmeldingNieuwPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      // Each step of a concept has its own URL: reload, Back and a new login return to it.
      {
        path: '/politie/zorgmeldingen/:id/stap/:stap',
        element: (
          <Ingelogd>{({ gebruiker }) => <ZorgmeldingConceptPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      {
        path: '/politie/zorgmeldingen/:id',
        element: (
          <Ingelogd>{({ gebruiker }) => <ZorgmeldingPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      {
        path: '/politie/zorgmeldingen',
        element: (
          <Ingelogd>{({ gebruiker }) => <ZorgmeldingenPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      {
        path: '/vt/inbox',
        element: <Ingelogd>{({ gebruiker }) => <VtInboxPage gebruiker={gebruiker} />}</Ingelogd>,
      },
      {
        path: '/vt/zorgmeldingen/:id',
        element: (
          <Ingelogd>{({ gebruiker }) => <VtZorgmeldingPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      {
        path: '/vt/coordinatie',
        element: (
          <Ingelogd>{({ gebruiker }) => <VtCoordinatiePage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      // Figures without persons (ADR 0030): the analyst's region, a VT coordinator's own VT.
      {
        path: '/vt/vernietigingsverzoeken',
        element: (
          <Ingelogd>
            {({ gebruiker }) => <VernietigingsverzoekenPage gebruiker={gebruiker} />}
          </Ingelogd>
        ),
      },
      { path: '/analist/cijfers', element: <Ingelogd>{() => <CijfersRegioPage />}</Ingelogd> },
      { path: '/vt/cijfers', element: <Ingelogd>{() => <CijfersVtPage />}</Ingelogd> },
      // Casussen: per role its own screens and processing activity; the API decides who may.
      {
        path: '/wijkteam/casussen',
        element: <Ingelogd>{() => <WijkteamCasussenPage />}</Ingelogd>,
      },
      {
        path: '/wijkteam/casussen/nieuw',
        element: (
          <Ingelogd>{({ gebruiker }) => <WijkteamCasusNieuwPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      {
        path: '/wijkteam/casussen/:id',
        element: (
          <Ingelogd>{({ gebruiker }) => <WijkteamCasusPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      { path: '/zvh/triage', element: <Ingelogd>{() => <ZvhTriagePage />}</Ingelogd> },
      { path: '/zvh/casussen', element: <Ingelogd>{() => <ZvhCasussenPage />}</Ingelogd> },
      {
        path: '/zvh/casussen/:id',
        element: <Ingelogd>{({ gebruiker }) => <ZvhCasusPage gebruiker={gebruiker} />}</Ingelogd>,
      },
      // A person's timeline: the BSN goes in the body of a POST, never in these paths.
      {
        path: '/zvh/personen',
        element: (
          <Ingelogd>
            {({ gebruiker }) => <PersoonTijdlijnPage key="zvh" gebruiker={gebruiker} rol="zvh" />}
          </Ingelogd>
        ),
      },
      {
        path: '/partner/personen',
        element: (
          <Ingelogd>
            {({ gebruiker }) => (
              <PersoonTijdlijnPage key="partner" gebruiker={gebruiker} rol="partner" />
            )}
          </Ingelogd>
        ),
      },
      { path: '/partner/casussen', element: <Ingelogd>{() => <PartnerCasussenPage />}</Ingelogd> },
      {
        path: '/partner/casussen/:id',
        element: (
          <Ingelogd>{({ gebruiker }) => <PartnerCasusPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      { path: '/beheer', element: <Ingelogd>{() => <BeheerPage />}</Ingelogd> },
      // Editing the register (ADR 0018, 0034): the beheerder proposes, an FG decides.
      { path: '/beheer/register', element: <Ingelogd>{() => <RegisterBeheerPage />}</Ingelogd> },
      {
        path: '/beheer/register/nieuw',
        element: (
          <Ingelogd>{({ gebruiker }) => <RegisterNieuwPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      {
        path: '/beheer/register/:id',
        element: <Ingelogd>{() => <RegisterActiviteitPage />}</Ingelogd>,
      },
      {
        path: '/beheer/register/:id/wijzigen',
        element: (
          <Ingelogd>{({ gebruiker }) => <RegisterWijzigenPage gebruiker={gebruiker} />}</Ingelogd>
        ),
      },
      {
        path: '/fg/register',
        element: (
          <Ingelogd>
            {({ gebruiker }) => <RegisterVoorstellenPage gebruiker={gebruiker} />}
          </Ingelogd>
        ),
      },
      { path: '/fout', element: <ErrorPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
