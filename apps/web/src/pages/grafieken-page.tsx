import {
  Button,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import {
  getOrganisaties,
  getStatistieken,
  getVerwerkingsactiviteiten,
  type Granulariteit,
  type Statistieken,
} from '../api.js';
import { beschrijving, Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { Lijngrafiek } from '../grafiek.js';
import { useApi } from '../use-api.js';
import { useVraagFormulier } from '../vraag-formulier.js';
import { GeenToegang } from './error-page.js';
import { dagenVanaf } from '../datum.js';

interface Vraag {
  van: string;
  tot: string;
  granulariteit: Granulariteit;
}

/** A date (YYYY-MM-DD) `dagen` from today, in the calendar the server counts days in. */
const datum = dagenVanaf;

const MAX_DAGEN = 366;

function controleer(v: Vraag): { van?: string; tot?: string } {
  const fouten: { van?: string; tot?: string } = {};
  if (!v.van) fouten.van = 'Vul een begindatum in.';
  if (!v.tot) fouten.tot = 'Vul een einddatum in.';
  if (v.van && v.tot) {
    const dagen = (Date.parse(v.tot) - Date.parse(v.van)) / 86_400_000;
    if (dagen < 0) fouten.tot = 'De einddatum ligt voor de begindatum.';
    else if (dagen >= MAX_DAGEN)
      fouten.tot = `Kies een periode van hoogstens ${String(MAX_DAGEN)} dagen.`;
  }
  return fouten;
}

/** Accesses per organisation and per activity, and denials, over time: charts and tables. */
export function GrafiekenPage() {
  const { velden, setVelden, vraag, fouten, overzicht, verstuur, foutLijst } = useVraagFormulier<
    Vraag,
    'van' | 'tot'
  >({ van: datum(-29), tot: datum(0), granulariteit: 'dag' }, controleer, {
    van: 'grafiek-van',
    tot: 'grafiek-tot',
  });
  const stand = useApi(
    () => getStatistieken(vraag.van, vraag.tot, vraag.granulariteit),
    JSON.stringify(vraag),
  );

  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;

  return (
    <>
      <title>{`${foutLijst.length > 0 ? 'Fout: ' : ''}Grafieken – Schakel`}</title>
      <Heading1>Grafieken: toegang en weigeringen</Heading1>
      <Paragraph>
        Hoe vaak medewerkers en systemen van uw organisatie toegang kregen, per organisatie en per
        verwerkingsactiviteit, en hoe vaak toegang werd geweigerd. Onder elke grafiek staan de
        cijfers ook als tabel.
      </Paragraph>
      <Foutoverzicht ref={overzicht} fouten={foutLijst} />
      <form onSubmit={verstuur} noValidate aria-label="Periode van de grafieken">
        <Veld id="grafiek-van" label="Vanaf datum" fout={fouten.van}>
          <Textbox
            id="grafiek-van"
            type="date"
            value={velden.van}
            invalid={!!fouten.van}
            aria-invalid={fouten.van ? true : undefined}
            aria-describedby={beschrijving('grafiek-van', false, fouten.van)}
            onChange={(e) => {
              setVelden({ ...velden, van: e.target.value });
            }}
          />
        </Veld>
        <Veld id="grafiek-tot" label="Tot en met datum" fout={fouten.tot}>
          <Textbox
            id="grafiek-tot"
            type="date"
            value={velden.tot}
            invalid={!!fouten.tot}
            aria-invalid={fouten.tot ? true : undefined}
            aria-describedby={beschrijving('grafiek-tot', false, fouten.tot)}
            onChange={(e) => {
              setVelden({ ...velden, tot: e.target.value });
            }}
          />
        </Veld>
        <Veld id="grafiek-granulariteit" label="Tellen per">
          <Select
            id="grafiek-granulariteit"
            value={velden.granulariteit}
            onChange={(e) => {
              setVelden({ ...velden, granulariteit: e.target.value === 'week' ? 'week' : 'dag' });
            }}
          >
            <SelectOption value="dag">Dag</SelectOption>
            <SelectOption value="week">Week</SelectOption>
          </Select>
        </Veld>
        <Button appearance="primary-action-button" type="submit" busy={stand.status === 'laden'}>
          Toon grafieken
        </Button>
      </form>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>De cijfers worden opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt
            tekst="De cijfers kunnen nu niet worden opgehaald. Probeer het later opnieuw."
            detail={stand.detail}
          />
        )}
      </div>
      {stand.status === 'klaar' && <Grafieken s={stand.data} />}
    </>
  );
}

/** Names for the series' codes (organisations, activities); the code until they are loaded. */
function useNamen(): { organisatie: (c: string) => string; activiteit: (c: string) => string } {
  const orgs = useApi(getOrganisaties, 'organisaties');
  const acts = useApi(getVerwerkingsactiviteiten, 'activiteiten');
  const org = new Map(orgs.status === 'klaar' ? orgs.data.map((o) => [o.code, o.naam]) : []);
  const act = new Map(acts.status === 'klaar' ? acts.data.map((a) => [a.id, a.naam]) : []);
  return {
    organisatie: (c) => org.get(c) ?? c,
    activiteit: (c) => act.get(c) ?? c,
  };
}

function Grafieken({ s }: { s: Statistieken }) {
  const periodeNaam = s.granulariteit === 'week' ? 'Week vanaf' : 'Dag';
  const namen = useNamen();
  return (
    <>
      <Lijngrafiek
        id="grafiek-organisatie"
        titel="Toegang per organisatie"
        perioden={s.perioden}
        lijnen={s.toegangPerOrganisatie.map((r) => ({
          naam: r.sleutel ? namen.organisatie(r.sleutel) : 'Onbekende organisatie',
          aantallen: r.aantallen,
        }))}
        eenheid={['toegestane handeling', 'toegestane handelingen']}
        periodeNaam={periodeNaam}
      />
      <Lijngrafiek
        id="grafiek-activiteit"
        titel="Toegang per verwerkingsactiviteit"
        perioden={s.perioden}
        lijnen={s.toegangPerActiviteit.map((r) => ({
          naam: r.sleutel ? namen.activiteit(r.sleutel) : 'Zonder verwerkingsactiviteit',
          aantallen: r.aantallen,
        }))}
        eenheid={['toegestane handeling', 'toegestane handelingen']}
        periodeNaam={periodeNaam}
      />
      <Lijngrafiek
        id="grafiek-weigeringen"
        titel="Weigeringen"
        perioden={s.perioden}
        lijnen={[{ naam: 'Weigeringen', aantallen: s.weigeringen }]}
        eenheid={['weigering', 'weigeringen']}
        periodeNaam={periodeNaam}
      />
    </>
  );
}
