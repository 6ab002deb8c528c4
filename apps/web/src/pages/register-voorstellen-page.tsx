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
} from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ApiError, type Gebruiker, type Verwerkingsactiviteit } from '../api.js';
import {
  beschrijving,
  Foutoverzicht,
  Keuzerondjes,
  Mislukt,
  useFoutoverzicht,
  Veld,
} from '../forms.js';
import { Persoon } from '../namen.js';
import {
  beslisVoorstel,
  geldendeVersie,
  getVersies,
  getVoorstellen,
  inhoudVan,
  verschillen,
  type Besluit,
} from '../register.js';
import { ActiviteitGegevens, Verschillen } from '../register-weergave.js';
import { datumTekst, tijdstipTekst } from '../texts.js';
import { alsFout, useApi } from '../use-api.js';
import { GeenToegang } from './error-page.js';

const MIN_TOELICHTING = 10;

interface Voorstel {
  versie: Verwerkingsactiviteit;
  /** The version in force it would replace; null for a new activity. */
  geldend: Verwerkingsactiviteit | null;
}

/** The proposals, each with the version in force beside it (one request per activity). */
async function laadVoorstellen(): Promise<Voorstel[]> {
  const voorstellen = await getVoorstellen();
  const ids = [...new Set(voorstellen.map((v) => v.id))];
  const versies = new Map(
    await Promise.all(ids.map(async (id) => [id, await getVersies(id)] as const)),
  );
  return voorstellen.map((v) => ({ versie: v, geldend: geldendeVersie(versies.get(v.id) ?? []) }));
}

/**
 * The FG's queue of register proposals (ADR 0018): what each changes against the version in
 * force, who proposed it, and a decision with an explanation. Four eyes: an FG does not decide
 * on their own proposal; the screen says so instead of offering the form.
 */
export function RegisterVoorstellenPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const [ronde, setRonde] = useState(0);
  const [melding, setMelding] = useState<string | undefined>();
  const stand = useApi(laadVoorstellen, `register-voorstellen-${String(ronde)}`);
  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  return (
    <>
      <title>Voorstellen voor het verwerkingsregister – Schakel</title>
      <Heading1>Voorstellen voor het verwerkingsregister</Heading1>
      <Paragraph>
        Een wijziging die de toegang verruimt geldt pas als een functionaris gegevensbescherming
        haar goedkeurt. Wie een wijziging voorstelde, kan er zelf niet over beslissen.
      </Paragraph>
      <div aria-live="polite">
        {melding && (
          <Alert type="ok">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        )}
      </div>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>De voorstellen worden opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt
            tekst="De voorstellen kunnen nu niet worden opgehaald. Probeer het later opnieuw."
            detail={stand.detail}
          />
        )}
        {stand.status === 'klaar' && stand.data.length === 0 && (
          <Paragraph>Er wachten geen voorstellen op een besluit.</Paragraph>
        )}
      </div>
      {stand.status === 'klaar' &&
        stand.data.map((v) => (
          <VoorstelKaart
            key={`${v.versie.id}@${String(v.versie.versie)}`}
            voorstel={v}
            gebruiker={gebruiker}
            besloten={(tekst) => {
              setMelding(tekst);
              setRonde((r) => r + 1);
            }}
          />
        ))}
    </>
  );
}

function VoorstelKaart({
  voorstel: { versie: v, geldend },
  gebruiker,
  besloten,
}: {
  voorstel: Voorstel;
  gebruiker: Gebruiker;
  besloten: (melding: string) => void;
}) {
  const id = `voorstel-${v.id}-${String(v.versie)}`;
  const eigen = v.vastgelegdDoor === gebruiker.id;
  const titel = geldend ? `Wijziging van ${geldend.naam}` : `Nieuwe activiteit: ${v.naam}`;
  return (
    <section aria-labelledby={`${id}-kop`} className="schakel-kaart">
      <Heading2 id={`${id}-kop`}>{titel}</Heading2>
      <DataList appearance="rows">
        <DataListItem>
          <DataListKey>Voorgesteld door</DataListKey>
          <DataListValue>
            <Persoon naam={v.vastgelegdDoorNaam} id={v.vastgelegdDoor ?? ''} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Voorgesteld op</DataListKey>
          <DataListValue>
            {tijdstipTekst(v.vastgelegdOp)} (versie {v.versie})
          </DataListValue>
        </DataListItem>
      </DataList>
      <Heading3>
        {geldend
          ? `Wat verandert ten opzichte van versie ${String(geldend.versie)}`
          : 'Wat wordt voorgesteld'}
      </Heading3>
      {geldend ? (
        <Verschillen
          kop={`Verschillen in ${titel}`}
          verschillen={verschillen(inhoudVan(geldend), inhoudVan(v))}
        />
      ) : (
        <ActiviteitGegevens a={v} />
      )}
      {eigen ? (
        <Alert type="warning">
          <Paragraph>
            <strong>U stelde deze wijziging zelf voor.</strong> Een andere functionaris
            gegevensbescherming moet haar beoordelen (vier ogen).
          </Paragraph>
        </Alert>
      ) : (
        <Besluitformulier id={id} titel={titel} v={v} gebruiker={gebruiker} besloten={besloten} />
      )}
    </section>
  );
}

