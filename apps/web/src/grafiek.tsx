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
  aantallen: number[];
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

const som = (a: number[]) => a.reduce((x, y) => x + y, 0);

/** The text alternative: per line its total and its highest period. */
function samenvatting(perioden: string[], lijnen: Lijn[], eenheid: [string, string]): string {
  const hoeveel = (n: number) => `${String(n)} ${n === 1 ? eenheid[0] : eenheid[1]}`;
  if (perioden.length === 0) return 'Geen perioden.';
  const bereik = `Van ${datumTekst(perioden[0] ?? '')} tot en met ${datumTekst(perioden[perioden.length - 1] ?? '')}.`;
  const delen = lijnen
    .filter((l) => som(l.aantallen) > 0)
    .map((l) => {
      const hoogste = Math.max(...l.aantallen);
      const waar = perioden[l.aantallen.indexOf(hoogste)] ?? '';
      return `${l.naam}: ${hoeveel(som(l.aantallen))} in totaal, de meeste (${String(hoogste)}) in de periode van ${datumTekst(waar)}.`;
    });
  return [bereik, ...(delen.length > 0 ? delen : [`Geen ${eenheid[1]} in deze periode.`])].join(
    ' ',
  );
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
}: {
  id: string;
  titel: string;
  perioden: string[];
  lijnen: Lijn[];
  /** What is counted, singular and plural, e.g. ["weigering", "weigeringen"]. */
  eenheid: [string, string];
  /** Column header of the periods, e.g. "Dag" or "Week vanaf". */
  periodeNaam: string;
}) {
  const n = perioden.length;
  const max = Math.max(0, ...lijnen.flatMap((l) => l.aantallen));
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
  const tekst = samenvatting(perioden, lijnen, eenheid);

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
                {datumTekst(p).replace(/ \d{4}$/, '')}
              </text>
            ) : null,
          )}
          {lijnen.map((l, li) => {
            const { kleur, streep, vorm } = stijl(li);
            return (
              <g key={l.naam}>
                <polyline
                  points={l.aantallen.map((v, i) => `${String(x(i))},${String(y(v))}`).join(' ')}
                  fill="none"
                  stroke={kleur}
                  strokeWidth={2.5}
                  strokeDasharray={streep || undefined}
                />
                {(markeringen || n === 1) &&
                  l.aantallen.map((v, i) => (
                    <Markering key={i} vorm={vorm} x={x(i)} y={y(v)} kleur={kleur} />
                  ))}
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
                  <TableHeaderCell scope="row">{datumTekst(p)}</TableHeaderCell>
                  {lijnen.map((l) => (
                    <TableCell key={l.naam}>{l.aantallen[i] ?? 0}</TableCell>
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
