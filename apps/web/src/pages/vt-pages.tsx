import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
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
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Gebruiker } from '../api.js';
import { Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import { datumTekst, tijdstipTekst } from '../texts.js';
import { alsFout, useApi, type Laadstand } from '../use-api.js';
import {
  GEMEENTEN,
  getInbox,
  getVtCollegas,
  getVtZorgmelding,
  organisatieTekst,
  SOORTEN,
  STATUSSEN,
  tekst,
  TERMIJNSTATUSSEN,
  UITKOMSTEN,
  zetVtStap,
  zoekVt,
  openPdf,
  type InboxItem,
  type Termijnstatus,
  type Uitkomst,
  type VtStap,
  type ZorgmeldingVtView,
} from '../zorgmelding.js';
import {
  MeldingInhoud,
  RihgSignalen,
  TerugkoppelingBlok,
  Tijdlijn,
} from '../zorgmelding-weergave.js';
import '../zorgmelding.css';
import { Paginering, useZoekopdracht, Zoekformulier } from '../zoeken.js';
import { GeenToegang } from './error-page.js';
import { Teller } from '../zorgmelding-formulier.js';

/** A deadline in words (never colour alone): "Verlopen", "Bijna verlopen" or "Op tijd". */
function Termijn({ datum, status }: { datum?: string | null; status?: Termijnstatus | null }) {
  if (!datum) return <>Geen termijn</>;
  return (
    <span className={status ? `schakel-termijn schakel-termijn--${status}` : undefined}>
      {status && <strong>{tekst(TERMIJNSTATUSSEN, status)}: </strong>}
      uiterlijk {datumTekst(datum)}
    </span>
  );
}

/** Reports per page of the inbox. */
const PAGINA = 25;

/** The inbox filters kept in the URL (never a name or BSN), so a reload keeps them. */
const FILTERS = ['status', 'termijnstatus', 'gemeentecode', 'sortering', 'toegewezen'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

const SORTERINGEN: [string, string][] = [
  ['termijn', 'Eerst verlopende termijn'],
  ['nieuwste', 'Nieuwste eerst (ontvangen)'],
  ['oudste', 'Oudste eerst (ontvangen)'],
];

/** A municipality by name only (the code is for machines). */
function gemeenteNaam(code: string | null | undefined): string {
  return code ? (GEMEENTEN.find(([c]) => c === code)?.[1] ?? code) : 'Onbekend';
}

/**
 * The Veilig Thuis inbox: kenmerk, search (kenmerk, name or BSN in a POST body), filters, order
 * and page in the URL, and a report to take for oneself.
 */
export function VtInboxPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Filters;
  const na = params.get('na') ?? '';
  const [versie, setVersie] = useState(0);
  const lijst = useApi(
    () =>
      getInbox({
        status: filters.status,
        termijnstatus: filters.termijnstatus,
        gemeentecode: filters.gemeentecode,
        sortering: filters.sortering,
        toegewezenAan: filters.toegewezen === 'mij' ? gebruiker.id : undefined,
        na,
        limiet: PAGINA,
      }),
    `${params.toString()}|${String(versie)}`,
  );
  const { gezocht, setGezocht, zoek, wis } = useZoekopdracht((vraag) =>
    zoekVt(vraag, gebruiker.csrfToken),
  );
  const [velden, setVelden] = useState<Filters>(filters);
  const [melding, setMelding] = useState<string | undefined>();
  const [fout, setFout] = useState<string | undefined>();
  const statusRegel = useRef<HTMLParagraphElement>(null);
  // The colleagues of the own VT by name, for "toegewezen aan" (every VT role may list them).
  const collegas = useApi(getVtCollegas, 'collegas');
  const naamVan = (id: string | null | undefined) => {
    if (!id) return 'Niemand';
    if (id === gebruiker.id) return `${gebruiker.naam ?? 'U'} (u)`;
    const collega = collegas.status === 'klaar' ? collegas.data.find((c) => c.id === id) : null;
    return collega?.naam ?? 'Een collega';
  };

  const verstuur = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nieuw = new URLSearchParams();
    for (const f of FILTERS) if (velden[f]) nieuw.set(f, velden[f]);
    setParams(nieuw);
  };
  const select = (naam: keyof Filters) => ({
    id: `filter-${naam}`,
    name: naam,
    value: velden[naam],
    onChange: (e: { target: { value: string } }) => {
      setVelden((v) => ({ ...v, [naam]: e.target.value }));
    },
  });
  const pagina = (laatste?: string) => {
    const nieuw = new URLSearchParams(params);
    if (laatste) nieuw.set('na', laatste);
    else nieuw.delete('na');
    setParams(nieuw);
  };

  const oppakken = async (z: InboxItem) => {
    setFout(undefined);
    try {
      await zetVtStap(z.id, { stap: 'oppakken' }, gebruiker.csrfToken);
      setMelding(`U heeft melding ${z.kenmerk ?? ''} opgepakt: zij is aan u toegewezen.`);
      setVersie((v) => v + 1);
      if (gezocht?.status === 'klaar') {
        setGezocht({
          status: 'klaar',
          data: gezocht.data.map((x) =>
            x.id === z.id ? { ...x, status: 'toegewezen', toegewezenAan: gebruiker.id } : x,
          ),
        });
      }
      setTimeout(() => statusRegel.current?.focus(), 0);
    } catch (err) {
      const f = alsFout(err);
      setFout(
        f?.status === 'mislukt' && f.code === 409
          ? 'Deze melding is al aan een collega toegewezen.'
          : 'Oppakken is niet gelukt. Probeer het opnieuw.',
      );
    }
  };

  const stand = gezocht ?? lijst;
  const volgorde = SORTERINGEN.find(([c]) => c === (filters.sortering || 'termijn'))?.[1] ?? '';
  return (
    <div className="schakel-zm">
      <title>Inbox zorgmeldingen – Schakel</title>
      <Heading1>Inbox zorgmeldingen</Heading1>
      <Paragraph>
        Zorgmeldingen van de politie voor uw Veilig Thuis. Standaard staat de melding waarvan de
        termijn van de veiligheidsbeoordeling (5 werkdagen) het eerst verloopt bovenaan.
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
      <Zoekformulier label="Zoeken in de inbox" zoek={zoek} wis={wis} />
      {!gezocht && (
        <form onSubmit={verstuur} aria-label="Inbox filteren" className="schakel-filters">
          <Veld id="filter-status" label="Status">
            <Select {...select('status')}>
              <SelectOption value="">Alle statussen</SelectOption>
              {STATUSSEN.filter(
                ([c]) => !['concept', 'ingediend', 'routeringsuitzondering'].includes(c),
              ).map(([code, naam]) => (
                <SelectOption key={code} value={code}>
                  {naam}
                </SelectOption>
              ))}
            </Select>
          </Veld>
          <Veld id="filter-termijnstatus" label="Termijn">
            <Select {...select('termijnstatus')}>
              <SelectOption value="">Alle termijnen</SelectOption>
              {TERMIJNSTATUSSEN.map(([code, naam]) => (
                <SelectOption key={code} value={code}>
                  {naam}
                </SelectOption>
              ))}
            </Select>
          </Veld>
          <Veld id="filter-gemeentecode" label="Gemeente">
            <Select {...select('gemeentecode')}>
              <SelectOption value="">Alle gemeenten</SelectOption>
              {GEMEENTEN.map(([code, naam]) => (
                <SelectOption key={code} value={code}>
                  {naam}
                </SelectOption>
              ))}
            </Select>
          </Veld>
          <Veld id="filter-toegewezen" label="Toegewezen">
            <Select {...select('toegewezen')}>
              <SelectOption value="">Aan iedereen</SelectOption>
              <SelectOption value="mij">Aan mij</SelectOption>
            </Select>
          </Veld>
          <Veld id="filter-sortering" label="Volgorde">
            <Select {...select('sortering')}>
              {SORTERINGEN.map(([code, naam]) => (
                <SelectOption key={code} value={code === 'termijn' ? '' : code}>
                  {naam}
                </SelectOption>
              ))}
            </Select>
          </Veld>
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit">
              Filteren
            </Button>
          </ButtonGroup>
        </form>
      )}

      <div aria-live="polite">
        {stand.status === 'laden' && <Paragraph>Bezig met laden…</Paragraph>}
        {stand.status === 'klaar' && (
          <Paragraph>
            {stand.data.length === 1
              ? '1 zorgmelding gevonden.'
              : `${String(stand.data.length)} zorgmeldingen gevonden${
                  !gezocht && stand.data.length === PAGINA ? ' op deze pagina' : ''
                }.`}
          </Paragraph>
        )}
      </div>
      {stand.status === 'geen-toegang' && <GeenToegang detail={stand.detail} />}
      {stand.status === 'mislukt' && (
        <Mislukt tekst="De inbox kon niet worden geladen." detail={stand.detail} />
      )}
      {stand.status === 'klaar' && stand.data.length > 0 && (
        <div className="schakel-tabel schakel-zm-lijst">
          <Table>
            <TableCaption>
              {gezocht ? 'Gevonden zorgmeldingen' : `Zorgmeldingen, ${volgorde.toLowerCase()}`}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                <TableHeaderCell scope="col">Termijn beoordeling</TableHeaderCell>
                <TableHeaderCell scope="col">Soort zorg</TableHeaderCell>
                <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Toegewezen aan</TableHeaderCell>
                <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
                <TableHeaderCell scope="col">Acties</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {stand.data.map((z) => (
                <TableRow key={z.id}>
                  <TableHeaderCell scope="row" data-label="Kenmerk">
                    {z.kenmerk ?? 'Onbekend'}
                  </TableHeaderCell>
                  <TableCell data-label="Termijn">
                    <Termijn datum={z.termijnUiterlijk} status={z.termijnStatus} />
                  </TableCell>
                  <TableCell data-label="Soort zorg">{tekst(SOORTEN, z.soort)}</TableCell>
                  <TableCell data-label="Gemeente">{gemeenteNaam(z.gemeentecode)}</TableCell>
                  <TableCell data-label="Status">{tekst(STATUSSEN, z.status)}</TableCell>
                  <TableCell data-label="Toegewezen aan">{naamVan(z.toegewezenAan)}</TableCell>
                  <TableCell data-label="Ontvangen">
                    {z.ontvangenOp ? tijdstipTekst(z.ontvangenOp) : 'Onbekend'}
                  </TableCell>
                  <TableCell data-label="Acties">
                    <ButtonGroup>
                      <AppLink to={`/vt/zorgmeldingen/${z.id}`}>
                        Openen
                        <span className="schakel-sr-only"> melding {z.kenmerk ?? ''}</span>
                      </AppLink>
                      {z.status === 'ontvangen' && !z.toegewezenAan && (
                        <Button
                          appearance="secondary-action-button"
                          type="button"
                          onClick={() => {
                            void oppakken(z);
                          }}
                        >
                          Oppakken
                          <span className="schakel-sr-only"> melding {z.kenmerk ?? ''}</span>
                        </Button>
                      )}
                    </ButtonGroup>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {!gezocht && stand.status === 'klaar' && (
        <Paginering
          rijen={stand.data}
          paginaGrootte={PAGINA}
          voorbijEerste={!!na}
          eerste={() => {
            pagina();
          }}
          volgende={pagina}
        />
      )}
    </div>
  );
}

function vandaag(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** One action of the Handelingsprotocol as a small form with its own error summary. */
function Actie({
  titel,
  knop,
  children,
  controleer,
  stap,
  uitvoeren,
  voorbeeld,
}: {
  titel: string;
  knop: string;
  children?: ReactNode;
  controleer?: () => [string, string][];
  stap: () => VtStap;
  uitvoeren: (stap: VtStap) => Promise<string | undefined>;
  /** A step that cannot be undone: what will be sent, shown for a confirmation first. */
  voorbeeld?: () => ReactNode;
}) {
  const [fouten, setFouten] = useState<[string, string][]>([]);
  const [bezig, setBezig] = useState(false);
  const [bevestigen, setBevestigen] = useState(false);
  const overzicht = useRef<HTMLDivElement>(null);
  const bevestiging = useRef<HTMLDivElement>(null);
  const verstuur = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const gevonden = controleer?.() ?? [];
    setFouten(gevonden);
    if (gevonden.length > 0) {
      setTimeout(() => overzicht.current?.focus(), 0);
      return;
    }
    if (voorbeeld && !bevestigen) {
      setBevestigen(true);
      setTimeout(() => bevestiging.current?.focus(), 0);
      return;
    }
    setBevestigen(false);
    setBezig(true);
    const fout = await uitvoeren(stap());
    setBezig(false);
    if (fout) setFouten([['', fout]]);
  };
  return (
    <section aria-label={titel} className="schakel-actie">
      <Heading2>{titel}</Heading2>
      <Foutoverzicht ref={overzicht} fouten={fouten.filter(([id]) => id)} />
      {fouten
        .filter(([id]) => !id)
        .map(([, t]) => (
          <Mislukt key={t} tekst={t} />
        ))}
      <form onSubmit={(e) => void verstuur(e)} noValidate aria-label={titel}>
        {children}
        {bevestigen && voorbeeld && (
          <div
            ref={bevestiging}
            tabIndex={-1}
            role="alertdialog"
            aria-label={`${titel}: controleren en bevestigen`}
            className="schakel-bevestiging"
          >
            {voorbeeld()}
            <Paragraph>Dit kan niet ongedaan worden gemaakt.</Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" type="submit" busy={bezig}>
                Ja, definitief versturen
              </Button>
              <Button
                appearance="secondary-action-button"
                type="button"
                onClick={() => {
                  setBevestigen(false);
                }}
              >
                Nee, nog wijzigen
              </Button>
            </ButtonGroup>
          </div>
        )}
        <ButtonGroup>
          <Button
            appearance={bevestigen ? 'secondary-action-button' : 'primary-action-button'}
            type="submit"
            busy={bezig}
            disabled={bevestigen}
          >
            {knop}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** One report for Veilig Thuis: the content and the next steps (receipt, assessment, feedback). */
export function VtZorgmeldingPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const { id = '' } = useParams();
  const geladen = useApi(() => getVtZorgmelding(id), id);
  const [view, setView] = useState<ZorgmeldingVtView | undefined>();
  const [melding, setMelding] = useState<string | undefined>();
  const [geweigerd, setGeweigerd] = useState<Laadstand<never> | undefined>();
  const [medewerker, setMedewerker] = useState('');
  const [uitkomst, setUitkomst] = useState('');
  const [datum, setDatum] = useState(vandaag());
  const [notitie, setNotitie] = useState('');
  const [bericht, setBericht] = useState('');
  const [pdfFout, setPdfFout] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const coordinator = gebruiker.rollen.includes('vt-coordinator');
  // The colleagues of the own VT by name: a coordinator assigns to them, everyone reads who.
  const collegas = useApi(getVtCollegas, 'collegas');
  const collegaLijst = (collegas.status === 'klaar' ? collegas.data : [])
    .slice()
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  /** The assignee by name where known: from the list, or the logged-in user themself. */
  const collegaNaam = (id: string) =>
    collegaLijst.find((c) => c.id === id)?.naam ??
    (id === gebruiker.id ? (gebruiker.naam ?? 'u') : 'een collega');

  useEffect(() => {
    if (geladen.status === 'klaar') setView(geladen.data);
  }, [geladen]);

  const uitvoeren = async (stap: VtStap): Promise<string | undefined> => {
    try {
      const nieuw = await zetVtStap(id, stap, gebruiker.csrfToken);
      setView(nieuw);
      setMelding(
        {
          ontvangst: 'De ontvangst is bevestigd.',
          oppakken: 'U heeft de melding opgepakt: zij is aan u toegewezen.',
          toewijzing: 'De melding is toegewezen.',
          beoordeling: 'De veiligheidsbeoordeling is vastgelegd.',
          terugkoppeling: 'De terugkoppeling is aan de politie gegeven.',
        }[stap.stap],
      );
      setTimeout(() => status.current?.focus(), 0);
      return undefined;
    } catch (err) {
      const fout = alsFout(err);
      if (fout?.status === 'geen-toegang') setGeweigerd(fout);
      if (fout?.status === 'mislukt') {
        return `Dat is niet gelukt${fout.detail ? `: ${fout.detail}` : '.'}`;
      }
      return undefined;
    }
  };

  if (geweigerd?.status === 'geen-toegang') return <GeenToegang detail={geweigerd.detail} />;
  if (geladen.status === 'geen-toegang') return <GeenToegang detail={geladen.detail} />;

  const v = view;
  return (
    <div className="schakel-zm">
      <title>{`Zorgmelding${v?.kenmerk ? ` ${v.kenmerk}` : ''} beoordelen – Schakel`}</title>
      <Heading1>Zorgmelding{v?.kenmerk ? ` ${v.kenmerk}` : ''} beoordelen</Heading1>
      <Paragraph>
        <AppLink to="/vt/inbox">Terug naar de inbox</AppLink>
      </Paragraph>
      {geladen.status === 'laden' && <Paragraph role="status">Bezig met laden…</Paragraph>}
      {geladen.status === 'mislukt' && (
        <Mislukt
          tekst={
            geladen.code === 404
              ? 'Deze zorgmelding bestaat niet of is niet voor uw Veilig Thuis.'
              : 'De zorgmelding kon niet worden geladen.'
          }
        />
      )}
      {v && (
        <>
          <div aria-live="polite">
            {melding && (
              <Alert type="ok">
                <Paragraph ref={status} tabIndex={-1}>
                  {melding}
                </Paragraph>
              </Alert>
            )}
          </div>
          <Paragraph>
            Status: <strong>{tekst(STATUSSEN, v.status)}</strong>. Termijn veiligheidsbeoordeling:{' '}
            <Termijn datum={v.termijnUiterlijk} status={v.termijnStatus} />.
            {v.toegewezenAan && ` Toegewezen aan ${collegaNaam(v.toegewezenAan)}.`}
            {v.uitkomst && ` Uitkomst: ${tekst(UITKOMSTEN, v.uitkomst)}.`}
          </Paragraph>
          <Paragraph>
            Van {organisatieTekst(v.opstellerOrganisatie)}, ingediend op{' '}
            {v.ingediendOp ? tijdstipTekst(v.ingediendOp) : 'onbekend'}.
          </Paragraph>
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                setPdfFout(false);
                openPdf(id, 'vt').catch(() => {
                  setPdfFout(true);
                });
              }}
            >
              Afdrukken voor het dossier (pdf)
            </Button>
          </ButtonGroup>
          {pdfFout && <Mislukt tekst="De pdf kon niet worden gemaakt. Probeer het opnieuw." />}
          {coordinator && (
            <Paragraph>
              <AppLink to={`/vt/vernietigingsverzoeken?zorgmelding=${id}`}>
                Verzoek tot vernietiging vastleggen
              </AppLink>
            </Paragraph>
          )}

          {v.status === 'ontvangen' && !v.toegewezenAan && (
            <Actie
              titel="Melding oppakken"
              knop="Oppakken: aan mij toewijzen"
              stap={() => ({ stap: 'oppakken' })}
              uitvoeren={uitvoeren}
            />
          )}

          {v.status === 'gerouteerd' && (
            <Actie
              titel="Ontvangst bevestigen"
              knop="Ontvangst bevestigen"
              stap={() => ({ stap: 'ontvangst' })}
              uitvoeren={uitvoeren}
            />
          )}
          {coordinator && ['ontvangen', 'toegewezen'].includes(v.status) && (
            <Actie
              titel="Toewijzen"
              knop="Toewijzen"
              controleer={() =>
                collegaLijst.some((c) => c.id === medewerker)
                  ? []
                  : [['toewijzen-medewerker', 'Kies de collega aan wie u de melding toewijst.']]
              }
              stap={() => ({ stap: 'toewijzing', medewerker })}
              uitvoeren={uitvoeren}
            >
              <Veld
                id="toewijzen-medewerker"
                label="Medewerker"
                uitleg="Een medewerker of coördinator van uw Veilig Thuis."
              >
                <Select
                  id="toewijzen-medewerker"
                  aria-describedby="toewijzen-medewerker-uitleg toewijzen-collegas-stand"
                  value={medewerker}
                  disabled={collegas.status !== 'klaar'}
                  onChange={(e) => {
                    setMedewerker(e.target.value);
                  }}
                >
                  <SelectOption value="">Kies een collega</SelectOption>
                  {collegaLijst.map((c) => (
                    <SelectOption key={c.id} value={c.id}>
                      {c.id === gebruiker.id ? `${c.naam} (uzelf)` : c.naam}
                    </SelectOption>
                  ))}
                </Select>
                <div id="toewijzen-collegas-stand" aria-live="polite">
                  {collegas.status === 'laden' && (
                    <Paragraph>Bezig met laden van uw collega's…</Paragraph>
                  )}
                  {(collegas.status === 'mislukt' || collegas.status === 'geen-toegang') && (
                    <Mislukt tekst="De lijst met collega's kon niet worden geladen. Laad de pagina opnieuw om toe te wijzen." />
                  )}
                </div>
              </Veld>
            </Actie>
          )}
          {['ontvangen', 'toegewezen'].includes(v.status) && (
            <Actie
              titel="Veiligheidsbeoordeling vastleggen"
              knop="Beoordeling vastleggen"
              controleer={() => {
                const f: [string, string][] = [];
                if (!uitkomst) f.push(['beoordeling-uitkomst', 'Kies de uitkomst.']);
                if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) {
                  f.push(['beoordeling-datum', 'Vul de datum van het besluit in.']);
                }
                if (notitie.length > 4000) {
                  f.push([
                    'beoordeling-notitie',
                    `De notitie is ${String(notitie.length - 4000)} tekens te lang (ten hoogste 4.000).`,
                  ]);
                }
                return f;
              }}
              stap={() => ({
                stap: 'beoordeling',
                // One of the radio buttons of UITKOMSTEN; the API checks it.
                uitkomst: uitkomst as Uitkomst,
                datum,
                ...(notitie.trim() ? { notitie: notitie.trim() } : {}),
              })}
              uitvoeren={uitvoeren}
            >
              <Veld id="beoordeling-uitkomst" label="Uitkomst">
                <Select
                  id="beoordeling-uitkomst"
                  value={uitkomst}
                  onChange={(e) => {
                    setUitkomst(e.target.value);
                  }}
                >
                  <SelectOption value="">Kies een uitkomst</SelectOption>
                  {UITKOMSTEN.map(([code, naam]) => (
                    <SelectOption key={code} value={code}>
                      {naam}
                    </SelectOption>
                  ))}
                </Select>
              </Veld>
              <Veld id="beoordeling-datum" label="Datum van het besluit">
                <Textbox
                  id="beoordeling-datum"
                  type="date"
                  value={datum}
                  onChange={(e) => {
                    setDatum(e.target.value);
                  }}
                />
              </Veld>
              <Veld
                id="beoordeling-notitie"
                label="Interne notitie (niet verplicht)"
                uitleg="Alleen voor Veilig Thuis; de politie ziet deze notitie nooit."
              >
                <Textarea
                  id="beoordeling-notitie"
                  aria-describedby="beoordeling-notitie-uitleg beoordeling-notitie-teller"
                  value={notitie}
                  onChange={(e) => {
                    setNotitie(e.target.value);
                  }}
                />
                <Teller id="beoordeling-notitie-teller" lengte={notitie.length} max={4000} />
              </Veld>
            </Actie>
          )}
          {['beoordeeld', 'onderzoek'].includes(v.status) &&
            v.terugkoppeling?.status === 'geen' && (
              <Actie
                titel="Terugkoppeling geven"
                knop="Terugkoppeling controleren"
                controleer={() =>
                  bericht.trim().length > 500
                    ? [
                        [
                          'terugkoppeling-bericht',
                          `Het bericht is ${String(bericht.trim().length - 500)} tekens te lang (ten hoogste 500).`,
                        ],
                      ]
                    : []
                }
                voorbeeld={() => (
                  <>
                    <Heading3>Dit ziet de politie</Heading3>
                    <DataList appearance="rows">
                      <DataListItem>
                        <DataListKey>Uitkomst</DataListKey>
                        <DataListValue>{tekst(UITKOMSTEN, v.uitkomst)}</DataListValue>
                      </DataListItem>
                      <DataListItem>
                        <DataListKey>Bericht</DataListKey>
                        <DataListValue>{bericht.trim() || 'Geen bericht'}</DataListValue>
                      </DataListItem>
                    </DataList>
                    <Paragraph>
                      Terugkoppeling versturen naar {organisatieTekst(v.opstellerOrganisatie)}?
                      Daarna kunt u het bericht niet meer wijzigen.
                    </Paragraph>
                  </>
                )}
                stap={() => ({
                  stap: 'terugkoppeling',
                  ...(bericht.trim() ? { bericht: bericht.trim() } : {}),
                })}
                uitvoeren={uitvoeren}
              >
                <Veld
                  id="terugkoppeling-bericht"
                  label="Bericht voor de politie (niet verplicht)"
                  uitleg="De politie ziet de status, de uitkomst en dit bericht; nooit uw interne notitie. Ten hoogste 500 tekens."
                >
                  <Textarea
                    id="terugkoppeling-bericht"
                    aria-describedby="terugkoppeling-bericht-uitleg terugkoppeling-bericht-teller"
                    value={bericht}
                    onChange={(e) => {
                      setBericht(e.target.value);
                    }}
                  />
                  <Teller
                    id="terugkoppeling-bericht-teller"
                    lengte={bericht.trim().length}
                    max={500}
                  />
                </Veld>
              </Actie>
            )}

          <Heading2>Risicotaxatie (RiHG), alle 20 signalen</Heading2>
          <RihgSignalen melding={v.melding} samenvatting={v.risicoSamenvatting} niveau={3} />
          {v.notitie && (
            <>
              <Heading2>Interne notitie</Heading2>
              <Paragraph>{v.notitie}</Paragraph>
            </>
          )}
          <Heading2>Terugkoppeling aan de politie</Heading2>
          <TerugkoppelingBlok t={v.terugkoppeling} />
          <Heading2>Tijdlijn</Heading2>
          <Tijdlijn items={v.tijdlijn} />
          <Heading2>De melding</Heading2>
          <MeldingInhoud melding={v.melding} zonderRihg />
        </>
      )}
    </div>
  );
}
