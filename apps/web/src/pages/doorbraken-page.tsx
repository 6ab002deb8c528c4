import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  beoordeelDoorbraak,
  getDoorbraken,
  getTeBeoordelen,
  type Doorbraak,
  type Gebruiker,
  type Oordeel,
} from '../api.js';
import { beschrijving, Foutoverzicht, Keuzerondjes, Mislukt, Veld } from '../forms.js';
import { alsFout, useApi } from '../use-api.js';
import { Persoon } from '../namen.js';
import { actieTekst, objectTekst, tijdstipTekst } from '../texts.js';
import { GeenToegang } from './error-page.js';

const MIN_TOELICHTING = 10;

/** The FG's review queue: each break-the-glass grant of the own organisation gets a verdict. */
export function DoorbrakenPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const stand = useApi(getTeBeoordelen, 'te-beoordelen');
  const [afgehandeld, setAfgehandeld] = useState<string[]>([]);
  const [melding, setMelding] = useState<string | undefined>();
  const meldingRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);

  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  const open =
    stand.status === 'klaar' ? stand.data.filter((d) => !afgehandeld.includes(d.id)) : [];

  return (
    <>
      <title>Doorbraken beoordelen – Schakel</title>
      <Heading1>Doorbraken beoordelen</Heading1>
      <Paragraph>
        Medewerkers van uw organisatie kunnen in spoed de normale regels doorbreken ("de glazen
        breken"), met een schriftelijke verantwoording. Beoordeel per doorbraak of die terecht was.
        Uw oordeel en toelichting worden vastgelegd.
      </Paragraph>
      <div ref={meldingRef} tabIndex={-1} role="status">
        {melding && (
          <Alert type="ok">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        )}
      </div>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>De doorbraken worden opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt
            tekst="De doorbraken kunnen nu niet worden opgehaald. Probeer het later opnieuw."
            detail={stand.detail}
          />
        )}
        {stand.status === 'klaar' && open.length === 0 && (
          <Paragraph>Er zijn geen doorbraken die op uw oordeel wachten.</Paragraph>
        )}
      </div>
      {open.map((d) => (
        <Beoordeling
          key={d.id}
          doorbraak={d}
          csrfToken={gebruiker.csrfToken}
          klaar={(oordeel) => {
            setAfgehandeld((a) => [...a, d.id]);
            setMelding(`Uw oordeel (${oordeel}) is vastgelegd: ${doorbraakTitel(d)}.`);
          }}
        />
      ))}
      <Beoordeeld key={afgehandeld.length} />
    </>
  );
}

function Beoordeling({
  doorbraak: d,
  csrfToken,
  klaar,
}: {
  doorbraak: Doorbraak;
  csrfToken?: string;
  klaar: (oordeel: Oordeel) => void;
}) {
  const [oordeel, setOordeel] = useState<Oordeel | ''>('');
  const [toelichting, setToelichting] = useState('');
  const [fouten, setFouten] = useState<{ oordeel?: string; toelichting?: string }>({});
  const [bezig, setBezig] = useState(false);
  const [mislukt, setMislukt] = useState<{ detail?: string } | undefined>();
  const [geenToegang, setGeenToegang] = useState<string | undefined | null>(null);
  const overzicht = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState(0);
  const id = `doorbraak-${d.id}`;

  useEffect(() => {
    if (focus > 0) overzicht.current?.focus();
  }, [focus]);

  if (geenToegang !== null) return <GeenToegang detail={geenToegang} />;

  const verstuur = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const gevonden: typeof fouten = {};
    if (!oordeel) gevonden.oordeel = 'Kies of de doorbraak terecht of onterecht was.';
    if (toelichting.trim().length < MIN_TOELICHTING) {
      gevonden.toelichting = `Schrijf een toelichting van minstens ${String(MIN_TOELICHTING)} tekens.`;
    }
    setFouten(gevonden);
    if (!oordeel || Object.keys(gevonden).length > 0) {
      setFocus((f) => f + 1);
      return;
    }
    setBezig(true);
    setMislukt(undefined);
    try {
      await beoordeelDoorbraak(d.id, oordeel, toelichting.trim(), csrfToken);
      klaar(oordeel);
    } catch (err) {
      const fout = alsFout(err);
      if (fout?.status === 'geen-toegang') setGeenToegang(fout.detail);
      else if (fout?.status === 'mislukt') setMislukt({ detail: fout.detail });
      setBezig(false);
    }
  };

  const titel = doorbraakTitel(d);
  return (
    <section aria-labelledby={`${id}-kop`} className="schakel-kaart" id={id}>
      <Heading2 id={`${id}-kop`}>{titel}</Heading2>
      <DoorbraakGegevens d={d} />
      <Foutoverzicht
        ref={overzicht}
        kop={`Controleer uw oordeel over ${titel}`}
        fouten={[
          ...(fouten.oordeel ? [[`${id}-terecht`, fouten.oordeel] as [string, string]] : []),
          ...(fouten.toelichting
            ? [[`${id}-toelichting`, fouten.toelichting] as [string, string]]
            : []),
        ]}
      />
      <form
        noValidate
        aria-label={`Oordeel over de doorbraak op ${titel}`}
        onSubmit={(e) => void verstuur(e)}
      >
        <Keuzerondjes
          id={id}
          naam="oordeel"
          legenda="Was deze doorbraak terecht?"
          opties={
            [
              ['terecht', 'Terecht'],
              ['onterecht', 'Onterecht'],
            ] as const
          }
          waarde={oordeel}
          fout={fouten.oordeel}
          onKies={setOordeel}
        />
        <Veld
          id={`${id}-toelichting`}
          label="Toelichting"
          uitleg={`Verplicht, minstens ${String(MIN_TOELICHTING)} tekens: waarom vindt u dit?`}
          fout={fouten.toelichting}
        >
          <Textarea
            id={`${id}-toelichting`}
            value={toelichting}
            required
            invalid={!!fouten.toelichting}
            aria-invalid={fouten.toelichting ? true : undefined}
            aria-describedby={beschrijving(`${id}-toelichting`, true, fouten.toelichting)}
            onChange={(e) => {
              setToelichting(e.target.value);
            }}
          />
        </Veld>
        {mislukt && (
          <Mislukt
            tekst="Uw oordeel kon niet worden vastgelegd. Probeer het opnieuw."
            detail={mislukt.detail}
          />
        )}
        <Button appearance="primary-action-button" type="submit" busy={bezig}>
          Oordeel vastleggen
        </Button>
      </form>
    </section>
  );
}

