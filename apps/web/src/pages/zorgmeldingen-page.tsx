import {
  Alert,
  Button,
  ButtonGroup,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState, type SubmitEvent } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import type { Gebruiker } from '../api.js';
import { Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import { tijdstipTekst } from '../texts.js';
import { alsFout, useApi } from '../use-api.js';
import {
  getEigenZorgmelding,
  getEigenZorgmeldingen,
  openPdf,
  organisatieTekst,
  SOORTEN,
  STATUSSEN,
  tekst,
  verwijderConcept,
  zoekEigen,
} from '../zorgmelding.js';
import { MeldingInhoud, TerugkoppelingBlok, Tijdlijn } from '../zorgmelding-weergave.js';
import { Paginering, useZoekopdracht, Zoekformulier } from '../zoeken.js';
import '../zorgmelding.css';
import { GeenToegang } from './error-page.js';

/** Reports per page of the police's list. */
const PAGINA = 20;

/**
 * The police officer's own reports and concepts: filters, order and page in the URL (never a
 * name or BSN), search by kenmerk, name or BSN, concepts to continue or delete.
 */
export function ZorgmeldingenPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const sortering = params.get('sortering') === 'oudste' ? 'oudste' : 'nieuwste';
  const na = params.get('na') ?? '';
  const [versie, setVersie] = useState(0);
  const lijst = useApi(
    () => getEigenZorgmeldingen({ status, sortering, na, limiet: PAGINA }),
    `${status}|${sortering}|${na}|${String(versie)}`,
  );
  const { gezocht, setGezocht, zoek, wis } = useZoekopdracht((vraag) =>
    zoekEigen(vraag, gebruiker.csrfToken),
  );
  const [velden, setVelden] = useState({ status, sortering });
  const [weg, setWeg] = useState<string | undefined>();
  const [melding, setMelding] = useState<string | undefined>();
  const [fout, setFout] = useState<string | undefined>();
  const bevestiging = useRef<HTMLDivElement>(null);
  const statusRegel = useRef<HTMLParagraphElement>(null);

  const filter = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nieuw = new URLSearchParams();
    if (velden.status) nieuw.set('status', velden.status);
    if (velden.sortering !== 'nieuwste') nieuw.set('sortering', velden.sortering);
    setParams(nieuw);
  };
  const volgende = (laatste: string) => {
    const nieuw = new URLSearchParams(params);
    nieuw.set('na', laatste);
    setParams(nieuw);
  };
  const eerste = () => {
    const nieuw = new URLSearchParams(params);
    nieuw.delete('na');
    setParams(nieuw);
  };

  const verwijder = async (id: string) => {
    setFout(undefined);
    try {
      await verwijderConcept(id, gebruiker.csrfToken);
      setWeg(undefined);
      setMelding('Het concept is verwijderd.');
      setVersie((v) => v + 1);
      if (gezocht?.status === 'klaar') {
        setGezocht({ status: 'klaar', data: gezocht.data.filter((z) => z.id !== id) });
      }
      setTimeout(() => statusRegel.current?.focus(), 0);
    } catch (err) {
      const f = alsFout(err);
      setFout(
        f?.status === 'mislukt' && f.code === 409
          ? 'Deze melding is al ingediend en kan niet meer worden verwijderd.'
          : 'Het verwijderen is niet gelukt. Probeer het opnieuw.',
      );
    }
  };

  const stand = gezocht ?? lijst;
  const teVerwijderen = stand.status === 'klaar' ? stand.data.find((z) => z.id === weg) : undefined;

  return (
    <div className="schakel-zm">
      <title>Mijn zorgmeldingen – Schakel</title>
      <Heading1>Mijn zorgmeldingen</Heading1>
      <Paragraph>
        <AppLink to="/politie/zorgmeldingen/nieuw">Nieuwe zorgmelding opstellen</AppLink>
      </Paragraph>
      <div aria-live="polite">
        {melding && (
          <Alert type="ok">
            <Paragraph ref={statusRegel} tabIndex={-1}>
              {melding}
            </Paragraph>
          </Alert>
        )}
      </div>
      {fout && <Mislukt tekst={fout} />}

      <Zoekformulier label="Zoeken in uw zorgmeldingen" zoek={zoek} wis={wis} />

      {!gezocht && (
        <form onSubmit={filter} aria-label="Lijst filteren en sorteren" className="schakel-zoeken">
          <Veld id="lijst-status" label="Status">
            <Select
              id="lijst-status"
              value={velden.status}
              onChange={(e) => {
                setVelden((v) => ({ ...v, status: e.target.value }));
              }}
            >
              <SelectOption value="">Alle statussen</SelectOption>
              {STATUSSEN.filter(([c]) => c !== 'ingediend').map(([code, naam]) => (
                <SelectOption key={code} value={code}>
                  {naam}
                </SelectOption>
              ))}
            </Select>
          </Veld>
          <Veld id="lijst-sortering" label="Volgorde">
            <Select
              id="lijst-sortering"
              value={velden.sortering}
              onChange={(e) => {
                setVelden((v) => ({
                  ...v,
                  sortering: e.target.value === 'oudste' ? 'oudste' : 'nieuwste',
                }));
              }}
            >
              <SelectOption value="nieuwste">Nieuwste eerst</SelectOption>
              <SelectOption value="oudste">Oudste eerst</SelectOption>
            </Select>
          </Veld>
          <ButtonGroup>
            <Button appearance="secondary-action-button" type="submit">
              Toepassen
            </Button>
          </ButtonGroup>
        </form>
      )}

      {teVerwijderen && (
        <div
          ref={bevestiging}
          tabIndex={-1}
          role="alertdialog"
          aria-labelledby="verwijder-kop"
          aria-describedby="verwijder-tekst"
          className="schakel-bevestiging"
        >
          <Heading2 id="verwijder-kop">Concept verwijderen?</Heading2>
          <Paragraph id="verwijder-tekst">
            Het concept van {tijdstipTekst(teVerwijderen.aangemaaktOp)} (
            {tekst(SOORTEN, teVerwijderen.soort)}) wordt voorgoed verwijderd, met wat u erin
            invulde. Dit kan niet ongedaan worden gemaakt.
          </Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              type="button"
              onClick={() => {
                void verwijder(teVerwijderen.id);
              }}
            >
              Ja, concept verwijderen
            </Button>
            <Button
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                setWeg(undefined);
              }}
            >
              Nee, bewaren
            </Button>
          </ButtonGroup>
        </div>
      )}

      <div aria-live="polite">
        {stand.status === 'laden' && <Paragraph>Bezig met laden…</Paragraph>}
        {gezocht?.status === 'klaar' && (
          <Paragraph>
            {gezocht.data.length === 1
              ? '1 zorgmelding gevonden.'
              : `${String(gezocht.data.length)} zorgmeldingen gevonden.`}
          </Paragraph>
        )}
      </div>
      {stand.status === 'geen-toegang' && <GeenToegang detail={stand.detail} />}
      {stand.status === 'mislukt' && (
        <Mislukt tekst="Uw zorgmeldingen konden niet worden geladen." detail={stand.detail} />
      )}
      {stand.status === 'klaar' &&
        (stand.data.length === 0 ? (
          <Paragraph>
            {gezocht
              ? 'Geen zorgmeldingen gevonden.'
              : na
                ? 'Geen zorgmeldingen meer.'
                : 'U heeft nog geen zorgmeldingen.'}
          </Paragraph>
        ) : (
          <div className="schakel-tabel schakel-zm-lijst">
            <Table>
              <TableCaption>
                {gezocht
                  ? 'Gevonden zorgmeldingen'
                  : `Uw zorgmeldingen, ${sortering === 'oudste' ? 'oudste' : 'nieuwste'} eerst`}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                  <TableHeaderCell scope="col">Aangemaakt</TableHeaderCell>
                  <TableHeaderCell scope="col">Soort zorg</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Veilig Thuis</TableHeaderCell>
                  <TableHeaderCell scope="col">Terugkoppeling</TableHeaderCell>
                  <TableHeaderCell scope="col">Acties</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {stand.data.map((z) => {
                  const wanneer = tijdstipTekst(z.aangemaaktOp);
                  const concept = z.status === 'concept';
                  return (
                    <TableRow key={z.id}>
                      <TableHeaderCell scope="row" data-label="Kenmerk">
                        {z.kenmerk ?? 'Concept'}
                      </TableHeaderCell>
                      <TableCell data-label="Aangemaakt">{wanneer}</TableCell>
                      <TableCell data-label="Soort zorg">{tekst(SOORTEN, z.soort)}</TableCell>
                      <TableCell data-label="Status">{tekst(STATUSSEN, z.status)}</TableCell>
                      <TableCell data-label="Veilig Thuis">
                        {organisatieTekst(z.vtOrganisatie)}
                      </TableCell>
                      <TableCell data-label="Terugkoppeling">
                        {z.terugkoppelingStatus === 'gegeven' ? 'Gegeven' : 'Nog niet'}
                      </TableCell>
                      <TableCell data-label="Acties">
                        {concept ? (
                          <ButtonGroup>
                            <AppLink to={`/politie/zorgmeldingen/${z.id}/stap/1`}>
                              Verder gaan
                              <span className="schakel-sr-only">
                                {' '}
                                met het concept van {wanneer}
                              </span>
                            </AppLink>
                            <Button
                              appearance="subtle-button"
                              type="button"
                              onClick={() => {
                                setMelding(undefined);
                                setWeg(z.id);
                                setTimeout(() => bevestiging.current?.focus(), 0);
                              }}
                            >
                              Verwijderen
                              <span className="schakel-sr-only"> concept van {wanneer}</span>
                            </Button>
                          </ButtonGroup>
                        ) : (
                          <AppLink to={`/politie/zorgmeldingen/${z.id}`}>
                            Bekijken
                            <span className="schakel-sr-only">
                              {' '}
                              zorgmelding {z.kenmerk ?? wanneer}
                            </span>
                          </AppLink>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        ))}
      {!gezocht && stand.status === 'klaar' && (
        <Paginering
          rijen={stand.data}
          paginaGrootte={PAGINA}
          voorbijEerste={!!na}
          eerste={eerste}
          volgende={volgende}
        />
      )}
    </div>
  );
}

/** One own report: kenmerk, status, timeline, feedback from Veilig Thuis, and the content. */
export function ZorgmeldingPage(_props: { gebruiker: Gebruiker }) {
  const { id = '' } = useParams();
  const location = useLocation();
  const ingediend = (location.state as { ingediend?: boolean } | null)?.ingediend === true;
  const stand = useApi(() => getEigenZorgmelding(id), id);
  const [pdfFout, setPdfFout] = useState(false);
  return (
    <div className="schakel-zm">
      <title>
        {stand.status === 'klaar' && stand.data.kenmerk
          ? `Zorgmelding ${stand.data.kenmerk} – Schakel`
          : 'Zorgmelding – Schakel'}
      </title>
      <Heading1>
        Zorgmelding{stand.status === 'klaar' && stand.data.kenmerk ? ` ${stand.data.kenmerk}` : ''}
      </Heading1>
      <Paragraph>
        <AppLink to="/politie/zorgmeldingen">Terug naar mijn zorgmeldingen</AppLink>
      </Paragraph>
      {stand.status === 'laden' && <Paragraph role="status">Bezig met laden…</Paragraph>}
      {stand.status === 'geen-toegang' && <GeenToegang detail={stand.detail} />}
      {stand.status === 'mislukt' && (
        <Mislukt
          tekst={
            stand.code === 404
              ? 'Deze zorgmelding bestaat niet of is niet van u.'
              : 'De zorgmelding kon niet worden geladen.'
          }
        />
      )}
      {stand.status === 'klaar' && (
        <>
          {ingediend && (
            <Alert type="ok">
              <Paragraph>
                Uw zorgmelding is ingediend en doorgestuurd
                {stand.data.kenmerk ? ` met kenmerk ${stand.data.kenmerk}` : ''}. U ziet hier de
                status en de terugkoppeling van Veilig Thuis.
              </Paragraph>
            </Alert>
          )}
          <Paragraph>
            Status: <strong>{tekst(STATUSSEN, stand.data.status)}</strong>. Veilig Thuis:{' '}
            {organisatieTekst(stand.data.vtOrganisatie)}.
          </Paragraph>
          {stand.data.status === 'concept' ? (
            <Paragraph>
              <AppLink to={`/politie/zorgmeldingen/${id}/stap/1`}>
                Verder gaan met dit concept
              </AppLink>
            </Paragraph>
          ) : (
            <ButtonGroup>
              <Button
                appearance="secondary-action-button"
                type="button"
                onClick={() => {
                  setPdfFout(false);
                  openPdf(id, 'politie').catch(() => {
                    setPdfFout(true);
                  });
                }}
              >
                Afdrukken voor het politiedossier (pdf)
              </Button>
            </ButtonGroup>
          )}
          {pdfFout && <Mislukt tekst="De pdf kon niet worden gemaakt. Probeer het opnieuw." />}
          <Heading2>Terugkoppeling van Veilig Thuis</Heading2>
          <TerugkoppelingBlok t={stand.data.terugkoppeling} />
          <Heading2>Tijdlijn</Heading2>
          <Tijdlijn items={stand.data.tijdlijn} />
          <Heading2>Inhoud van de melding</Heading2>
          <MeldingInhoud melding={stand.data.melding} />
        </>
      )}
    </div>
  );
}
