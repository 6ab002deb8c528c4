import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { datumTekst } from './texts.js';

export interface Lijn {
  naam: string;
  /** Per period; `null` is a value that is not shown (small-number protection): a gap. */
  aantallen: (number | null)[];
}

/*
 * Plain SVG, no chart library: a few lines over time need little code, and an SVG we write
 * ourselves gets a proper title, description and data table. Lines differ in colour (each at
 * least 3:1 against white), dash pattern and marker, so colour is never the only cue.
 */
const KLEUREN = ['#00691a', '#0b3c6f', '#b3001b', '#6b2c91', '#8a4b00', '#333333'];
const STREPEN = ['', '8 4', '2 3', '12 4 2 4', '6 2', '1 5'];
type Vorm = 'rondje' | 'vierkant' | 'driehoek' | 'ruit';
const VORMEN: Vorm[] = ['rondje', 'vierkant', 'driehoek', 'ruit'];

const B = 720;
const H = 300;
const LINKS = 56;
const RECHTS = 16;
const BOVEN = 16;
const ONDER = 48;

function stap(max: number): number {
  const ruw = Math.max(1, max / 4);
  const macht = 10 ** Math.floor(Math.log10(ruw));
  const factor = [1, 2, 5, 10].find((f) => f * macht >= ruw) ?? 10;
  return Math.max(1, Math.round(factor * macht));
}

function Markering({ vorm, x, y, kleur }: { vorm: Vorm; x: number; y: number; kleur: string }) {
  switch (vorm) {
    case 'rondje':
      return <circle cx={x} cy={y} r={3.5} fill={kleur} />;
    case 'vierkant':
      return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={kleur} />;
    case 'driehoek':
      return (
        <path d={`M${x},${y - 4.5} L${x + 4.5},${y + 3.5} L${x - 4.5},${y + 3.5} Z`} fill={kleur} />
      );
    case 'ruit':
      return (
        <path d={`M${x},${y - 5} L${x + 5},${y} L${x},${y + 5} L${x - 5},${y} Z`} fill={kleur} />
      );
  }
}

const stijl = (i: number) => ({
  kleur: KLEUREN[i % KLEUREN.length] ?? '#333333',
  streep: STREPEN[i % STREPEN.length] ?? '',
  vorm: VORMEN[i % VORMEN.length] ?? 'rondje',
});

const som = (a: (number | null)[]) => a.reduce<number>((x, y) => x + (y ?? 0), 0);

/** The text alternative: per line its total and its highest period, and what is not shown. */
function samenvatting(
  perioden: string[],
  lijnen: Lijn[],
  eenheid: [string, string],
  periodeTekst: (p: string) => string,
): string {
  const hoeveel = (n: number) => `${String(n)} ${n === 1 ? eenheid[0] : eenheid[1]}`;
  if (perioden.length === 0) return 'Geen perioden.';
  const bereik = `Van ${periodeTekst(perioden[0] ?? '')} tot en met ${periodeTekst(perioden[perioden.length - 1] ?? '')}.`;
  const delen = lijnen
    .filter((l) => som(l.aantallen) > 0 || l.aantallen.includes(null))
    .map((l) => {
      const getoond = l.aantallen.filter((v): v is number => v !== null);
      const weg = l.aantallen.length - getoond.length;
      const verborgen =
        weg > 0
          ? ` ${String(weg)} ${weg === 1 ? 'periode is' : 'perioden zijn'} afgeschermd (klein aantal).`
          : '';
      if (getoond.length === 0 || som(getoond) === 0) {
        return `${l.naam}: niets getoond.${verborgen}`;
      }
      const hoogste = Math.max(...getoond);
      const waar = perioden[l.aantallen.indexOf(hoogste)] ?? '';
      const totaal = weg > 0 ? 'in de getoonde perioden' : 'in totaal';
      return `${l.naam}: ${hoeveel(som(getoond))} ${totaal}, de meeste (${String(hoogste)}) in ${periodeTekst(waar)}.${verborgen}`;
    });
  return [bereik, ...(delen.length > 0 ? delen : [`Geen ${eenheid[1]} in deze periode.`])].join(
    ' ',
  );
}

