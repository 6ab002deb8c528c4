import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Link,
  Paragraph,
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
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useParams } from 'react-router';
import {
  besluitOverLijst,
  getBlokkades,
  getSignaleringen,
  getVerklaring,
  getVernietigingslijst,
  getVernietigingslijsten,
  hefBlokkadeOp,
  stelLijstVoor,
  zetBlokkade,
  type Gebruiker,
  type NieuweBlokkade,
  type Vernietigingslijst,
} from '../api.js';
import { beschrijving, Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import { datumTekst, tijdstipTekst } from '../texts.js';
import { alsFout, useApi } from '../use-api.js';
import { GeenToegang } from './error-page.js';

const STATUS: Record<string, string> = {
  voorgesteld: 'Voorgesteld, wacht op goedkeuring',
  goedgekeurd: 'Goedgekeurd, wacht op bevestiging door een tweede persoon',
  vernietigen: 'Wordt vernietigd',
  vernietigd: 'Vernietigd',
};
const VANAF: Record<string, string> = {
  afsluiting: 'na afsluiting',
  'laatste-activiteit': 'na de laatste activiteit',
  aanmaak: 'na aanmaak',
};
const SOORT: Record<string, string> = { zorgmelding: 'Zorgmelding', casus: 'Casus' };
const ITEMSTATUS: Record<string, string> = {
  voorgesteld: 'Op de lijst',
  vernietigd: 'Vernietigd',
  uitgezonderd: 'Niet vernietigd',
};
const REDEN: Record<string, string> = {
  bewaarplicht: 'bewaarplicht',
  verlenging: 'verlengd',
  'termijn-niet-verstreken': 'termijn niet verstreken',
  'al-vernietigd': 'al eerder vernietigd',
};

/** `P20Y` in words. */
function termijn(iso: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!m) return iso;
  const [, j, mnd, w, d] = m;
  return [
    j && `${j} jaar`,
    mnd && `${mnd} ${mnd === '1' ? 'maand' : 'maanden'}`,
    w && `${w} ${w === '1' ? 'week' : 'weken'}`,
    d && `${d} ${d === '1' ? 'dag' : 'dagen'}`,
  ]
    .filter(Boolean)
    .join(' en ');
}

function aantallen(l: Vernietigingslijst): string {
  const a = l.aantallen;
  return `${String(a.zorgmeldingen)} zorgmeldingen, ${String(a.casussen)} casussen, ${String(a.personen)} personen`;
}

/**
 * Retention for the FG (ADR 0027): the destruction lists, the records whose term ends soon,
 * and the legal holds and extensions of the own organisation, with a form to set one.
 */
