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
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { useParams } from 'react-router';
import type { Gebruiker } from '../api.js';
import { Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import { datumTekst, tijdstipTekst } from '../texts.js';
import { alsFout, useApi, type Laadstand } from '../use-api.js';
import {
  gemeenteTekst,
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
  type InboxFilter,
  type InboxItem,
  type Termijnstatus,
  type Uitkomst,
  type VtStap,
  type ZorgmeldingVtView,
} from '../zorgmelding.js';
import { MeldingInhoud, RihgTabel, TerugkoppelingBlok, Tijdlijn } from '../zorgmelding-weergave.js';
import { GeenToegang } from './error-page.js';

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

const LEEG: InboxFilter = { status: '', termijnstatus: '', gemeentecode: '' };

/** The first deadline first; reports without an open deadline last. */
function opTermijn(a: InboxItem, b: InboxItem): number {
  const da = a.termijnStatus ? a.termijnUiterlijk : null;
  const db = b.termijnStatus ? b.termijnUiterlijk : null;
  if (da && db) return da.localeCompare(db);
  return da ? -1 : db ? 1 : 0;
}

/** The Veilig Thuis inbox, with filters, the nearest deadline first. */
export function VtInboxPage() {
  const [velden, setVelden] = useState<InboxFilter>(LEEG);
  const [filter, setFilter] = useState<InboxFilter>(LEEG);
  const stand = useApi(() => getInbox(filter), JSON.stringify(filter));

  const verstuur = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter(velden);
  };
  const select = (naam: keyof InboxFilter) => ({
    id: `filter-${naam}`,
    name: naam,
    value: velden[naam] ?? '',
    onChange: (e: { target: { value: string } }) => {
      setVelden((v) => ({ ...v, [naam]: e.target.value }));
    },
  });

  return (
    <>
      <title>Inbox zorgmeldingen – Schakel</title>
      <Heading1>Inbox zorgmeldingen</Heading1>
      <Paragraph>
        Zorgmeldingen van de politie voor uw Veilig Thuis. De melding waarvan de termijn van de
        veiligheidsbeoordeling (5 werkdagen) het eerst verloopt, staat bovenaan.
      </Paragraph>
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
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            Filteren
          </Button>
        </ButtonGroup>
      </form>

      <div aria-live="polite">
        {stand.status === 'laden' && <Paragraph>Bezig met laden…</Paragraph>}
        {stand.status === 'klaar' && (
          <Paragraph>
            {stand.data.length === 1
              ? '1 zorgmelding gevonden.'
              : `${String(stand.data.length)} zorgmeldingen gevonden.`}
          </Paragraph>
        )}
      </div>
      {stand.status === 'geen-toegang' && <GeenToegang detail={stand.detail} />}
      {stand.status === 'mislukt' && (
        <Mislukt tekst="De inbox kon niet worden geladen." detail={stand.detail} />
      )}
      {stand.status === 'klaar' && stand.data.length > 0 && (
        <div className="schakel-tabel">
          <Table>
            <TableCaption>Zorgmeldingen, eerst verlopende termijn bovenaan</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Termijn beoordeling</TableHeaderCell>
                <TableHeaderCell scope="col">Soort zorg</TableHeaderCell>
                <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Toegewezen aan</TableHeaderCell>
                <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
                <TableHeaderCell scope="col">Melding</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...stand.data].sort(opTermijn).map((z) => (
                <TableRow key={z.id}>
                  <TableHeaderCell scope="row">
                    <Termijn datum={z.termijnUiterlijk} status={z.termijnStatus} />
                  </TableHeaderCell>
                  <TableCell>{tekst(SOORTEN, z.soort)}</TableCell>
                  <TableCell>{gemeenteTekst(z.gemeentecode)}</TableCell>
                  <TableCell>{tekst(STATUSSEN, z.status)}</TableCell>
                  <TableCell>{z.toegewezenAan ?? 'Niemand'}</TableCell>
                  <TableCell>{z.ontvangenOp ? tijdstipTekst(z.ontvangenOp) : 'Onbekend'}</TableCell>
                  <TableCell>
                    <AppLink to={`/vt/zorgmeldingen/${z.id}`}>
                      Openen
                      <span className="schakel-sr-only">
                        {' '}
                        {tekst(SOORTEN, z.soort)}, {gemeenteTekst(z.gemeentecode)},{' '}
                        {z.termijnUiterlijk ? `termijn ${datumTekst(z.termijnUiterlijk)}` : ''}
                      </span>
                    </AppLink>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
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
}: {
  titel: string;
  knop: string;
  children?: ReactNode;
  controleer?: () => [string, string][];
  stap: () => VtStap;
  uitvoeren: (stap: VtStap) => Promise<string | undefined>;
}) {
  const [fouten, setFouten] = useState<[string, string][]>([]);
  const [bezig, setBezig] = useState(false);
  const overzicht = useRef<HTMLDivElement>(null);
  const verstuur = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const gevonden = controleer?.() ?? [];
    setFouten(gevonden);
    if (gevonden.length > 0) {
      setTimeout(() => overzicht.current?.focus(), 0);
      return;
    }
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
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={bezig}>
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
  const status = useRef<HTMLParagraphElement>(null);
  const coordinator = gebruiker.rollen.includes('vt-coordinator');
  // Only a coordinator assigns, and only a coordinator may list the colleagues.
  const collegas = useApi(
    () => (coordinator ? getVtCollegas() : Promise.resolve([])),
    coordinator ? 'collegas' : 'geen',
  );
  const collegaLijst = (collegas.status === 'klaar' ? collegas.data : [])
    .slice()
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  /** The assignee by name where known: from the list, or the logged-in user themself. */
  const collegaNaam = (id: string) =>
    collegaLijst.find((c) => c.id === id)?.naam ??
    (id === gebruiker.id ? (gebruiker.naam ?? 'u') : id);

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
    <>
      <title>Zorgmelding beoordelen – Schakel</title>
      <Heading1>Zorgmelding beoordelen</Heading1>
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
                  aria-describedby="beoordeling-notitie-uitleg"
                  value={notitie}
                  maxLength={4000}
                  onChange={(e) => {
                    setNotitie(e.target.value);
                  }}
                />
              </Veld>
            </Actie>
          )}
          {['beoordeeld', 'onderzoek'].includes(v.status) &&
            v.terugkoppeling?.status === 'geen' && (
              <Actie
                titel="Terugkoppeling geven"
                knop="Terugkoppeling geven"
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
                    aria-describedby="terugkoppeling-bericht-uitleg"
                    value={bericht}
                    maxLength={500}
                    onChange={(e) => {
                      setBericht(e.target.value);
                    }}
                  />
                </Veld>
              </Actie>
            )}

          <Heading2>Risicotaxatie (berekend door Schakel)</Heading2>
          <Paragraph>
            {v.risicoSamenvatting.huisverbodIndicatie
              ? 'Let op: twee of meer keer rood in één deel. Dit wijst op een tijdelijk huisverbod.'
              : 'Geen deel heeft twee of meer keer rood.'}
          </Paragraph>
          <RihgTabel samenvatting={v.risicoSamenvatting} />
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
          <MeldingInhoud melding={v.melding} />
        </>
      )}
    </>
  );
}
