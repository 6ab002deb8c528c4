import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { Gebruiker } from '../api.js';
import {
  bevestigOntvangst,
  DEELNAME,
  getCasus,
  registreerUitwisseling,
  type CasusView,
  type UitwisselingView,
} from '../casus.js';
import {
  Betrokkenen,
  CasusGegevens,
  CasusTijdlijn,
  CategorieLabel,
  Deelnemers,
  Gelukt,
  Uitwisselingen,
  UitwisselingFormulier,
  useCasusApi,
} from '../casus-weergave.js';
import { Mislukt } from '../forms.js';
import { AppLink } from '../layout.js';
import { alsFout } from '../use-api.js';
import { GeenToegang } from './error-page.js';

/** "Ontvangst bevestigen" for an exchange addressed to the own organisation. */
function Ontvangst({
  c,
  u,
  gebruiker,
  klaar,
}: {
  c: CasusView;
  u: UitwisselingView;
  gebruiker: Gebruiker;
  klaar: (melding: string) => void;
}) {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | undefined>();
  const aanMij = u.naar.find((n) => n.organisatie === gebruiker.organisatie.code);
  if (!aanMij || aanMij.ontvangenOp) return null;
  return (
    <>
      <div aria-live="polite">{fout && <Mislukt tekst={fout} />}</div>
      <Button
        appearance="primary-action-button"
        type="button"
        busy={bezig}
        onClick={() => {
          setBezig(true);
          setFout(undefined);
          bevestigOntvangst(c.id, u.id, gebruiker.csrfToken).then(
            () => {
              setBezig(false);
              klaar('De ontvangst is bevestigd.');
            },
            (err: unknown) => {
              setBezig(false);
              const f = alsFout(err);
              const detail = f && 'detail' in f ? f.detail : undefined;
              if (f) {
                setFout(
                  `Het bevestigen is niet gelukt${detail ? `: ${detail}` : '. Probeer het opnieuw.'}`,
                );
              }
            },
          );
        }}
      >
        Ontvangst bevestigen
      </Button>
    </>
  );
}

/** A case as a participant sees it: only what its need-to-know allows, as the API shaped it. */
export function PartnerCasusPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const { id = '' } = useParams();
  const geladen = useCasusApi(() => getCasus(id, DEELNAME), id);
  const [view, setView] = useState<CasusView | undefined>();
  const [melding, setMelding] = useState<string | undefined>();
  const [versie, setVersie] = useState(0);

  useEffect(() => {
    if (geladen.status === 'klaar') setView(geladen.data[1]);
  }, [geladen]);

  if (geladen.status === 'geen-toegang') return <GeenToegang detail={geladen.detail} />;

  const c = view;
  const namen = geladen.status === 'klaar' ? geladen.data[0] : undefined;
  const opnieuw = (tekst: string) => {
    void getCasus(id, DEELNAME).then(
      (nieuw) => {
        setView(nieuw);
        setVersie((v) => v + 1);
        setMelding(tekst);
      },
      () => {
        setMelding(`${tekst} Vernieuw de pagina om de casus bij te werken.`);
      },
    );
  };

  return (
    <>
      <title>{`Casus${c ? ` ${c.nummer}` : ''} (deelname) – Schakel`}</title>
      <Heading1>Casus{c ? ` ${c.nummer}` : ''}</Heading1>
      <Paragraph>
        <AppLink to="/partner/casussen">Terug naar de casussen waaraan u deelneemt</AppLink>
      </Paragraph>
      {geladen.status === 'laden' && <Paragraph role="status">Bezig met laden…</Paragraph>}
      {geladen.status === 'mislukt' && (
        <Mislukt
          tekst={
            geladen.code === 404
              ? 'Deze casus bestaat niet of uw organisatie neemt er niet (meer) aan deel.'
              : 'De casus kon niet worden geladen.'
          }
        />
      )}
      {c && namen && (
        <>
          <Gelukt key={`gelukt-${String(versie)}`} melding={melding} />
          <Alert type="info">
            <Paragraph>
              <strong>Uw need-to-know: </strong>
              {c.mijnScope && c.mijnScope.length > 0
                ? c.mijnScope.map((code, i) => (
                    <span key={code}>
                      {i > 0 && ', '}
                      <CategorieLabel namen={namen} code={code} />
                    </span>
                  ))
                : 'geen gegevenscategorieën'}
              .
            </Paragraph>
            <Paragraph>
              U ziet alleen gegevens uit deze categorieën, en alleen uitwisselingen waarbij uw
              organisatie verstrekker of ontvanger is.
            </Paragraph>
          </Alert>
          <CasusGegevens c={c} namen={namen} />
          <Heading2>Betrokkenen</Heading2>
          <Betrokkenen c={c} />
          <Heading2>Deelnemers</Heading2>
          <Deelnemers c={c} namen={namen} />
          <Heading2>Uitwisselingen</Heading2>
          <Uitwisselingen
            c={c}
            namen={namen}
            acties={(u) => <Ontvangst c={c} u={u} gebruiker={gebruiker} klaar={opnieuw} />}
          />
          {c.status === 'actief' && (
            <UitwisselingFormulier
              key={`uitwisseling-${String(versie)}`}
              c={c}
              namen={namen}
              eigenOrganisatie={gebruiker.organisatie.code}
              vanKiezen={false}
              registreer={(u) => registreerUitwisseling(c.id, u, DEELNAME, gebruiker.csrfToken)}
              klaar={opnieuw}
            />
          )}
          <Heading2>Tijdlijn</Heading2>
          <CasusTijdlijn c={c} namen={namen} />
        </>
      )}
    </>
  );
}