function Besluitformulier({
  id,
  titel,
  v,
  gebruiker,
  besloten,
}: {
  id: string;
  titel: string;
  v: Verwerkingsactiviteit;
  gebruiker: Gebruiker;
  besloten: (melding: string) => void;
}) {
  const [besluit, setBesluit] = useState<Besluit | ''>('');
  const [toelichting, setToelichting] = useState('');
  const [fouten, setFouten] = useState<{ besluit?: string; toelichting?: string }>({});
  const [bezig, setBezig] = useState(false);
  const [mislukt, setMislukt] = useState<{ detail?: string } | null>(null);
  const { ref, toon } = useFoutoverzicht();

  const verstuur = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f: typeof fouten = {};
    if (!besluit) f.besluit = 'Kies of u het voorstel goedkeurt of afwijst.';
    if (toelichting.trim().length < MIN_TOELICHTING) {
      f.toelichting = `Licht uw besluit toe in minstens ${String(MIN_TOELICHTING)} tekens.`;
    }
    setFouten(f);
    setMislukt(null);
    if (Object.keys(f).length > 0 || !besluit) {
      toon();
      return;
    }
    setBezig(true);
    try {
      await beslisVoorstel(v.id, v.versie, besluit, toelichting.trim(), gebruiker.csrfToken);
      besloten(
        besluit === 'goedkeuren'
          ? `${titel} (versie ${String(v.versie)}) is goedgekeurd en geldt vanaf ${datumTekst(v.geldigVanaf)}.`
          : `${titel} (versie ${String(v.versie)}) is afgewezen.`,
      );
    } catch (err) {
      if (alsFout(err)) setMislukt({ detail: err instanceof ApiError ? err.detail : undefined });
      setBezig(false);
    }
  };

  return (
    <>
      <Foutoverzicht
        ref={ref}
        kop={`Controleer uw besluit over ${titel}`}
        fouten={[
          ...(fouten.besluit ? [[`${id}-goedkeuren`, fouten.besluit] as [string, string]] : []),
          ...(fouten.toelichting
            ? [[`${id}-toelichting`, fouten.toelichting] as [string, string]]
            : []),
        ]}
      />
      <form noValidate aria-label={`Besluit over ${titel}`} onSubmit={(e) => void verstuur(e)}>
        <Keuzerondjes
          id={id}
          naam="besluit"
          legenda="Uw besluit"
          opties={
            [
              ['goedkeuren', 'Goedkeuren: de versie geldt vanaf haar datum'],
              ['afwijzen', 'Afwijzen: de versie gaat niet gelden'],
            ] as const
          }
          waarde={besluit}
          fout={fouten.besluit}
          onKies={setBesluit}
        />
        <Veld
          id={`${id}-toelichting`}
          label="Toelichting"
          uitleg={`Verplicht, minstens ${String(MIN_TOELICHTING)} tekens: waarom besluit u zo? De beheerder leest dit.`}
          fout={fouten.toelichting}
        >
          <Textarea
            id={`${id}-toelichting`}
            value={toelichting}
            maxLength={2000}
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
            tekst="Uw besluit kon niet worden vastgelegd. Probeer het opnieuw."
            detail={mislukt.detail}
          />
        )}
        <Button appearance="primary-action-button" type="submit" busy={bezig}>
          Besluit vastleggen
        </Button>
      </form>
    </>
  );
}
