import {
  Button,
  ButtonGroup,
  DataList,
  Heading1,
  Heading2,
  Heading3,
  Link,
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
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { isGeldigBsn } from '@schakel/regels';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Gebruiker } from '../api.js';
import { beschrijving, Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import {
  getRegisterExport,
  getVerzoek,
  getVerzoeken,
  registerExportUrl,
  registreerVerzoek,
  SOORTEN,
  STATUSSEN,
  TERMIJNSTATUSSEN,
  VELDNAMEN,
  WIJZEN,
  type IdentiteitWijze,
  type Verzoek,
  type Verzoeksoort,
} from '../rechten.js';
import { vandaag } from '../datum.js';
import { datumTekst, tijdstipTekst } from '../texts.js';
import { alsFout, useApi, type Laadstand } from '../use-api.js';
import { GeenToegang } from './error-page.js';
import { Rapport } from './inzagerapport.js';
import { Stappen, WissingUitkomst } from './verzoek-stappen.js';
import { Rij } from '../gegevensrij.js';

function termijnTekst(v: Verzoek): string {
  const t = v.termijn;
  if (t.status === 'afgerond') return 'Afgerond';
  if (t.dagenOver < 0) return `Verlopen, ${String(-t.dagenOver)} dagen te laat`;
  return `Nog ${String(t.dagenOver)} dagen (${TERMIJNSTATUSSEN[t.status] ?? t.status})`;
}

/** The rights desk: the own organisation's requests, open ones first by deadline. */
export function RechtenPage() {
  const stand = useApi(getVerzoeken, 'verzoeken');
  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  return (
    <>
      <title>Verzoeken van betrokkenen – Schakel</title>
      <Heading1>Verzoeken van betrokkenen</Heading1>
      <Paragraph>
        Verzoeken om inzage, rectificatie, wissing, beperking of bezwaar aan uw organisatie. Een
        verzoek moet binnen een maand na ontvangst beantwoord zijn; verlengen kan één keer met ten
        hoogste twee maanden, met redenen (AVG art. 12 lid 3).
      </Paragraph>
      <ButtonGroup>
        <AppLink to="/fg/verzoeken/nieuw">Nieuw verzoek registreren</AppLink>
      </ButtonGroup>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>De verzoeken worden opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt tekst="De verzoeken kunnen nu niet worden opgehaald." detail={stand.detail} />
        )}
        {stand.status === 'klaar' && stand.data.length === 0 && (
          <Paragraph>Er zijn nog geen verzoeken geregistreerd.</Paragraph>
        )}
        {stand.status === 'klaar' && stand.data.length > 0 && (
          <div className="schakel-tabel">
            <Table>
              <TableCaption>Verzoeken, open verzoeken eerst op uiterste datum</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Soort</TableHeaderCell>
                  <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
                  <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
                  <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {stand.data.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell>
                      <AppLink to={`/fg/verzoeken/${v.id}`}>{SOORTEN[v.soort]}</AppLink>
                    </TableCell>
                    <TableCell>{datumTekst(v.ontvangenOp)}</TableCell>
                    <TableCell>{datumTekst(v.termijn.uiterlijk)}</TableCell>
                    <TableCell>{termijnTekst(v)}</TableCell>
                    <TableCell>{STATUSSEN[v.status] ?? v.status}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </div>
    </>
  );
}

interface NieuwVelden {
  soort: Verzoeksoort;
  bsn: string;
  identiteitWijze: IdentiteitWijze;
  ontvangenOp: string;
}

/** Registers a request; the BSN is checked by the 11-proef here and sent in the body only. */
export function NieuwVerzoekPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const navigate = useNavigate();
  const [velden, setVelden] = useState<NieuwVelden>({
    soort: 'inzage',
    bsn: '',
    identiteitWijze: 'identiteitsbewijs-gezien',
    ontvangenOp: vandaag(),
  });
  const [fouten, setFouten] = useState<Partial<Record<keyof NieuwVelden, string>>>({});
  const [stand, setStand] = useState<Laadstand<null> | undefined>();
  const overzicht = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState(0);
  useEffect(() => {
    if (focus > 0) overzicht.current?.focus();
  }, [focus]);

  const verstuur = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f: typeof fouten = {};
    const bsn = velden.bsn.trim();
    if (!/^\d{9}$/.test(bsn)) f.bsn = 'Vul het BSN in: 9 cijfers, zonder spaties of punten.';
    else if (!isGeldigBsn(bsn)) f.bsn = 'Dit is geen geldig BSN: het voldoet niet aan de 11-proef.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(velden.ontvangenOp) || velden.ontvangenOp > vandaag()) {
      f.ontvangenOp = 'Vul de datum van ontvangst in; die ligt niet in de toekomst.';
    }
    setFouten(f);
    if (Object.keys(f).length > 0) {
      setFocus((n) => n + 1);
      return;
    }
    setStand({ status: 'laden' });
    try {
      const v = await registreerVerzoek(
        {
          soort: velden.soort,
          bsn,
          identiteitVastgesteld: velden.identiteitWijze !== 'niet-vastgesteld',
          identiteitWijze: velden.identiteitWijze,
          ontvangenOp: velden.ontvangenOp,
        },
        gebruiker.csrfToken,
      );
      // The BSN leaves the page's memory with the form.
      void navigate(`/fg/verzoeken/${v.id}`);
    } catch (err) {
      const fout = alsFout(err);
      if (fout) setStand(fout);
    }
  };
  if (stand?.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  const lijst: [string, string][] = (['bsn', 'ontvangenOp'] as const).flatMap((k) => {
    const tekst = fouten[k];
    return tekst ? [[`verzoek-${k}`, tekst] as [string, string]] : [];
  });
  const zet = (k: keyof NieuwVelden) => (e: { target: { value: string } }) => {
    setVelden((v) => ({ ...v, [k]: e.target.value }));
  };
  return (
    <>
      <title>{`${lijst.length > 0 ? 'Fout: ' : ''}Nieuw verzoek registreren – Schakel`}</title>
      <Heading1>Nieuw verzoek registreren</Heading1>
      <Paragraph>
        Schakel bewaart het BSN niet bij het verzoek: alleen een onomkeerbare code, waarmee het
        verzoek aan de gegevens van de betrokkene wordt gekoppeld.
      </Paragraph>
      <Foutoverzicht ref={overzicht} fouten={lijst} />
      <form noValidate aria-label="Nieuw verzoek" onSubmit={(e) => void verstuur(e)}>
        <Veld id="verzoek-soort" label="Soort verzoek">
          <Select id="verzoek-soort" value={velden.soort} onChange={zet('soort')}>
            {Object.entries(SOORTEN).map(([k, naam]) => (
              <SelectOption key={k} value={k}>
                {naam}
              </SelectOption>
            ))}
          </Select>
        </Veld>
        <Veld
          id="verzoek-bsn"
          label="BSN van de betrokkene"
          uitleg="9 cijfers. Het BSN gaat nooit in een webadres."
          fout={fouten.bsn}
        >
          <Textbox
            id="verzoek-bsn"
            value={velden.bsn}
            inputMode="numeric"
            autoComplete="off"
            maxLength={9}
            invalid={!!fouten.bsn}
            aria-invalid={fouten.bsn ? true : undefined}
            aria-describedby={beschrijving('verzoek-bsn', true, fouten.bsn)}
            onChange={zet('bsn')}
          />
        </Veld>
        <Veld id="verzoek-wijze" label="Hoe is de identiteit van de verzoeker vastgesteld?">
          <Select
            id="verzoek-wijze"
            value={velden.identiteitWijze}
            onChange={zet('identiteitWijze')}
          >
            {Object.entries(WIJZEN).map(([k, naam]) => (
              <SelectOption key={k} value={k}>
                {naam}
              </SelectOption>
            ))}
          </Select>
        </Veld>
        <Veld
          id="verzoek-ontvangenOp"
          label="Datum van ontvangst"
          uitleg="Vanaf deze dag loopt de termijn van een maand."
          fout={fouten.ontvangenOp}
        >
          <Textbox
            id="verzoek-ontvangenOp"
            type="date"
            value={velden.ontvangenOp}
            invalid={!!fouten.ontvangenOp}
            aria-invalid={fouten.ontvangenOp ? true : undefined}
            aria-describedby={beschrijving('verzoek-ontvangenOp', true, fouten.ontvangenOp)}
            onChange={zet('ontvangenOp')}
          />
        </Veld>
        {stand?.status === 'mislukt' && (
          <Mislukt tekst="Het verzoek kon niet worden geregistreerd." detail={stand.detail} />
        )}
        <Button appearance="primary-action-button" type="submit" busy={stand?.status === 'laden'}>
          Verzoek registreren
        </Button>
      </form>
    </>
  );
}

