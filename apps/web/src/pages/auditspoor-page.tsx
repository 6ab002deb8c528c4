import {
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
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  getGebruikersVoorFg,
  getOrganisaties,
  type GebruikerRegel,
  getVerwerkingsactiviteiten,
  type Organisatie,
  zoekAuditspoor,
  type AuditRecord,
  type Gebruiker,
  type Resultaat,
  type Verwerkingsactiviteit,
  type Zoekopdracht,
} from '../api.js';
import { isGeldigBsn } from '@schakel/regels';
import { beschrijving, Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import { alsFout, type Laadstand } from '../use-api.js';
import { Persoon } from '../namen.js';
import { actieTekst, objectTekst, resultaatTekst, rolTekst, tijdstipTekst } from '../texts.js';
import { GeenToegang } from './error-page.js';

const PAGINA = 25;

interface Velden {
  bsn: string;
  actorId: string;
  organisatieCode: string;
  activiteitId: string;
  resultaat: '' | Resultaat;
  van: string;
  tot: string;
}
type Veldnaam = keyof Velden;

const LEEG: Velden = {
  bsn: '',
  actorId: '',
  organisatieCode: '',
  activiteitId: '',
  resultaat: '',
  van: '',
  tot: '',
};

interface Resultaten {
  opdracht: Zoekopdracht;
  /** Cursor of each page shown so far; the first page has none. */
  cursors: (string | undefined)[];
  records: AuditRecord[];
  volgende: string | null;
}

/**
 * The last search, kept in memory only while the app is open, so that "terug" from a record
 * shows it again. Never in the URL or the history state: it may hold a BSN.
 */
let geheugen: { velden: Velden; resultaten?: Resultaten } | undefined;

/** Local midnight of a date (YYYY-MM-DD), plus `dagen`, as an ISO instant. */
function middernacht(datum: string, dagen = 0): string {
  const moment = new Date(`${datum}T00:00:00`);
  moment.setDate(moment.getDate() + dagen);
  return moment.toISOString();
}

function controleer(v: Velden): Partial<Record<Veldnaam, string>> {
  const fouten: Partial<Record<Veldnaam, string>> = {};
  const bsn = v.bsn.trim();
  if (bsn && !/^\d{9}$/.test(bsn)) {
    fouten.bsn = 'Een BSN bestaat uit 9 cijfers. Vul het BSN in zonder spaties of punten.';
  } else if (bsn && !isGeldigBsn(bsn)) {
    fouten.bsn = 'Dit is geen geldig BSN: het voldoet niet aan de 11-proef. Controleer de cijfers.';
  }
  if (v.actorId.trim().length > 200) fouten.actorId = 'De actor mag hoogstens 200 tekens zijn.';
  const org = v.organisatieCode.trim();
  if (org && !/^[a-z0-9-]{2,64}$/.test(org)) {
    fouten.organisatieCode =
      'Vul een organisatiecode in met kleine letters, cijfers en streepjes, zoals vt-rotterdam-rijnmond.';
  }
  if (v.van && v.tot && v.tot < v.van) {
    fouten.tot = 'De einddatum ligt voor de begindatum. Kies een einddatum op of na de begindatum.';
  }
  return fouten;
}

function alsOpdracht(v: Velden): Zoekopdracht {
  const opdracht: Zoekopdracht = { limiet: PAGINA };
  if (v.bsn.trim()) opdracht.bsn = v.bsn.trim();
  if (v.actorId.trim()) opdracht.actorId = v.actorId.trim();
  if (v.organisatieCode.trim()) opdracht.organisatieCode = v.organisatieCode.trim();
  if (v.activiteitId) opdracht.activiteitId = v.activiteitId;
  if (v.resultaat) opdracht.resultaat = v.resultaat;
  if (v.van) opdracht.van = middernacht(v.van);
  if (v.tot) opdracht.tot = middernacht(v.tot, 1);
  return opdracht;
}

const VOLGORDE: Veldnaam[] = ['bsn', 'actorId', 'organisatieCode', 'activiteitId', 'van', 'tot'];

/** The FG searches the audit trail: by person (BSN), actor, organisation, activity, result, time. */
export function AuditspoorPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const [velden, setVelden] = useState<Velden>(geheugen?.velden ?? LEEG);
  const [fouten, setFouten] = useState<Partial<Record<Veldnaam, string>>>({});
  const [resultaten, setResultaten] = useState<Resultaten | undefined>(geheugen?.resultaten);
  const [zoekstand, setZoekstand] = useState<Laadstand<null> | undefined>();
  const [activiteiten, setActiviteiten] = useState<Verwerkingsactiviteit[]>([]);
  const [organisaties, setOrganisaties] = useState<Organisatie[]>([]);
  const [gebruikers, setGebruikers] = useState<GebruikerRegel[] | undefined>();
  /** An id typed by hand: a system client, or someone not in the directory. */
  const [anderId, setAnderId] = useState(false);
  const overzicht = useRef<HTMLDivElement>(null);
  const resultaatKop = useRef<HTMLHeadingElement>(null);
  const [focusNaar, setFocusNaar] = useState<'overzicht' | 'resultaten' | undefined>();

  useEffect(() => {
    let actief = true;
    getVerwerkingsactiviteiten().then(
      (lijst) => {
        if (actief) setActiviteiten(lijst);
      },
      // Without the register the list offers "alle activiteiten" only.
      () => undefined,
    );
    getOrganisaties().then(
      (lijst) => {
        if (actief) setOrganisaties(lijst);
      },
      () => undefined,
    );
    // Without the directory the FG types an id, as before.
    getGebruikersVoorFg().then(
      (lijst) => {
        if (!actief) return;
        setGebruikers(lijst);
        const id = geheugen?.velden.actorId.trim();
        if (id && !lijst.some((g) => g.id === id)) setAnderId(true);
      },
      () => {
        if (actief) setAnderId(true);
      },
    );
    return () => {
      actief = false;
    };
  }, []);

  useEffect(() => {
    geheugen = { velden, resultaten };
  }, [velden, resultaten]);

  useEffect(() => {
    if (focusNaar === 'overzicht') overzicht.current?.focus();
    if (focusNaar === 'resultaten') resultaatKop.current?.focus();
    setFocusNaar(undefined);
  }, [focusNaar]);

  const zoek = async (opdracht: Zoekopdracht, cursors: (string | undefined)[]) => {
    const na = cursors[cursors.length - 1];
    setZoekstand({ status: 'laden' });
    try {
      const antwoord = await zoekAuditspoor(
        na ? { ...opdracht, na } : opdracht,
        gebruiker.csrfToken,
      );
      setResultaten({
        opdracht,
        cursors,
        records: antwoord.records,
        volgende: antwoord.volgende ?? null,
      });
      setZoekstand({ status: 'klaar', data: null });
      setFocusNaar('resultaten');
    } catch (err) {
      const fout = alsFout(err);
      if (fout) setZoekstand(fout);
    }
  };

  const verstuur = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const gevonden = controleer(velden);
    setFouten(gevonden);
    if (Object.keys(gevonden).length > 0) {
      setFocusNaar('overzicht');
      return;
    }
    void zoek(alsOpdracht(velden), [undefined]);
  };

  const zet = (naam: Veldnaam) => (waarde: string) => {
    setVelden((v) => ({ ...v, [naam]: waarde }));
  };

  if (zoekstand?.status === 'geen-toegang') return <GeenToegang detail={zoekstand.detail} />;

  const foutLijst = VOLGORDE.flatMap((naam): [string, string][] => {
    const tekst = fouten[naam];
    return tekst ? [[`zoek-${naam}`, tekst]] : [];
  });
  const attrs = (naam: Veldnaam, uitleg: boolean) => ({
    id: `zoek-${naam}`,
    name: naam,
    invalid: !!fouten[naam],
    'aria-invalid': fouten[naam] ? true : undefined,
    'aria-describedby': beschrijving(`zoek-${naam}`, uitleg, fouten[naam]),
    value: velden[naam],
    onChange: (e: { target: { value: string } }) => {
      zet(naam)(e.target.value);
    },
  });
  const uniekeActiviteiten = [...new Map(activiteiten.map((a) => [a.id, a])).values()];
  const paginaNummer = resultaten ? resultaten.cursors.length : 0;

  return (
    <>
      <title>{`${foutLijst.length > 0 ? 'Fout: ' : ''}Auditspoor doorzoeken – Schakel`}</title>
      <Heading1>Auditspoor doorzoeken</Heading1>
      <Paragraph>
        Zoek wie welke gegevens heeft ingezien of bewerkt, waarom en wanneer. U ziet de handelingen
        van de medewerkers en systemen van uw eigen organisatie. Elke zoekvraag wordt zelf ook
        vastgelegd.
      </Paragraph>
      <Foutoverzicht ref={overzicht} fouten={foutLijst} />
      <form onSubmit={verstuur} noValidate aria-label="Zoeken in het auditspoor">
        <Veld
          id="zoek-bsn"
          label="BSN van de betrokkene (niet verplicht)"
          uitleg="9 cijfers. Schakel zoekt via een onomkeerbare code van het BSN en zet het BSN nooit in een webadres."
          fout={fouten.bsn}
        >
          <Textbox {...attrs('bsn', true)} inputMode="numeric" autoComplete="off" maxLength={9} />
        </Veld>
        <ActorKeuze
          gebruikers={gebruikers}
          anderId={anderId}
          setAnderId={setAnderId}
          actorId={velden.actorId}
          zet={zet('actorId')}
          fout={fouten.actorId}
          attrs={attrs('actorId', true)}
        />
        <Veld id="zoek-organisatieCode" label="Organisatie" fout={fouten.organisatieCode}>
          <Select {...attrs('organisatieCode', false)}>
            <SelectOption value="">Alle organisaties</SelectOption>
            {organisaties.map((o) => (
              <SelectOption key={o.code} value={o.code}>
                {o.naam}
              </SelectOption>
            ))}
          </Select>
        </Veld>
        <Veld id="zoek-activiteitId" label="Verwerkingsactiviteit">
          <Select {...attrs('activiteitId', false)}>
            <SelectOption value="">Alle activiteiten</SelectOption>
            {uniekeActiviteiten.map((a) => (
              <SelectOption key={a.id} value={a.id}>
                {a.naam}
              </SelectOption>
            ))}
          </Select>
        </Veld>
        <Veld id="zoek-resultaat" label="Resultaat">
          <Select {...attrs('resultaat', false)}>
            <SelectOption value="">Toegestaan en geweigerd</SelectOption>
            <SelectOption value="toegestaan">Alleen toegestaan</SelectOption>
            <SelectOption value="geweigerd">Alleen geweigerd</SelectOption>
          </Select>
        </Veld>
        <Veld id="zoek-van" label="Vanaf datum (niet verplicht)" fout={fouten.van}>
          <Textbox {...attrs('van', false)} type="date" />
        </Veld>
        <Veld id="zoek-tot" label="Tot en met datum (niet verplicht)" fout={fouten.tot}>
          <Textbox {...attrs('tot', false)} type="date" />
        </Veld>
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            type="submit"
            busy={zoekstand?.status === 'laden'}
          >
            Zoeken
          </Button>
          <Button
            appearance="secondary-action-button"
            type="button"
            onClick={() => {
              setVelden(LEEG);
              setFouten({});
              setResultaten(undefined);
              setZoekstand(undefined);
            }}
          >
            Wissen
          </Button>
        </ButtonGroup>
      </form>

      <div aria-live="polite" aria-busy={zoekstand?.status === 'laden'}>
        {zoekstand?.status === 'laden' && <Paragraph>Bezig met zoeken…</Paragraph>}
        {zoekstand?.status === 'mislukt' && (
          <Mislukt
            tekst="Het zoeken is niet gelukt. Controleer de zoekvraag of probeer het later opnieuw."
            detail={zoekstand.detail}
          />
        )}
      </div>

      {resultaten && (
        <section aria-labelledby="resultaten-kop">
          <Heading2 id="resultaten-kop" ref={resultaatKop} tabIndex={-1}>
            Resultaten, pagina {paginaNummer}
          </Heading2>
          {resultaten.records.length === 0 ? (
            <Paragraph>Er zijn geen handelingen gevonden die bij uw zoekvraag passen.</Paragraph>
          ) : (
            <>
              <Paragraph>
                {resultaten.records.length === 1
                  ? '1 handeling gevonden op deze pagina'
                  : `${String(resultaten.records.length)} handelingen gevonden op deze pagina`}
                , nieuwste eerst.
              </Paragraph>
              <div className="schakel-tabel">
                <Table>
                  <TableCaption>Handelingen in het auditspoor, pagina {paginaNummer}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Tijdstip</TableHeaderCell>
                      <TableHeaderCell scope="col">Actor</TableHeaderCell>
                      <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
                      <TableHeaderCell scope="col">Handeling</TableHeaderCell>
                      <TableHeaderCell scope="col">Activiteit</TableHeaderCell>
                      <TableHeaderCell scope="col">Resultaat</TableHeaderCell>
                      <TableHeaderCell scope="col">Doorbraak</TableHeaderCell>
                      <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {resultaten.records.map((r) => (
                      <TableRow key={r.id}>
                        <TableHeaderCell scope="row">{tijdstipTekst(r.tijd)}</TableHeaderCell>
                        <TableCell>
                          <Persoon naam={r.actorNaam} id={r.actorId} />
                          {r.rollen.map((rol) => rolTekst(rol).naam).join(', ')}
                        </TableCell>
                        <TableCell>{r.organisatieNaam}</TableCell>
                        <TableCell>
                          {actieTekst(r.actie)} ({objectTekst(r.objectType)})
                        </TableCell>
                        <TableCell>{r.activiteitNaam ?? r.activiteitId ?? 'geen'}</TableCell>
                        <TableCell>{resultaatTekst(r.resultaat)}</TableCell>
                        <TableCell>{r.doorbraak ? 'Ja' : 'Nee'}</TableCell>
                        <TableCell>
                          <AppLink to={`/fg/auditspoor/${r.id}`}>
                            Waarom?
                            <span className="schakel-sr-only">
                              {' '}
                              {actieTekst(r.actie)} door {r.actorNaam ?? r.actorId} op{' '}
                              {tijdstipTekst(r.tijd)}
                            </span>
                          </AppLink>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            </>
          )}
          <ButtonGroup>
            {resultaten.cursors.length > 1 && (
              <Button
                appearance="secondary-action-button"
                type="button"
                onClick={() => void zoek(resultaten.opdracht, resultaten.cursors.slice(0, -1))}
              >
                Vorige pagina
              </Button>
            )}
            {resultaten.volgende && (
              <Button
                appearance="secondary-action-button"
                type="button"
                onClick={() =>
                  void zoek(resultaten.opdracht, [
                    ...resultaten.cursors,
                    resultaten.volgende ?? undefined,
                  ])
                }
              >
                Volgende pagina
              </Button>
            )}
          </ButtonGroup>
        </section>
      )}
    </>
  );
}

const ANDER_ID = '__ander-id';

/**
 * The actor by name: a list of everyone in the user directory, grouped by organisation (a
 * native select: keyboard and screen readers know it), the chosen person's id one click
 * away; "een ander id" for a system client or someone who never logged in.
 */
function ActorKeuze({
  gebruikers,
  anderId,
  setAnderId,
  actorId,
  zet,
  fout,
  attrs,
}: {
  gebruikers: GebruikerRegel[] | undefined;
  anderId: boolean;
  setAnderId: (ander: boolean) => void;
  actorId: string;
  zet: (id: string) => void;
  fout: string | undefined;
  attrs: Record<string, unknown>;
}) {
  const perOrganisatie = new Map<string, GebruikerRegel[]>();
  for (const g of gebruikers ?? []) {
    perOrganisatie.set(g.organisatieNaam, [...(perOrganisatie.get(g.organisatieNaam) ?? []), g]);
  }
  const gekozen = gebruikers?.find((g) => g.id === actorId);
  const tekstveld = !gebruikers || anderId;
  return (
    <div className="schakel-actorkeuze">
      {gebruikers && (
        <Veld
          id="zoek-actor-naam"
          label="Medewerker (niet verplicht)"
          uitleg="Kies wie de handeling deed; de namen komen uit de gebruikerslijst."
        >
          <Select
            id="zoek-actor-naam"
            aria-describedby="zoek-actor-naam-uitleg"
            value={anderId ? ANDER_ID : (gekozen?.id ?? '')}
            onChange={(e) => {
              const waarde = e.target.value;
              setAnderId(waarde === ANDER_ID);
              zet(waarde === ANDER_ID ? '' : waarde);
            }}
          >
            <SelectOption value="">Iedereen</SelectOption>
            {[...perOrganisatie].map(([organisatie, leden]) => (
              <optgroup key={organisatie} label={organisatie}>
                {leden.map((g) => (
                  <SelectOption key={g.id} value={g.id}>
                    {g.naam}
                  </SelectOption>
                ))}
              </optgroup>
            ))}
            <SelectOption value={ANDER_ID}>Een systeem of een ander id invullen…</SelectOption>
          </Select>
        </Veld>
      )}
      {gekozen && !anderId && (
        <details className="schakel-persoon">
          <summary>Gebruikers-id van {gekozen.naam}</summary>
          <span className="schakel-id">{gekozen.id}</span>
        </details>
      )}
      {tekstveld && (
        <Veld
          id="zoek-actorId"
          label={gebruikers ? 'Gebruikers-id of client-id' : 'Actor (niet verplicht)'}
          uitleg="De gebruikers-id of client-id van een medewerker of systeem; u vindt die onder de naam in de resultaten."
          fout={fout}
        >
          <Textbox {...attrs} autoComplete="off" />
        </Veld>
      )}
    </div>
  );
}
