import {
  DataList,
  Heading3,
  Heading4,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { datumTekst, tijdstipTekst } from './texts.js';
import {
  gemeenteTekst,
  MAATREGELEN,
  organisatieTekst,
  RIHG,
  ROLLEN,
  SCORES,
  SOORTEN,
  stapTekst,
  STATUSSEN,
  tekst,
  UITKOMSTEN,
  vatRihgSamen,
  type Betrokkene,
  type Melding,
  type RisicoSamenvatting,
  type TerugkoppelingView,
  type TijdlijnItem,
} from './zorgmelding.js';
import { Rij } from './gegevensrij.js';

const ingevuld = (waarde: string | number | undefined | null) =>
  waarde === undefined || waarde === null || waarde === '' ? 'Niet ingevuld' : String(waarde);

export function naamVan(b: Betrokkene): string {
  const i = b.identiteit ?? {};
  const naam = [i.voornamen, i.voorvoegsel, i.geslachtsnaam].filter(Boolean).join(' ');
  return naam || 'Naam onbekend';
}

/** 3011AB → 3011 AB (the schema keeps it without the space). */
export function postcodeTekst(postcode: string | undefined): string {
  if (!postcode) return '';
  const p = postcode.replace(/\s+/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(p) ? `${p.slice(0, 4)} ${p.slice(4)}` : postcode;
}

function adresTekst(b: Betrokkene): string {
  const a = b.adres;
  if (!a) return 'Niet ingevuld';
  const nummer =
    a.huisnummer === undefined || a.huisnummer === ''
      ? ''
      : `${String(a.huisnummer)}${a.huisletter ?? ''}${
          a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''
        }`;
  const straat = [a.straat, nummer].filter(Boolean).join(' ');
  const plaats = [postcodeTekst(a.postcode), a.woonplaats].filter(Boolean).join(' ');
  return (
    [straat, plaats, a.gemeentecode ? `gemeente ${gemeenteTekst(a.gemeentecode)}` : '']
      .filter(Boolean)
      .join(', ') || 'Niet ingevuld'
  );
}

/** Each part of the report, under headings of level `niveau` (3 by default). */
export function MeldingInhoud({
  melding,
  acties,
  zonderRihg = false,
}: {
  melding: Melding;
  acties?: ReactNode[];
  /** The RiHG is shown elsewhere on the page (once). */
  zonderRihg?: boolean;
}) {
  const inc = melding.incident ?? {};
  const risico = RIHG.some((d) => melding.risicotaxatie?.[d.deel]);
  return (
    <>
      <Heading3>Incident</Heading3>
      <DataList appearance="rows">
        <Rij label="Soort zorg">{inc.soort ? tekst(SOORTEN, inc.soort) : 'Niet ingevuld'}</Rij>
        <Rij label="Datum">{inc.datum ? datumTekst(inc.datum) : 'Niet ingevuld'}</Rij>
        <Rij label="Tijdstip">{ingevuld(inc.tijdstip)}</Rij>
        <Rij label="Plaats">{ingevuld(inc.plaats?.omschrijving)}</Rij>
        <Rij label="Gemeente van het incident">{gemeenteTekst(inc.plaats?.gemeentecode)}</Rij>
        <Rij label="Kinderen aanwezig">
          {melding.kinderenAanwezig === undefined
            ? 'Niet ingevuld'
            : melding.kinderenAanwezig
              ? 'Ja'
              : 'Nee'}
        </Rij>
      </DataList>
      {acties?.[0]}

      <Heading3>Betrokkenen</Heading3>
      {(melding.betrokkenen ?? []).length === 0 ? (
        <Paragraph>Geen betrokkenen ingevuld.</Paragraph>
      ) : (
        (melding.betrokkenen ?? []).map((b, i) => (
          <DataList key={i} appearance="rows" aria-label={`Betrokkene ${String(i + 1)}`}>
            <Rij label={`Betrokkene ${String(i + 1)}`}>
              {naamVan(b)}, {b.rol ? tekst(ROLLEN, b.rol).toLowerCase() : 'rol onbekend'}
            </Rij>
            <Rij label="BSN">{ingevuld(b.identiteit?.bsn)}</Rij>
            <Rij label="Geboortedatum">
              {b.identiteit?.geboortedatum ? datumTekst(b.identiteit.geboortedatum) : 'Onbekend'}
            </Rij>
            <Rij label="Adres">{adresTekst(b)}</Rij>
          </DataList>
        ))
      )}
      {acties?.[1]}

      {!zonderRihg && (
        <>
          <Heading3>Risicotaxatie (RiHG)</Heading3>
          {risico ? (
            <RihgSignalen melding={melding} niveau={4} />
          ) : (
            <Paragraph>Geen risicotaxatie ingevuld.</Paragraph>
          )}
          {acties?.[2]}
        </>
      )}

      <Heading3>Relaas en maatregelen</Heading3>
      <DataList appearance="rows">
        <Rij label="Relaas">
          <span className="schakel-relaas">{ingevuld(melding.relaas)}</span>
        </Rij>
        <Rij label="Genomen maatregelen">
          {(melding.maatregelen ?? []).length === 0
            ? 'Geen'
            : (melding.maatregelen ?? []).map((m) => tekst(MAATREGELEN, m.soort)).join(', ')}
        </Rij>
        <Rij label="Opsteller">
          {[
            melding.opsteller?.naam,
            melding.opsteller?.team,
            melding.opsteller?.telefoon,
            melding.opsteller?.email,
          ]
            .filter(Boolean)
            .join(', ') || 'Niet ingevuld'}
        </Rij>
      </DataList>
      {acties?.[3]}
    </>
  );
}

/**
 * The full RiHG, signal by signal, for each part with its counts once: what Veilig Thuis reads
 * (never colour alone: the score is in words).
 */
export function RihgSignalen({
  melding,
  samenvatting,
  niveau,
}: {
  melding: Melding;
  samenvatting?: RisicoSamenvatting;
  /** The level of each part's heading. */
  niveau: 3 | 4;
}) {
  const Kop = niveau === 3 ? Heading3 : Heading4;
  const som = samenvatting ?? vatRihgSamen(melding.risicotaxatie);
  return (
    <>
      <Paragraph>
        {som.huisverbodIndicatie
          ? 'Let op: twee of meer keer rood in één deel. Dit wijst op een tijdelijk huisverbod.'
          : 'Geen deel heeft twee of meer keer rood.'}
      </Paragraph>
      {RIHG.map(({ deel, titel, signalen }) => {
        const d = som.delen[deel];
        return (
          <section key={deel} aria-label={titel} className="schakel-rihg-signalen">
            <Kop>{titel}</Kop>
            <Paragraph>
              Rood {d.rood}, blauw {d.blauw}, geel {d.geel}, onbekend {d.onbekend}, niet ingevuld{' '}
              {d.nietIngevuld}
              {d.huisverbodIndicatie ? '. Wijst op een tijdelijk huisverbod.' : '.'}
            </Paragraph>
            <DataList appearance="rows">
              {signalen.map(([signaal, naam]) => {
                const score = melding.risicotaxatie?.[deel]?.[signaal];
                return (
                  <Rij key={signaal} label={naam}>
                    <span className={score ? `schakel-score schakel-score--${score}` : undefined}>
                      {score ? tekst(SCORES, score) : 'Niet ingevuld'}
                    </span>
                  </Rij>
                );
              })}
            </DataList>
          </section>
        );
      })}
    </>
  );
}

/** The RiHG per part: the counts (the server's, when given) and the huisverbod indication. */
export function RihgTabel({
  samenvatting,
  melding,
}: {
  samenvatting: RisicoSamenvatting | undefined;
  melding?: Melding;
}) {
  return (
    // A wide table may scroll sideways (390 px): the region takes the keyboard focus for that.
    <div
      className="schakel-tabel"
      role="region"
      aria-label="Samenvatting van de risicotaxatie per deel"
      tabIndex={0}
    >
      <Table>
        <TableCaption>Samenvatting van de risicotaxatie per deel</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Deel</TableHeaderCell>
            <TableHeaderCell scope="col">Rood</TableHeaderCell>
            <TableHeaderCell scope="col">Blauw</TableHeaderCell>
            <TableHeaderCell scope="col">Geel</TableHeaderCell>
            <TableHeaderCell scope="col">Onbekend</TableHeaderCell>
            <TableHeaderCell scope="col">Niet ingevuld</TableHeaderCell>
            <TableHeaderCell scope="col">Wijst op huisverbod</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {RIHG.map(({ deel, titel, signalen }) => {
            const scores = melding?.risicotaxatie?.[deel] ?? {};
            const d = samenvatting?.delen[deel] ?? {
              rood: signalen.filter(([s]) => scores[s] === 'rood').length,
              blauw: signalen.filter(([s]) => scores[s] === 'blauw').length,
              geel: signalen.filter(([s]) => scores[s] === 'geel').length,
              onbekend: signalen.filter(([s]) => scores[s] === 'onbekend').length,
              nietIngevuld: signalen.filter(([s]) => scores[s] === undefined).length,
              huisverbodIndicatie: signalen.filter(([s]) => scores[s] === 'rood').length >= 2,
            };
            return (
              <TableRow key={deel}>
                <TableHeaderCell scope="row">{titel}</TableHeaderCell>
                <TableCell>{d.rood}</TableCell>
                <TableCell>{d.blauw}</TableCell>
                <TableCell>{d.geel}</TableCell>
                <TableCell>{d.onbekend}</TableCell>
                <TableCell>{d.nietIngevuld}</TableCell>
                <TableCell>
                  {d.huisverbodIndicatie ? <strong>Ja: 2 of meer keer rood</strong> : 'Nee'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** The status timeline, oldest first. */
export function Tijdlijn({ items = [] }: { items?: TijdlijnItem[] }) {
  return (
    <OrderedList>
      {items.map((item, i) => (
        <OrderedListItem key={i}>
          {tijdstipTekst(item.tijd)}: {stapTekst(item.stap)} ({tekst(STATUSSEN, item.status)}),{' '}
          {organisatieTekst(item.organisatie)}
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}

/** What Veilig Thuis told the reporter: status, outcome category, message. */
export function TerugkoppelingBlok({ t }: { t?: TerugkoppelingView }) {
  if (!t || t.status === 'geen') {
    return <Paragraph>Veilig Thuis heeft nog geen terugkoppeling gegeven.</Paragraph>;
  }
  return (
    <DataList appearance="rows">
      <Rij label="Status terugkoppeling">Gegeven</Rij>
      <Rij label="Uitkomst">{tekst(UITKOMSTEN, t.uitkomstcategorie)}</Rij>
      <Rij label="Bericht van Veilig Thuis">{t.bericht ?? 'Geen bericht'}</Rij>
      <Rij label="Gegeven op">{t.gegevenOp ? tijdstipTekst(t.gegevenOp) : 'Onbekend'}</Rij>
    </DataList>
  );
}