export function BewaringPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const [versie, setVersie] = useState(0);
  const lijsten = useApi(getVernietigingslijsten, `lijsten-${String(versie)}`);
  const signaleringen = useApi(getSignaleringen, `signaleringen-${String(versie)}`);
  const blokkades = useApi(getBlokkades, `blokkades-${String(versie)}`);
  const [melding, setMelding] = useState<string | undefined>();
  const [fout, setFout] = useState<string | undefined>();
  const meldingRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);

  if (lijsten.status === 'geen-toegang') return <GeenToegang detail={lijsten.detail} />;

  const voorstellen = async () => {
    setFout(undefined);
    try {
      const lijst = await stelLijstVoor(gebruiker.csrfToken);
      setMelding(
        lijst
          ? `Vernietigingslijst ${lijst.nummer} is voorgesteld: ${aantallen(lijst)}.`
          : 'Er is nu niets waarvan de bewaartermijn voorbij is.',
      );
      setVersie((v) => v + 1);
    } catch (err) {
      const f = alsFout(err);
      setFout(f && 'detail' in f ? (f.detail ?? 'Dat lukte niet.') : 'Dat lukte niet.');
    }
  };

  return (
    <>
      <title>Bewaren en vernietigen – Schakel</title>
      <Heading1>Bewaren en vernietigen</Heading1>
      <Paragraph>
        Dossiers worden niet langer bewaard dan de bewaartermijn in het verwerkingsregister. Elke
        nacht wordt een vernietigingslijst voorgesteld van wat zijn termijn voorbij is. U keurt een
        lijst van uw organisatie goed; een tweede, andere persoon bevestigt, en pas dan wordt
        vernietigd. Een bewaarplicht of verlenging houdt vernietiging tegen.
      </Paragraph>
      <div ref={meldingRef} tabIndex={-1} role="status">
        {melding && (
          <Alert type="ok">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        )}
      </div>
      {fout && <Mislukt tekst="Het voorstel is niet gelukt." detail={fout} />}

      <Heading2>Vernietigingslijsten</Heading2>
      <Button appearance="secondary-action-button" onClick={() => void voorstellen()}>
        Nu een lijst voorstellen
      </Button>
      <div aria-live="polite" aria-busy={lijsten.status === 'laden'}>
        {lijsten.status === 'laden' && <Paragraph>De lijsten worden opgehaald…</Paragraph>}
        {lijsten.status === 'mislukt' && (
          <Mislukt tekst="De lijsten kunnen nu niet worden opgehaald." detail={lijsten.detail} />
        )}
        {lijsten.status === 'klaar' && lijsten.data.length === 0 && (
          <Paragraph>Er zijn geen vernietigingslijsten.</Paragraph>
        )}
        {lijsten.status === 'klaar' && lijsten.data.length > 0 && (
          <div
            className="schakel-tabel"
            role="region"
            aria-labelledby="lijsten-bijschrift"
            tabIndex={0}
          >
            <Table>
              <TableCaption id="lijsten-bijschrift">
                Vernietigingslijsten, nieuwste eerst
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Lijst</TableHeaderCell>
                  <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Inhoud</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijsten.data.map((l) => (
                  <TableRow key={l.id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={`/fg/bewaring/${l.id}`}>{l.nummer}</AppLink>
                    </TableHeaderCell>
                    <TableCell>{l.organisatieNaam}</TableCell>
                    <TableCell>{STATUS[l.status] ?? l.status}</TableCell>
                    <TableCell>{aantallen(l)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </div>

      <Heading2>Termijnen die binnen acht weken eindigen</Heading2>
      <div aria-live="polite" aria-busy={signaleringen.status === 'laden'}>
        {signaleringen.status === 'klaar' && signaleringen.data.length === 0 && (
          <Paragraph>Geen dossiers waarvan de termijn binnenkort eindigt.</Paragraph>
        )}
        {signaleringen.status === 'klaar' && signaleringen.data.length > 0 && (
          <div
            className="schakel-tabel"
            role="region"
            aria-labelledby="sign-bijschrift"
            tabIndex={0}
          >
            <Table>
              <TableCaption id="sign-bijschrift">
                Dossiers van uw organisatie die nog op geen lijst staan
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Dossier</TableHeaderCell>
                  <TableHeaderCell scope="col">Verwerkingsactiviteit</TableHeaderCell>
                  <TableHeaderCell scope="col">Bewaartermijn</TableHeaderCell>
                  <TableHeaderCell scope="col">Bewaren tot en met</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {signaleringen.data.map((s) => (
                  <TableRow key={s.objectId}>
                    <TableHeaderCell scope="row">
                      {SOORT[s.objectSoort] ?? s.objectSoort} {s.referentie}
                    </TableHeaderCell>
                    <TableCell>{s.activiteitNaam}</TableCell>
                    <TableCell>
                      {termijn(s.bewaartermijn)} {VANAF[s.bewaartermijnVanaf] ?? ''}
                    </TableCell>
                    <TableCell>
                      {datumTekst(s.bewaarTot)}
                      {s.verstreken ? ' (verstreken)' : ''}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </div>

      <Heading2>Bewaarplichten en verlengingen</Heading2>
      <div aria-live="polite" aria-busy={blokkades.status === 'laden'}>
        {blokkades.status === 'klaar' && blokkades.data.length === 0 && (
          <Paragraph>Er zijn geen bewaarplichten of verlengingen.</Paragraph>
        )}
        {blokkades.status === 'klaar' && blokkades.data.length > 0 && (
          <div
            className="schakel-tabel"
            role="region"
            aria-labelledby="blok-bijschrift"
            tabIndex={0}
          >
            <Table>
              <TableCaption id="blok-bijschrift">Van uw organisatie, geldende eerst</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Dossier</TableHeaderCell>
                  <TableHeaderCell scope="col">Soort</TableHeaderCell>
                  <TableHeaderCell scope="col">Reden</TableHeaderCell>
                  <TableHeaderCell scope="col">Vastgelegd door</TableHeaderCell>
                  <TableHeaderCell scope="col">Stand</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {blokkades.data.map((b) => (
                  <TableRow key={b.id}>
                    <TableHeaderCell scope="row">
                      {SOORT[b.objectSoort] ?? b.objectSoort} {b.referentie}
                    </TableHeaderCell>
                    <TableCell>
                      {b.soort === 'bewaarplicht'
                        ? 'Bewaarplicht'
                        : `Verlenging tot en met ${datumTekst(b.tot ?? '')}`}
                    </TableCell>
                    <TableCell>{b.reden}</TableCell>
                    <TableCell>
                      {b.gezetDoorNaam}, {tijdstipTekst(b.gezetOp)}
                    </TableCell>
                    <TableCell>
                      {b.actief ? (
                        <Button
                          appearance="secondary-action-button"
                          aria-label={`Opheffen: ${SOORT[b.objectSoort] ?? ''} ${b.referentie}`}
                          onClick={() =>
                            void hefBlokkadeOp(b.id, gebruiker.csrfToken).then(() => {
                              setMelding(`De ${b.soort} op ${b.referentie} is opgeheven.`);
                              setVersie((v) => v + 1);
                            })
                          }
                        >
                          Opheffen
                        </Button>
                      ) : (
                        'Opgeheven of verlopen'
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </div>
      <BlokkadeFormulier
        csrfToken={gebruiker.csrfToken}
        klaar={(tekst) => {
          setMelding(tekst);
          setVersie((v) => v + 1);
        }}
      />
    </>
  );
}

function BlokkadeFormulier({
  csrfToken,
  klaar,
}: {
  csrfToken?: string;
  klaar: (melding: string) => void;
}) {
  const [soort, setSoort] = useState<NieuweBlokkade['soort']>('bewaarplicht');
  const [objectSoort, setObjectSoort] = useState<NieuweBlokkade['objectSoort']>('zorgmelding');
  const [kenmerk, setKenmerk] = useState('');
  const [reden, setReden] = useState('');
  const [tot, setTot] = useState('');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [mislukt, setMislukt] = useState<string | undefined>();
  const overzicht = useRef<HTMLDivElement>(null);

  const verstuur = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f: Record<string, string> = {};
    if (!/^[0-9a-f-]{36}$/i.test(kenmerk.trim()))
      f['blokkade-kenmerk'] = 'Geef het kenmerk van het dossier (zoals in de lijst).';
    if (reden.trim().length < 5) f['blokkade-reden'] = 'Schrijf een reden van minstens 5 tekens.';
    if (soort === 'verlenging' && !/^\d{4}-\d{2}-\d{2}$/.test(tot))
      f['blokkade-tot'] = 'Geef de laatste dag van de verlenging.';
    setFouten(f);
    if (Object.keys(f).length > 0) {
      overzicht.current?.focus();
      return;
    }
    setMislukt(undefined);
    try {
      const b = await zetBlokkade(
        {
          soort,
          objectSoort,
          objectId: kenmerk.trim(),
          reden: reden.trim(),
          ...(soort === 'verlenging' ? { tot } : {}),
        },
        csrfToken,
      );
      setKenmerk('');
      setReden('');
      setTot('');
      klaar(
        `${b.soort === 'bewaarplicht' ? 'Bewaarplicht' : 'Verlenging'} op ${b.referentie} is vastgelegd.`,
      );
    } catch (err) {
      const fout = alsFout(err);
      setMislukt(fout && 'detail' in fout ? (fout.detail ?? 'Dat lukte niet.') : 'Dat lukte niet.');
    }
  };

  return (
    <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby="blokkade-kop">
      <Heading2 id="blokkade-kop">Bewaarplicht of verlenging vastleggen</Heading2>
      <Foutoverzicht ref={overzicht} fouten={Object.entries(fouten)} />
      {mislukt && <Mislukt tekst="Vastleggen is niet gelukt." detail={mislukt} />}
      <Veld id="blokkade-soort" label="Soort">
        <select
          id="blokkade-soort"
          className="utrecht-select utrecht-select--html-select"
          value={soort}
          onChange={(e) => {
            setSoort(e.target.value as NieuweBlokkade['soort']);
          }}
        >
          <option value="bewaarplicht">Bewaarplicht (tot opheffen)</option>
          <option value="verlenging">Verlenging (tot een datum)</option>
        </select>
      </Veld>
      <Veld id="blokkade-object" label="Soort dossier">
        <select
          id="blokkade-object"
          className="utrecht-select utrecht-select--html-select"
          value={objectSoort}
          onChange={(e) => {
            setObjectSoort(e.target.value as NieuweBlokkade['objectSoort']);
          }}
        >
          <option value="zorgmelding">Zorgmelding</option>
          <option value="casus">Casus</option>
        </select>
      </Veld>
      <Veld
        id="blokkade-kenmerk"
        label="Kenmerk van het dossier"
        uitleg="Het kenmerk zoals het in de lijst of de signalering staat."
        fout={fouten['blokkade-kenmerk']}
      >
        <Textbox
          id="blokkade-kenmerk"
          value={kenmerk}
          invalid={!!fouten['blokkade-kenmerk']}
          aria-describedby={beschrijving('blokkade-kenmerk', true, fouten['blokkade-kenmerk'])}
          onChange={(e) => {
            setKenmerk(e.target.value);
          }}
        />
      </Veld>
      <Veld
        id="blokkade-reden"
        label="Reden"
        uitleg="Geen persoonsgegevens: noem dossiers alleen bij hun kenmerk."
        fout={fouten['blokkade-reden']}
      >
        <Textarea
          id="blokkade-reden"
          value={reden}
          invalid={!!fouten['blokkade-reden']}
          aria-describedby={beschrijving('blokkade-reden', true, fouten['blokkade-reden'])}
          onChange={(e) => {
            setReden(e.target.value);
          }}
        />
      </Veld>
      {soort === 'verlenging' && (
        <Veld id="blokkade-tot" label="Verlengd tot en met" fout={fouten['blokkade-tot']}>
          <Textbox
            id="blokkade-tot"
            type="date"
            value={tot}
            invalid={!!fouten['blokkade-tot']}
            aria-describedby={beschrijving('blokkade-tot', false, fouten['blokkade-tot'])}
            onChange={(e) => {
              setTot(e.target.value);
            }}
          />
        </Veld>
      )}
      <Button type="submit" appearance="primary-action-button">
        Vastleggen
      </Button>
    </form>
  );
}

/** One destruction list: its records, the decision steps, and the certificate once destroyed. */
export function VernietigingslijstPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const { id = '' } = useParams();
  const [versie, setVersie] = useState(0);
  const stand = useApi(() => getVernietigingslijst(id), `${id}-${String(versie)}`);
  const [toelichting, setToelichting] = useState('');
  const [melding, setMelding] = useState<string | undefined>();
  const [mislukt, setMislukt] = useState<string | undefined>();
  const [pdf, setPdf] = useState<string | undefined>();
  const meldingRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);

  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  if (stand.status === 'laden') return <Paragraph>De lijst wordt opgehaald…</Paragraph>;
  if (stand.status === 'mislukt')
    return <Mislukt tekst="Deze lijst kan niet worden getoond." detail={stand.detail} />;
  const l = stand.data;

  const besluit = async (stap: 'goedkeuring' | 'bevestiging') => {
    setMislukt(undefined);
    try {
      const na = await besluitOverLijst(l.id, stap, toelichting.trim(), gebruiker.csrfToken);
      setToelichting('');
      setMelding(
        stap === 'goedkeuring'
          ? `Lijst ${na.nummer} is goedgekeurd. Een tweede persoon bevestigt.`
          : `Lijst ${na.nummer} is bevestigd en vernietigd: ${String(na.aantallen.vernietigd)} dossiers vernietigd, ${String(na.aantallen.uitgezonderd)} niet.`,
      );
      setVersie((v) => v + 1);
    } catch (err) {
      const fout = alsFout(err);
      setMislukt(fout && 'detail' in fout ? (fout.detail ?? 'Dat lukte niet.') : 'Dat lukte niet.');
    }
  };

  return (
    <>
      <title>{`Vernietigingslijst ${l.nummer} – Schakel`}</title>
      <Heading1>Vernietigingslijst {l.nummer}</Heading1>
      <Paragraph>
        <AppLink to="/fg/bewaring">Terug naar bewaren en vernietigen</AppLink>
      </Paragraph>
      <div ref={meldingRef} tabIndex={-1} role="status">
        {melding && (
          <Alert type="ok">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        )}
      </div>
      {mislukt && <Mislukt tekst="Dat is niet gelukt." detail={mislukt} />}
      <DataList appearance="rows">
        <DataListItem>
          <DataListKey>Organisatie</DataListKey>
          <DataListValue>{l.organisatieNaam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Status</DataListKey>
          <DataListValue>{STATUS[l.status] ?? l.status}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Inhoud</DataListKey>
          <DataListValue>{aantallen(l)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Goedgekeurd door</DataListKey>
          <DataListValue>
            {l.goedgekeurdDoorNaam
              ? `${l.goedgekeurdDoorNaam}, ${tijdstipTekst(l.goedgekeurdOp ?? '')}`
              : 'Nog niet'}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Bevestigd door</DataListKey>
          <DataListValue>
            {l.bevestigdDoorNaam
              ? `${l.bevestigdDoorNaam}, ${tijdstipTekst(l.bevestigdOp ?? '')}`
              : 'Nog niet'}
          </DataListValue>
        </DataListItem>
      </DataList>
      {(l.magGoedkeuren || l.magBevestigen) && (
        <section aria-labelledby="besluit-kop">
          <Heading2 id="besluit-kop">{l.magGoedkeuren ? 'Goedkeuren' : 'Bevestigen'}</Heading2>
          <Veld
            id="besluit-toelichting"
            label="Toelichting (niet verplicht)"
            uitleg="Geen persoonsgegevens: noem dossiers alleen bij hun kenmerk."
          >
            <Textarea
              id="besluit-toelichting"
              value={toelichting}
              aria-describedby={beschrijving('besluit-toelichting', true, undefined)}
              onChange={(e) => {
                setToelichting(e.target.value);
              }}
            />
          </Veld>
          {l.magGoedkeuren && (
            <Button appearance="primary-action-button" onClick={() => void besluit('goedkeuring')}>
              Lijst goedkeuren
            </Button>
          )}
          {l.magBevestigen && (
            <Button appearance="primary-action-button" onClick={() => void besluit('bevestiging')}>
              Bevestigen en vernietigen
            </Button>
          )}
        </section>
      )}
      {l.status === 'goedgekeurd' && !l.magBevestigen && (
        <Paragraph>U keurde deze lijst goed: een tweede, andere persoon moet bevestigen.</Paragraph>
      )}
      {l.status === 'vernietigd' && (
        <Paragraph>
          {pdf ? (
            <Link href={pdf} download={`verklaring-${l.nummer}.pdf`}>
              Verklaring van vernietiging {l.nummer} (PDF) downloaden
            </Link>
          ) : (
            <Button
              appearance="secondary-action-button"
              onClick={() =>
                void getVerklaring(l.id).then((blob) => {
                  setPdf(URL.createObjectURL(blob));
                })
              }
            >
              Verklaring van vernietiging maken
            </Button>
          )}
        </Paragraph>
      )}
      <div className="schakel-tabel" role="region" aria-labelledby="items-bijschrift" tabIndex={0}>
        <Table>
          <TableCaption id="items-bijschrift">Dossiers op deze lijst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Dossier</TableHeaderCell>
              <TableHeaderCell scope="col">Verwerkingsactiviteit</TableHeaderCell>
              <TableHeaderCell scope="col">Bewaartermijn</TableHeaderCell>
              <TableHeaderCell scope="col">Bewaren tot en met</TableHeaderCell>
              <TableHeaderCell scope="col">Personen</TableHeaderCell>
              <TableHeaderCell scope="col">Stand</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(l.items ?? []).map((i) => (
              <TableRow key={i.objectId}>
                <TableHeaderCell scope="row">
                  {SOORT[i.objectSoort] ?? i.objectSoort} {i.referentie}
                </TableHeaderCell>
                <TableCell>{i.activiteitNaam}</TableCell>
                <TableCell>
                  {termijn(i.bewaartermijn)} {VANAF[i.bewaartermijnVanaf] ?? ''}
                </TableCell>
                <TableCell>{datumTekst(i.bewaarTot)}</TableCell>
                <TableCell>{i.personen}</TableCell>
                <TableCell>
                  {ITEMSTATUS[i.status] ?? i.status}
                  {i.reden ? ` (${REDEN[i.reden] ?? i.reden})` : ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