/** The runs of consecutive shown values of a line: a suppressed value breaks the line. */
function stukken(aantallen: (number | null)[]): { i: number; v: number }[][] {
  const uit: { i: number; v: number }[][] = [];
  let huidig: { i: number; v: number }[] = [];
  aantallen.forEach((v, i) => {
    if (v === null) {
      if (huidig.length > 0) uit.push(huidig);
      huidig = [];
    } else huidig.push({ i, v });
  });
  if (huidig.length > 0) uit.push(huidig);
  return uit;
}

/**
 * A line chart of counts over time, with its title and a text alternative for screen
 * readers, a legend, and the same numbers as a table (behind a disclosure).
 */
export function Lijngrafiek({
  id,
  titel,
  perioden,
  lijnen,
  eenheid,
  periodeNaam,
  periodeTekst = datumTekst,
}: {
  id: string;
  titel: string;
  perioden: string[];
  lijnen: Lijn[];
  /** What is counted, singular and plural, e.g. ["weigering", "weigeringen"]. */
  eenheid: [string, string];
  /** Column header of the periods, e.g. "Dag" or "Week vanaf". */
  periodeNaam: string;
  /** How a period reads (default: a date, "3 november 2026"). */
  periodeTekst?: (p: string) => string;
}) {
  const n = perioden.length;
  const max = Math.max(0, ...lijnen.flatMap((l) => l.aantallen.map((v) => v ?? 0)));
  const s = stap(max);
  const top = Math.max(s, Math.ceil(max / s) * s);
  const breedte = B - LINKS - RECHTS;
  const hoogte = H - BOVEN - ONDER;
  const x = (i: number) => LINKS + (n <= 1 ? breedte / 2 : (i * breedte) / (n - 1));
  const y = (v: number) => BOVEN + hoogte - (v / top) * hoogte;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += s) ticks.push(t);
  const elke = Math.max(1, Math.ceil(n / 8));
  const markeringen = n <= 62;
  const tekst = samenvatting(perioden, lijnen, eenheid, periodeTekst);

  return (
    <section aria-labelledby={`${id}-kop`} className="schakel-grafiek">
      <Heading2 id={`${id}-kop`}>{titel}</Heading2>
      <figure className="schakel-grafiek__figuur">
        <svg
          role="img"
          aria-labelledby={`${id}-titel`}
          aria-describedby={`${id}-omschrijving`}
          viewBox={`0 0 ${String(B)} ${String(H)}`}
          className="schakel-grafiek__svg"
        >
          <title id={`${id}-titel`}>{titel}</title>
          {ticks.map((t) => (
            <g key={t}>
              <line
                x1={LINKS}
                x2={B - RECHTS}
                y1={y(t)}
                y2={y(t)}
                stroke="#c4c4c4"
                strokeWidth={1}
              />
              <text x={LINKS - 8} y={y(t) + 4} textAnchor="end" fontSize={12} fill="#333333">
                {t}
              </text>
            </g>
          ))}
          <line x1={LINKS} x2={LINKS} y1={BOVEN} y2={BOVEN + hoogte} stroke="#333333" />
          <line
            x1={LINKS}
            x2={B - RECHTS}
            y1={BOVEN + hoogte}
            y2={BOVEN + hoogte}
            stroke="#333333"
          />
          {perioden.map((p, i) =>
            i % elke === 0 ? (
              <text
                key={p}
                x={x(i)}
                y={H - ONDER + 20}
                textAnchor="middle"
                fontSize={12}
                fill="#333333"
              >
                {periodeTekst === datumTekst
                  ? datumTekst(p).replace(/ \d{4}$/, '')
                  : p.replace(/^(\d{4})-(.+)$/, '$2 $1')}
              </text>
            ) : null,
          )}
          {lijnen.map((l, li) => {
            const { kleur, streep, vorm } = stijl(li);
            return (
              <g key={l.naam}>
                {stukken(l.aantallen).map((stuk) => (
                  <polyline
                    key={stuk[0]?.i}
                    points={stuk.map(({ i, v }) => `${String(x(i))},${String(y(v))}`).join(' ')}
                    fill="none"
                    stroke={kleur}
                    strokeWidth={2.5}
                    strokeDasharray={streep || undefined}
                  />
                ))}
                {(markeringen || n === 1) &&
                  l.aantallen.map((v, i) =>
                    v === null ? null : (
                      <Markering key={i} vorm={vorm} x={x(i)} y={y(v)} kleur={kleur} />
                    ),
                  )}
              </g>
            );
          })}
        </svg>
        <figcaption>
          <ul className="schakel-legenda" aria-label={`Legenda bij ${titel}`}>
            {lijnen.map((l, li) => {
              const { kleur, streep, vorm } = stijl(li);
              return (
                <li key={l.naam}>
                  <svg width={36} height={14} aria-hidden="true" focusable="false">
                    <line
                      x1={2}
                      x2={34}
                      y1={7}
                      y2={7}
                      stroke={kleur}
                      strokeWidth={2.5}
                      strokeDasharray={streep || undefined}
                    />
                    <Markering vorm={vorm} x={18} y={7} kleur={kleur} />
                  </svg>
                  {l.naam}
                </li>
              );
            })}
          </ul>
        </figcaption>
      </figure>
      <Paragraph id={`${id}-omschrijving`}>{tekst}</Paragraph>
      <details className="schakel-grafiek__tabel">
        <summary>Toon de cijfers van „{titel}” als tabel</summary>
        <div className="schakel-tabel">
          <Table>
            <TableCaption>{titel}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{periodeNaam}</TableHeaderCell>
                {lijnen.map((l) => (
                  <TableHeaderCell scope="col" key={l.naam}>
                    {l.naam}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {perioden.map((p, i) => (
                <TableRow key={p}>
                  <TableHeaderCell scope="row">{periodeTekst(p)}</TableHeaderCell>
                  {lijnen.map((l) => (
                    <TableCell key={l.naam}>
                      {l.aantallen[i] === null ? 'afgeschermd' : (l.aantallen[i] ?? 0)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </details>
    </section>
  );
}

export interface Stroom {
  van: string;
  naar: string;
  categorie: string;
  /** AVG article of a special (9) or criminal (10) category, else null. */
  artikel: '9' | '10' | null;
  aantal: number;
}

/** Splits a name into lines of at most `max` characters, at spaces. */
function regels(naam: string, max = 30): string[] {
  const uit: string[] = [];
  for (const woord of naam.split(' ')) {
    const laatste = uit[uit.length - 1];
    if (laatste !== undefined && `${laatste} ${woord}`.length <= max) {
      uit[uit.length - 1] = `${laatste} ${woord}`;
    } else uit.push(woord);
  }
  return uit;
}

const artikelKort = (a: '9' | '10' | null) => (a ? ` (art. ${a})` : '');
const keer = (n: number) => `${String(n)} keer`;

/** Flows per pair of organisations, in a stable order. */
function paren(stromen: Stroom[]) {
  const map = new Map<string, { van: string; naar: string; delen: Stroom[] }>();
  for (const s of stromen) {
    const sleutel = `${s.van}\u0000${s.naar}`;
    const paar = map.get(sleutel) ?? { van: s.van, naar: s.naar, delen: [] };
    paar.delen.push(s);
    map.set(sleutel, paar);
  }
  return [...map.values()].sort(
    (a, b) => a.van.localeCompare(b.van, 'nl') || a.naar.localeCompare(b.naar, 'nl'),
  );
}

/** The text alternative of the flow chart: who shared what with whom, how often. */
export function stroomSamenvatting(stromen: Stroom[]): string {
  const lijst = paren(stromen);
  if (lijst.length === 0) return 'Geen uitwisselingen in deze periode.';
  const zinnen = lijst.map(
    (p) =>
      `${p.van} verstrekte aan ${p.naar}: ${p.delen
        .map(
          (d) =>
            `${d.categorie}${d.artikel === '9' ? ' (bijzonder persoonsgegeven, art. 9 AVG)' : d.artikel === '10' ? ' (strafrechtelijk gegeven, art. 10 AVG)' : ''} ${keer(d.aantal)}`,
        )
        .join(', ')}.`,
  );
  const gevoelig = stromen.filter((s) => s.artikel).reduce((n, s) => n + s.aantal, 0);
  return [
    `${String(lijst.length)} ${lijst.length === 1 ? 'stroom' : 'stromen'} tussen organisaties.`,
    ...zinnen,
    gevoelig > 0
      ? `${String(gevoelig)} keer werden bijzondere of strafrechtelijke gegevens verstrekt.`
      : 'Er werden geen bijzondere of strafrechtelijke gegevens verstrekt.',
  ].join(' ');
}

/**
 * The flows of personal data between organisations: senders on the left, recipients on the
 * right, one line per pair labelled with its categories and counts. A line that carries
 * special (art. 9) or criminal (art. 10) data is red and dashed, and says so in its label;
 * a text summary and a table carry the same information.
 */
export function Stroomgrafiek({
  id,
  titel,
  stromen,
}: {
  id: string;
  titel: string;
  stromen: Stroom[];
}) {
  const lijst = paren(stromen);
  const verstrekkers = [...new Set(lijst.map((p) => p.van))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  const ontvangers = [...new Set(lijst.map((p) => p.naar))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  const BREED = 760;
  const VAK = 210;
  const RIJ = 84;
  const KOP = 36;
  const VAKHOOG = 60;
  const hoog = KOP + Math.max(1, verstrekkers.length, ontvangers.length) * RIJ;
  const yVan = (naam: string) => KOP + verstrekkers.indexOf(naam) * RIJ + VAKHOOG / 2;
  const yNaar = (naam: string) => KOP + ontvangers.indexOf(naam) * RIJ + VAKHOOG / 2;
  const x1 = 8 + VAK;
  const x2 = BREED - 8 - VAK;
  const tekst = stroomSamenvatting(stromen);

  const vak = (naam: string, x: number, y: number) => {
    const r = regels(naam);
    return (
      <g key={`${String(x)}-${naam}`}>
        <rect
          x={x}
          y={y - VAKHOOG / 2}
          width={VAK}
          height={VAKHOOG}
          rx={4}
          fill="#ffffff"
          stroke="#333333"
        />
        {r.map((regel, i) => (
          <text
            key={i}
            x={x + VAK / 2}
            y={y + (i - (r.length - 1) / 2) * 15 + 4}
            textAnchor="middle"
            fontSize={12}
            fill="#1a1a1a"
          >
            {regel}
          </text>
        ))}
      </g>
    );
  };

  return (
    <section aria-labelledby={`${id}-kop`} className="schakel-grafiek">
      <Heading2 id={`${id}-kop`}>{titel}</Heading2>
      {lijst.length === 0 ? (
        <Paragraph>{tekst}</Paragraph>
      ) : (
        <>
          <figure className="schakel-grafiek__figuur">
            <svg
              role="img"
              aria-labelledby={`${id}-titel`}
              aria-describedby={`${id}-omschrijving`}
              viewBox={`0 0 ${String(BREED)} ${String(hoog)}`}
              className="schakel-grafiek__svg schakel-stromen__svg"
            >
              <title id={`${id}-titel`}>{titel}</title>
              <defs>
                <marker
                  id={`${id}-pijl`}
                  viewBox="0 0 10 10"
                  refX={9}
                  refY={5}
                  markerWidth={7}
                  markerHeight={7}
                  orient="auto"
                >
                  <path d="M0,0 L10,5 L0,10 Z" fill="#333333" />
                </marker>
              </defs>
              <text x={8} y={20} fontSize={13} fontWeight="bold" fill="#1a1a1a">
                Verstrekt door
              </text>
              <text
                x={BREED - 8}
                y={20}
                fontSize={13}
                fontWeight="bold"
                fill="#1a1a1a"
                textAnchor="end"
              >
                Ontvangen door
              </text>
              {lijst.map((p, i) => {
                const ya = yVan(p.van);
                const yb = yNaar(p.naar);
                const gevoelig = p.delen.some((d) => d.artikel);
                const totaal = p.delen.reduce((n, d) => n + d.aantal, 0);
                const midden = (x1 + x2) / 2;
                // Labels spread along their lines, so crossing lines do not stack them.
                const t = lijst.length === 1 ? 0.5 : 0.3 + (0.4 * i) / (lijst.length - 1);
                const bx =
                  (1 - t) ** 3 * x1 +
                  3 * (1 - t) ** 2 * t * midden +
                  3 * (1 - t) * t ** 2 * midden +
                  t ** 3 * (x2 - 4);
                const by =
                  (1 - t) ** 3 * ya +
                  3 * (1 - t) ** 2 * t * ya +
                  3 * (1 - t) * t ** 2 * yb +
                  t ** 3 * yb;
                const labels = p.delen.map(
                  (d) => `${d.categorie}${artikelKort(d.artikel)}: ${keer(d.aantal)}`,
                );
                const breedte = Math.max(...labels.map((l) => l.length)) * 6.4 + 10;
                return (
                  <g key={`${p.van}-${p.naar}`}>
                    <path
                      d={`M${String(x1)},${String(ya)} C${String(midden)},${String(ya)} ${String(midden)},${String(yb)} ${String(x2 - 4)},${String(yb)}`}
                      fill="none"
                      stroke={gevoelig ? '#b3001b' : '#0b3c6f'}
                      strokeWidth={1.5 + Math.min(5, totaal)}
                      strokeDasharray={gevoelig ? '9 5' : undefined}
                      markerEnd={`url(#${id}-pijl)`}
                    />
                    <rect
                      x={bx - breedte / 2}
                      y={by - 9 - ((labels.length - 1) * 14) / 2}
                      width={breedte}
                      height={labels.length * 14 + 4}
                      fill="#ffffff"
                      stroke={gevoelig ? '#b3001b' : '#0b3c6f'}
                      rx={3}
                    />
                    {labels.map((l, j) => (
                      <text
                        key={l}
                        x={bx}
                        y={by + 3 + (j - (labels.length - 1) / 2) * 14}
                        textAnchor="middle"
                        fontSize={11}
                        fill="#1a1a1a"
                      >
                        {l}
                      </text>
                    ))}
                  </g>
                );
              })}
              {verstrekkers.map((v) => vak(v, 8, yVan(v)))}
              {ontvangers.map((o) => vak(o, x2, yNaar(o)))}
            </svg>
            <figcaption>
              <ul className="schakel-legenda" aria-label={`Legenda bij ${titel}`}>
                <li>
                  <svg width={36} height={14} aria-hidden="true" focusable="false">
                    <line x1={2} x2={34} y1={7} y2={7} stroke="#0b3c6f" strokeWidth={3} />
                  </svg>
                  Gewone persoonsgegevens
                </li>
                <li>
                  <svg width={36} height={14} aria-hidden="true" focusable="false">
                    <line
                      x1={2}
                      x2={34}
                      y1={7}
                      y2={7}
                      stroke="#b3001b"
                      strokeWidth={3}
                      strokeDasharray="9 5"
                    />
                  </svg>
                  Met bijzondere (art. 9 AVG) of strafrechtelijke (art. 10 AVG) gegevens
                </li>
                <li>Dikkere lijn: vaker verstrekt</li>
              </ul>
            </figcaption>
          </figure>
          <Paragraph id={`${id}-omschrijving`}>{tekst}</Paragraph>
          <details className="schakel-grafiek__tabel">
            <summary>Toon de stromen van „{titel}” als tabel</summary>
            <div className="schakel-tabel">
              <Table>
                <TableCaption>{titel}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Verstrekt door</TableHeaderCell>
                    <TableHeaderCell scope="col">Ontvangen door</TableHeaderCell>
                    <TableHeaderCell scope="col">Gegevenscategorie</TableHeaderCell>
                    <TableHeaderCell scope="col">Aantal keer</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {lijst.flatMap((p) =>
                    p.delen.map((d) => (
                      <TableRow key={`${p.van}-${p.naar}-${d.categorie}`}>
                        <TableHeaderCell scope="row">{p.van}</TableHeaderCell>
                        <TableCell>{p.naar}</TableCell>
                        <TableCell>
                          {d.categorie}
                          {d.artikel === '9' && ' (bijzonder persoonsgegeven, art. 9 AVG)'}
                          {d.artikel === '10' && ' (strafrechtelijk gegeven, art. 10 AVG)'}
                        </TableCell>
                        <TableCell>{d.aantal}</TableCell>
                      </TableRow>
                    )),
                  )}
                </TableBody>
              </Table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
