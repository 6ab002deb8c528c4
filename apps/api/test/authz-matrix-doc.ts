import { format, resolveConfig } from 'prettier';
import { apiPad, MATRIX, NAMES, type Row } from './authz-matrix.js';

/*
 * The status table of docs/authorization-matrix.md, rendered from MATRIX. The doc holds it
 * between two markers; authz-matrix-doc.spec.ts compares and, on request, rewrites it.
 */

export const BEGIN = '<!-- matrix:begin -->';
export const EINDE = '<!-- matrix:end -->';

/** The command that rewrites the table; in the doc and in the failure message. */
export const BIJWERKEN_COMMANDO =
  'MATRIX_DOC_BIJWERKEN=1 npm test -- apps/api/test/authz-matrix-doc';

/** Repeats the route of the row above. */
const DITTO = '″';
const KOP = ['route', 'Verwerkingsactiviteit', ...NAMES];

/** One line of the table: route, activity and a status per actor, as in the doc. */
export interface TabelRegel {
  route: string;
  activiteit: string;
  statussen: readonly string[];
}

/** The rows of MATRIX in its order: `/api/v1` in front of the path, `-` as "(none)". */
export function matrixRegels(
  matrix: Readonly<Record<string, Readonly<Record<string, Row>>>> = MATRIX,
): TabelRegel[] {
  return Object.entries(matrix).flatMap(([key, rijen]) => {
    const [method = '', path = ''] = key.split(' ');
    return Object.entries(rijen).map(([doel, rij]) => ({
      route: `\`${method} ${apiPad(path)}\``,
      activiteit: doel === '-' ? '(none)' : `\`${doel}\``,
      statussen: NAMES.map((naam) => String(rij[naam])),
    }));
  });
}

/** The table as markdown, formatted by prettier with the project's settings. */
export async function genereerTabel(
  regels: readonly TabelRegel[] = matrixRegels(),
  docPad?: string,
): Promise<string> {
  const cel = (cellen: readonly string[]): string => `| ${cellen.join(' | ')} |`;
  const tekst = [
    cel(KOP),
    cel(KOP.map(() => '---')),
    ...regels.map((r, i) =>
      cel([
        i > 0 && regels[i - 1]?.route === r.route ? DITTO : r.route,
        r.activiteit,
        ...r.statussen,
      ]),
    ),
  ].join('\n');
  const opties = docPad ? await resolveConfig(docPad) : null;
  return format(tekst, { ...opties, parser: 'markdown' });
}

/** The part of the doc between the markers (without them), or an error naming what is missing. */
export function tabelUitDoc(doc: string): string {
  const begin = doc.indexOf(BEGIN);
  const einde = doc.indexOf(EINDE);
  if (begin < 0 || einde < begin) {
    throw new Error(`docs/authorization-matrix.md must hold ${BEGIN} and then ${EINDE}`);
  }
  return doc.slice(begin + BEGIN.length, einde);
}

/** The doc with the given table between the markers (a blank line on either side). */
export function metTabel(doc: string, tabel: string): string {
  tabelUitDoc(doc);
  const begin = doc.indexOf(BEGIN) + BEGIN.length;
  return `${doc.slice(0, begin)}\n\n${tabel.trimEnd()}\n\n${doc.slice(doc.indexOf(EINDE))}`;
}

/** The rows of a markdown table as written in the doc; ″ takes the route of the row above. */
export function leesTabel(tabel: string): TabelRegel[] {
  const regels: TabelRegel[] = [];
  for (const regel of tabel.split('\n').filter((r) => r.trim().startsWith('|'))) {
    const cellen = regel
      .trim()
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    const [route = '', activiteit = '', ...statussen] = cellen;
    if (route === KOP[0] || /^:?-+:?$/.test(route)) continue;
    regels.push({
      route: route === DITTO ? (regels.at(-1)?.route ?? route) : route,
      activiteit,
      statussen,
    });
  }
  return regels;
}

/**
 * What differs between the doc's rows and MATRIX's, one line each: a changed status names the
 * actor, a row only on one side is shown whole. Empty when the rows are the same (the text may
 * still differ, e.g. in its formatting).
 */
export function verschillen(doc: readonly TabelRegel[], matrix: readonly TabelRegel[]): string[] {
  const sleutel = (r: TabelRegel): string => `${r.route} ${r.activiteit}`;
  const inDoc = new Map(doc.map((r) => [sleutel(r), r]));
  const inMatrix = new Map(matrix.map((r) => [sleutel(r), r]));
  const uit: string[] = [];
  for (const r of matrix) {
    const d = inDoc.get(sleutel(r));
    if (!d) {
      uit.push(`+ ${sleutel(r)}: ${r.statussen.join(' ')} (not in the doc)`);
      continue;
    }
    const anders = NAMES.flatMap((naam, i) =>
      d.statussen[i] === r.statussen[i]
        ? []
        : [`${naam} ${d.statussen[i] ?? '(empty)'} -> ${r.statussen[i] ?? ''}`],
    );
    if (anders.length > 0) uit.push(`~ ${sleutel(r)}: ${anders.join(', ')}`);
  }
  for (const d of doc) {
    if (!inMatrix.has(sleutel(d)))
      uit.push(`- ${sleutel(d)}: ${d.statussen.join(' ')} (not in MATRIX)`);
  }
  if (uit.length === 0 && doc.map(sleutel).join('\n') !== matrix.map(sleutel).join('\n')) {
    uit.push('the rows are the same, but in another order than in MATRIX');
  }
  return uit;
}