/** One request: its clock, the steps that fit its kind, the report and its PDF. */
export function VerzoekPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const { id = '' } = useParams();
  const [versie, setVersie] = useState(0);
  const stand = useApi(() => getVerzoek(id), `${id}:${String(versie)}`);
  const [bijgewerkt, setBijgewerkt] = useState<Verzoek | undefined>();
  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  // A step's answer shows at once; the full request (flags, rectifications) follows on reload.
  const v = stand.status === 'klaar' ? stand.data : bijgewerkt;
  const klaar = (nieuw: Verzoek) => {
    setBijgewerkt(nieuw);
    setVersie((n) => n + 1);
  };
  return (
    <>
      <title>Verzoek van een betrokkene – Schakel</title>
      <Heading1>{v ? SOORTEN[v.soort] : 'Verzoek van een betrokkene'}</Heading1>
      <AppLink to="/fg/verzoeken">Terug naar alle verzoeken</AppLink>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && !v && <Paragraph>Het verzoek wordt opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt tekst="Het verzoek kan nu niet worden opgehaald." detail={stand.detail} />
        )}
      </div>
      {v && (
        <>
          <Heading2>Verzoek en termijn</Heading2>
          <DataList appearance="rows">
            <Rij label="Status">{STATUSSEN[v.status] ?? v.status}</Rij>
            <Rij label="Ontvangen op">{datumTekst(v.ontvangenOp)}</Rij>
            <Rij label="Termijn">{termijnTekst(v)}</Rij>
            <Rij label="Uiterlijk beantwoorden op">{datumTekst(v.termijn.uiterlijk)}</Rij>
            {v.verlengdTot && (
              <Rij label="Verlengd">
                {`Van ${datumTekst(v.termijn.oorspronkelijk)} tot ${datumTekst(v.verlengdTot)}: ${v.verlengingReden ?? ''}`}
              </Rij>
            )}
            <Rij label="Identiteit">
              {`${v.identiteitVastgesteld ? 'Vastgesteld' : 'Niet vastgesteld'}: ${WIJZEN[v.identiteitWijze]}`}
            </Rij>
            <Rij label="Gegevens in Schakel">
              {v.persoonBekend ? 'Ja, er zijn gegevens vastgelegd' : 'Nee'}
            </Rij>
            {v.antwoord && <Rij label="Antwoord">{v.antwoord}</Rij>}
          </DataList>
          {(v.beperkingen ?? []).length > 0 && (
            <>
              <Heading3>Actieve beperkingen</Heading3>
              <UnorderedList>
                {(v.beperkingen ?? []).map((b, i) => (
                  <UnorderedListItem key={i}>
                    {`${b.soort === 'bezwaar' ? 'Bezwaar' : 'Beperking'}; toegestaan: ${b.toegestaneActiviteiten.join(', ') || 'geen verwerkingsactiviteiten'}`}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
          {(v.rectificaties ?? []).map((r, i) => (
            <section key={r.id} aria-labelledby={`rectificatie-${r.id}`}>
              <Heading3 id={`rectificatie-${r.id}`}>
                {`Rectificatie ${String(i + 1)}: ${r.velden.map((x) => VELDNAMEN[x] ?? x).join(', ')}`}
              </Heading3>
              <Paragraph>{`${tijdstipTekst(r.uitgevoerdOp)}. Reden: ${r.reden}`}</Paragraph>
              {r.meldingen.length === 0 ? (
                <Paragraph>
                  Geen ontvangers: de gegevens zijn door uw organisatie niet verstrekt.
                </Paragraph>
              ) : (
                <div
                  className="schakel-tabel"
                  role="region"
                  aria-labelledby={`ontvangers-${r.id}`}
                  tabIndex={0}
                >
                  <Table>
                    <TableCaption id={`ontvangers-${r.id}`}>
                      {`Gemeld aan de ontvangers (AVG art. 19): ${String(r.meldingen.filter((x) => x.status === 'bevestigd').length)} van ${String(r.meldingen.length)} bevestigd`}
                    </TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">Ontvanger</TableHeaderCell>
                        <TableHeaderCell scope="col">Verstrekking</TableHeaderCell>
                        <TableHeaderCell scope="col">Bevestigd</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {r.meldingen.map((x) => (
                        <TableRow key={`${x.ontvanger}:${x.referentie}:${x.bron}`}>
                          <TableHeaderCell scope="row">{x.ontvanger}</TableHeaderCell>
                          <TableCell>{x.referentie}</TableCell>
                          <TableCell>
                            {x.status === 'bevestigd'
                              ? `Ja, door ${x.bevestigdDoorNaam ?? 'een medewerker'} op ${x.bevestigdOp ? tijdstipTekst(x.bevestigdOp) : ''}`
                              : 'Nog niet'}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
            </section>
          ))}
          {v.wissing && <WissingUitkomst w={v.wissing} />}
          {v.status !== 'afgehandeld' && v.status !== 'afgewezen' && (
            <Stappen v={v} csrf={gebruiker.csrfToken} klaar={klaar} />
          )}
          {v.soort === 'inzage' && <Rapport id={v.id} csrf={gebruiker.csrfToken} />}
        </>
      )}
    </>
  );
}

/** The register of processing activities with every version (AVG art. 30), and its downloads. */
export function RegisterExportPage() {
  const stand = useApi(getRegisterExport, 'register-export');
  return (
    <>
      <title>Verwerkingsregister exporteren – Schakel</title>
      <Heading1>Verwerkingsregister exporteren</Heading1>
      <Paragraph>
        Het register van verwerkingsactiviteiten (AVG art. 30) met alle versies, ook de vervangen
        versies. Elke export wordt vastgelegd.
      </Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          <Link href={registerExportUrl('csv')} download>
            Download als CSV (spreadsheet)
          </Link>
        </UnorderedListItem>
        <UnorderedListItem>
          <Link href={registerExportUrl('json')} download>
            Download als JSON
          </Link>
        </UnorderedListItem>
      </UnorderedList>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>Het register wordt opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt tekst="Het register kan nu niet worden opgehaald." detail={stand.detail} />
        )}
        {stand.status === 'klaar' && (
          <div className="schakel-tabel">
            <Table>
              <TableCaption>{`${String(stand.data.length)} versies`}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Verwerkingsactiviteit</TableHeaderCell>
                  <TableHeaderCell scope="col">Versie</TableHeaderCell>
                  <TableHeaderCell scope="col">Geldig vanaf</TableHeaderCell>
                  <TableHeaderCell scope="col">Grondslag</TableHeaderCell>
                  <TableHeaderCell scope="col">Bewaartermijn</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {stand.data.map((a) => (
                  <TableRow key={`${a.id}-${String(a.versie)}`}>
                    <TableCell>{a.naam}</TableCell>
                    <TableCell>{`${String(a.versie)}${a.status && a.status !== 'geldig' ? ` (${a.status})` : ''}`}</TableCell>
                    <TableCell>{datumTekst(a.geldigVanaf)}</TableCell>
                    <TableCell>{a.grondslag}</TableCell>
                    <TableCell>{a.bewaartermijn}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </div>
    </>
  );
}