/** "Doorbraak door Ahmed Bakker op Zorgmelding van 7 december 2026": who and what, in words. */
export function doorbraakTitel(d: Doorbraak): string {
  const wie = d.actorNaam ?? 'een medewerker';
  const wat =
    d.onderwerpOmschrijving ?? (d.onderwerpType === 'Casus' ? 'een casus' : 'een zorgmelding');
  return `Doorbraak door ${wie} op ${wat}`;
}

/** Who broke the glass, for what, why, what they did in the window, and the verdicts so far. */
function DoorbraakGegevens({ d }: { d: Doorbraak }) {
  return (
    <DataList appearance="rows">
      <DataListItem>
        <DataListKey>Wie</DataListKey>
        <DataListValue>
          <Persoon naam={d.actorNaam} id={d.actorId} />
          {d.organisatieNaam}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Geopend dossier</DataListKey>
        <DataListValue>
          {d.onderwerpOmschrijving ?? objectTekst(d.onderwerpType)}
          <details className="schakel-persoon">
            <summary>Technisch kenmerk van het dossier</summary>
            <span className="schakel-id">{d.onderwerpId}</span>
          </details>
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Verwerkingsactiviteit</DataListKey>
        <DataListValue>{d.activiteitNaam ?? d.activiteit}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Verantwoording van de medewerker</DataListKey>
        <DataListValue>{d.verantwoording}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Aangevraagd</DataListKey>
        <DataListValue>{tijdstipTekst(d.aangemaaktOp)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Toegang tot</DataListKey>
        <DataListValue>{tijdstipTekst(d.verlooptOp)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Gedaan in die tijd</DataListKey>
        <DataListValue>
          {d.gelezen.length === 0 ? (
            'Niets: de medewerker opende het dossier niet.'
          ) : (
            <UnorderedList>
              {d.gelezen.map((g, i) => (
                <UnorderedListItem key={i}>
                  {tijdstipTekst(g.tijd)}: {actieTekst(g.actie).toLowerCase()} (
                  {objectTekst(g.objectType)})
                  {g.categorieen.length > 0 && `, met ${g.categorieen.join(', ')}`}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Eerdere oordelen</DataListKey>
        <DataListValue>
          {d.oordelen.length === 0 ? (
            'Nog geen.'
          ) : (
            <UnorderedList>
              {d.oordelen.map((o, i) => (
                <UnorderedListItem key={i}>
                  {tijdstipTekst(o.tijd)}: {o.oordeel} volgens {o.fgNaam ?? 'een FG'}.{' '}
                  {o.toelichting}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </DataListValue>
      </DataListItem>
    </DataList>
  );
}

/** Grants with a verdict, newest first: the history the FG can look back on. */
function Beoordeeld() {
  const stand = useApi(getDoorbraken, 'doorbraken-alle');
  if (stand.status !== 'klaar') return null;
  const beoordeeld = stand.data.filter((d) => d.oordelen.length > 0);
  return (
    <section aria-labelledby="beoordeeld-kop">
      <Heading2 id="beoordeeld-kop">Eerder beoordeeld</Heading2>
      {beoordeeld.length === 0 ? (
        <Paragraph>U of uw collega-FG's hebben nog geen doorbraken beoordeeld.</Paragraph>
      ) : (
        beoordeeld.map((d) => (
          <section key={d.id} aria-labelledby={`beoordeeld-${d.id}-kop`} className="schakel-kaart">
            <Heading3 id={`beoordeeld-${d.id}-kop`}>{doorbraakTitel(d)}</Heading3>
            <DoorbraakGegevens d={d} />
          </section>
        ))
      )}
    </section>
  );
}
