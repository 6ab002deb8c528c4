import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
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
import { useState } from 'react';
import {
  getCijferGemeenten,
  getRegioCijfers,
  getRegioCsv,
  getVtCijfers,
  type CijferTabel,
  type Indeling,
  type RegioQuery,
} from '../api.js';
import { getReferentie } from '../casus.js';
import { Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { Lijngrafiek } from '../grafiek.js';
import { alsFout, useApi, type Laadstand } from '../use-api.js';
import { useVraagFormulier } from '../vraag-formulier.js';
import { GeenToegang } from './error-page.js';

/** `2026-K1` from a date: the quarter it falls in. */
function kwartaalVan(d: Date): string {
  return `${String(d.getFullYear())}-K${String(Math.floor(d.getMonth() / 3) + 1)}`;
}
function verschuif(k: string, n: number): string {
  const i = Number(k.slice(0, 4)) * 4 + Number(k.slice(-1)) - 1 + n;
  return `${String(Math.floor(i / 4))}-K${String((i % 4) + 1)}`;
}
const kwartaalIndex = (k: string) => Number(k.slice(0, 4)) * 4 + Number(k.slice(-1)) - 1;
const kwartaalNaam = (k: string) => `${k.slice(-1)}e kwartaal ${k.slice(0, 4)}`;

/** The quarters to choose from: the last twelve, up to the current one, newest last. */
function keuzeKwartalen(): string[] {
  const nu = kwartaalVan(new Date());
  return Array.from({ length: 12 }, (_, i) => verschuif(nu, i - 11));
}

interface Tijdvak {
  van: string;
  tot: string;
  indeling: Indeling;
}

/** What does not fit in a chosen period, in words. */
function tijdvakFouten(v: Tijdvak): { van?: string; tot?: string } {
  const a = kwartaalIndex(v.van);
  const b = kwartaalIndex(v.tot);
  if (b < a) return { tot: 'Het laatste kwartaal ligt voor het eerste.' };
  if (v.indeling === 'halfjaar' && (a % 2 !== 0 || b % 2 !== 1)) {
    return {
      van: 'Per halfjaar begint de periode in het 1e of 3e kwartaal.',
      tot: 'Per halfjaar eindigt de periode in het 2e of 4e kwartaal.',
    };
  }
  return {};
}

function TijdvakVelden({
  prefix,
  waarde,
  fouten,
  onChange,
}: {
  prefix: string;
  waarde: Tijdvak;
  fouten: { van?: string; tot?: string };
  onChange: (t: Tijdvak) => void;
}) {
  const kwartalen = keuzeKwartalen();
  return (
    <>
      <Veld id={`${prefix}-van`} label="Vanaf kwartaal" fout={fouten.van}>
        <Select
          id={`${prefix}-van`}
          value={waarde.van}
          invalid={!!fouten.van}
          aria-invalid={fouten.van ? true : undefined}
          aria-describedby={fouten.van ? `${prefix}-van-fout` : undefined}
          onChange={(e) => {
            onChange({ ...waarde, van: e.target.value });
          }}
        >
          {kwartalen.map((k) => (
            <SelectOption key={k} value={k}>
              {kwartaalNaam(k)}
            </SelectOption>
          ))}
        </Select>
      </Veld>
      <Veld id={`${prefix}-tot`} label="Tot en met kwartaal" fout={fouten.tot}>
        <Select
          id={`${prefix}-tot`}
          value={waarde.tot}
          invalid={!!fouten.tot}
          aria-invalid={fouten.tot ? true : undefined}
          aria-describedby={fouten.tot ? `${prefix}-tot-fout` : undefined}
          onChange={(e) => {
            onChange({ ...waarde, tot: e.target.value });
          }}
        >
          {kwartalen.map((k) => (
            <SelectOption key={k} value={k}>
              {kwartaalNaam(k)}
            </SelectOption>
          ))}
        </Select>
      </Veld>
      <Veld id={`${prefix}-indeling`} label="Tellen per">
        <Select
          id={`${prefix}-indeling`}
          value={waarde.indeling}
          onChange={(e) => {
            onChange({
              ...waarde,
              indeling: e.target.value === 'halfjaar' ? 'halfjaar' : 'kwartaal',
            });
          }}
        >
          <SelectOption value="kwartaal">Kwartaal</SelectOption>
          <SelectOption value="halfjaar">Halfjaar</SelectOption>
        </Select>
      </Veld>
    </>
  );
}

/** What the tables count and why some values are missing. */
function Afscherming({ drempel }: { drempel: number }) {
  return (
    <Paragraph>
      Alleen aantallen, nooit personen. Aantallen kleiner dan {drempel} worden niet getoond
      („afgeschermd”), en zo nodig ook een ander aantal in dezelfde periode, zodat een klein aantal
      niet uit een totaal is af te leiden. Een afgeschermde periode is een onderbreking in de lijn.
    </Paragraph>
  );
}

/** One table as a chart (rows and the total per period), with its summary and data table. */
function TabelGrafiek({
  id,
  titel,
  tabel,
  perioden,
  periodeNaam,
}: {
  id: string;
  titel: string;
  tabel: CijferTabel;
  perioden: { sleutel: string; naam: string }[];
  periodeNaam: string;
}) {
  const naamVan = new Map(perioden.map((p) => [p.sleutel, p.naam]));
  const [enkel = 'aantal', meervoud = 'aantallen'] = tabel.eenheid;
  return (
    <>
      <Lijngrafiek
        id={id}
        titel={titel}
        perioden={perioden.map((p) => p.sleutel)}
        periodeTekst={(p) => naamVan.get(p) ?? p}
        periodeNaam={periodeNaam}
        eenheid={[enkel, meervoud]}
        lijnen={[
          ...tabel.rijen.map((r) => ({ naam: r.naam, aantallen: r.waarden })),
          { naam: 'Totaal', aantallen: tabel.totalen },
        ]}
      />
      {tabel.kengetallen.length > 0 && (
        <div className="schakel-tabel">
          <Table>
            <TableCaption>{titel}: kengetallen</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{periodeNaam}</TableHeaderCell>
                {tabel.kengetallen.map((k) => (
                  <TableHeaderCell scope="col" key={k.sleutel}>
                    {k.naam}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {perioden.map((p, j) => (
                <TableRow key={p.sleutel}>
                  <TableHeaderCell scope="row">{p.naam}</TableHeaderCell>
                  {tabel.kengetallen.map((k) => {
                    const v = k.waarden[j];
                    return (
                      <TableCell key={k.sleutel}>
                        {v === null || v === undefined
                          ? 'niet te tonen'
                          : v.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

interface RegioVelden extends Tijdvak {
  gemeenten: string[];
  thema: string;
}

const STANDAARD_GEMEENTEN = ['GM0599', 'GM0505'];

/** The regional analyst's figures: municipalities, quarters, a theme; charts and CSV. */
export function CijfersRegioPage() {
  const nu = kwartaalVan(new Date());
  const { velden, setVelden, vraag, fouten, overzicht, verstuur, foutLijst } = useVraagFormulier<
    RegioVelden,
    'gemeenten' | 'van' | 'tot'
  >(
    {
      gemeenten: STANDAARD_GEMEENTEN,
      van: verschuif(nu, -3),
      tot: nu,
      indeling: 'kwartaal',
      thema: '',
    },
    (v) => ({
      ...tijdvakFouten(v),
      ...(v.gemeenten.length === 0 ? { gemeenten: 'Kies ten minste één gemeente.' } : {}),
    }),
    { gemeenten: 'cijfers-gemeente-0', van: 'cijfers-van', tot: 'cijfers-tot' },
  );
  const [csv, setCsv] = useState<'klaar' | 'bezig' | 'mislukt' | 'gedownload'>('klaar');
  const keuzes = useApi(
    async () => ({
      gemeenten: await getCijferGemeenten(),
      themas: (await getReferentie()).themas,
    }),
    'keuzes',
  );
  const query = (v: RegioVelden): RegioQuery => ({
    gemeenten: v.gemeenten.join(','),
    van: v.van,
    tot: v.tot,
    indeling: v.indeling,
    ...(v.thema ? { thema: v.thema } : {}),
  });
  const stand = useApi(() => getRegioCijfers(query(vraag)), JSON.stringify(vraag));

  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  if (keuzes.status === 'geen-toegang') return <GeenToegang detail={keuzes.detail} />;

  const download = async () => {
    setCsv('bezig');
    try {
      const tekst = await getRegioCsv(query(vraag));
      const url = URL.createObjectURL(new Blob([tekst], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `cijfers-veiligheidsbeeld-${vraag.van}-${vraag.tot}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      URL.revokeObjectURL(url);
      setCsv('gedownload');
    } catch (err) {
      if (alsFout(err)) setCsv('mislukt');
    }
  };

  return (
    <>
      <title>{`${foutLijst.length > 0 ? 'Fout: ' : ''}Cijfers veiligheidsbeeld – Schakel`}</title>
      <Heading1>Cijfers voor het gezamenlijk veiligheidsbeeld</Heading1>
      <Paragraph>
        Zorgmeldingen, veiligheidsbeoordelingen, casussen en uitwisselingen per gemeente, per
        kwartaal of halfjaar. Onder elke grafiek staan de cijfers ook als tabel.
      </Paragraph>
      <Foutoverzicht ref={overzicht} fouten={foutLijst} />
      <form onSubmit={verstuur} noValidate aria-label="Keuze van de cijfers">
        <Fieldset
          invalid={!!fouten.gemeenten}
          aria-describedby={fouten.gemeenten ? 'cijfers-gemeenten-fout' : undefined}
        >
          <FieldsetLegend>Gemeenten</FieldsetLegend>
          {fouten.gemeenten && (
            <p className="utrecht-form-field-error-message" id="cijfers-gemeenten-fout">
              <span className="schakel-sr-only">Fout: </span>
              {fouten.gemeenten}
            </p>
          )}
          {keuzes.status === 'klaar' &&
            keuzes.data.gemeenten.map((g, i) => (
              <FormField type="checkbox" key={g.code}>
                <div className="utrecht-form-field__input">
                  <Checkbox
                    id={`cijfers-gemeente-${String(i)}`}
                    value={g.code}
                    checked={velden.gemeenten.includes(g.code)}
                    invalid={!!fouten.gemeenten}
                    onChange={(e) => {
                      setVelden({
                        ...velden,
                        gemeenten: e.target.checked
                          ? [...velden.gemeenten, g.code]
                          : velden.gemeenten.filter((c) => c !== g.code),
                      });
                    }}
                  />
                </div>
                <div className="utrecht-form-field__label">
                  <FormLabel htmlFor={`cijfers-gemeente-${String(i)}`} type="checkbox">
                    {g.naam}
                  </FormLabel>
                </div>
              </FormField>
            ))}
        </Fieldset>
        <TijdvakVelden
          prefix="cijfers"
          waarde={velden}
          fouten={fouten}
          onChange={(t) => {
            setVelden({ ...velden, ...t });
          }}
        />
        <Veld
          id="cijfers-thema"
          label="Thema van casussen en uitwisselingen"
          uitleg="Zorgmeldingen tellen altijd mee."
        >
          <Select
            id="cijfers-thema"
            value={velden.thema}
            aria-describedby="cijfers-thema-uitleg"
            onChange={(e) => {
              setVelden({ ...velden, thema: e.target.value });
            }}
          >
            <SelectOption value="">Alle thema’s</SelectOption>
            {keuzes.status === 'klaar' &&
              keuzes.data.themas.map((t) => (
                <SelectOption key={t.id} value={t.id}>
                  {t.naam}
                </SelectOption>
              ))}
          </Select>
        </Veld>
        <Button appearance="primary-action-button" type="submit" busy={stand.status === 'laden'}>
          Toon cijfers
        </Button>
      </form>
      <Status stand={stand} />
      {stand.status === 'klaar' && (
        <>
          <Afscherming drempel={stand.data.drempel} />
          <Paragraph>
            <Button
              appearance="secondary-action-button"
              type="button"
              busy={csv === 'bezig'}
              onClick={() => void download()}
            >
              Download deze cijfers als CSV
            </Button>
          </Paragraph>
          <div aria-live="polite">
            {csv === 'gedownload' && <Paragraph>Het CSV-bestand is gedownload.</Paragraph>}
            {csv === 'mislukt' && (
              <Mislukt tekst="Het CSV-bestand kan nu niet worden gemaakt. Probeer het later opnieuw." />
            )}
          </div>
          {stand.data.gemeenten.map((g) => (
            <section key={g.gemeentecode} aria-labelledby={`gemeente-${g.gemeentecode}`}>
              <Heading2 id={`gemeente-${g.gemeentecode}`}>{g.naam}</Heading2>
              {g.tabellen.map((t) => (
                <TabelGrafiek
                  key={t.id}
                  id={`${g.gemeentecode}-${t.id}`}
                  titel={`${g.naam}: ${t.titel}`}
                  tabel={t}
                  perioden={stand.data.perioden}
                  periodeNaam={stand.data.indeling === 'halfjaar' ? 'Halfjaar' : 'Kwartaal'}
                />
              ))}
            </section>
          ))}
        </>
      )}
    </>
  );
}

function Status({ stand }: { stand: Laadstand<unknown> }) {
  return (
    <div aria-live="polite" aria-busy={stand.status === 'laden'}>
      {stand.status === 'laden' && <Paragraph>De cijfers worden opgehaald…</Paragraph>}
      {stand.status === 'mislukt' && (
        <Mislukt
          tekst="De cijfers kunnen nu niet worden opgehaald. Probeer het later opnieuw."
          detail={stand.detail}
        />
      )}
    </div>
  );
}

/** A VT coordinator's own figures: assessments on time, days late, outcomes, feedback. */
export function CijfersVtPage() {
  const nu = kwartaalVan(new Date());
  const { velden, setVelden, vraag, fouten, overzicht, verstuur, foutLijst } = useVraagFormulier<
    Tijdvak,
    'van' | 'tot'
  >({ van: verschuif(nu, -3), tot: nu, indeling: 'kwartaal' }, tijdvakFouten, {
    van: 'vt-cijfers-van',
    tot: 'vt-cijfers-tot',
  });
  const stand = useApi(
    () => getVtCijfers(vraag.van, vraag.tot, vraag.indeling),
    JSON.stringify(vraag),
  );

  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;

  const termijn =
    stand.status === 'klaar'
      ? stand.data.tabellen.find((t) => t.id === 'beoordelingen-termijn')
      : undefined;
  const aandeel = termijn?.kengetallen.find((k) => k.sleutel === 'aandeel-op-tijd');

  return (
    <>
      <title>{`${foutLijst.length > 0 ? 'Fout: ' : ''}Termijnen en uitkomsten – Schakel`}</title>
      <Heading1>Termijnen en uitkomsten</Heading1>
      <Paragraph>
        Hoeveel veiligheidsbeoordelingen van uw Veilig Thuis binnen 5 werkdagen klaar waren, hoeveel
        werkdagen te laat de andere waren, de uitkomsten en de terugkoppeling aan de politie.
      </Paragraph>
      <Foutoverzicht ref={overzicht} fouten={foutLijst} />
      <form onSubmit={verstuur} noValidate aria-label="Periode van de cijfers">
        <TijdvakVelden prefix="vt-cijfers" waarde={velden} fouten={fouten} onChange={setVelden} />
        <Button appearance="primary-action-button" type="submit" busy={stand.status === 'laden'}>
          Toon cijfers
        </Button>
      </form>
      <Status stand={stand} />
      {stand.status === 'klaar' && (
        <>
          <Heading2>{stand.data.organisatie}</Heading2>
          <Afscherming drempel={stand.data.drempel} />
          <div className="schakel-tabel">
            <Table>
              <TableCaption>Aandeel veiligheidsbeoordelingen binnen 5 werkdagen</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">
                    {stand.data.indeling === 'halfjaar' ? 'Halfjaar' : 'Kwartaal'}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">Binnen de termijn</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {stand.data.perioden.map((p, j) => {
                  const v = aandeel?.waarden[j];
                  return (
                    <TableRow key={p.sleutel}>
                      <TableHeaderCell scope="row">{p.naam}</TableHeaderCell>
                      <TableCell>
                        {v === null || v === undefined
                          ? 'niet te tonen'
                          : `${v.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
          {stand.data.tabellen.map((t) => (
            <TabelGrafiek
              key={t.id}
              id={`vt-${t.id}`}
              titel={t.titel}
              tabel={t}
              perioden={stand.data.perioden}
              periodeNaam={stand.data.indeling === 'halfjaar' ? 'Halfjaar' : 'Kwartaal'}
            />
          ))}
        </>
      )}
    </>
  );
}
