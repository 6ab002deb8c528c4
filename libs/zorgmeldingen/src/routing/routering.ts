import { readFileSync } from 'node:fs';
import { amsterdamDatum } from '../termijnen.js';
import { GEMEENTECODES } from '../zorgmelding.schema.js';
import type { Betrokkene, Zorgmelding } from '../zorgmelding.js';

/** One version of the routing table: municipality (CBS code) -> Veilig Thuis organisation. */
export interface RouteringstabelVersie {
  versie: number;
  geldigVanaf: string;
  toelichting?: string;
  gemeenten: { gemeentecode: string; naam: string; veiligThuis: string }[];
}

/** The routing table as versioned data (data/routering.json), oldest version first. */
export const ROUTERINGSTABEL: readonly RouteringstabelVersie[] = laadRouteringstabel(
  JSON.parse(readFileSync(new URL('../data/routering.json', import.meta.url), 'utf8')) as {
    versies: RouteringstabelVersie[];
  },
);

/** Which residence decided: a child's (kind in het gezin), else a victim's. */
export type RouteringsRegel = 'woonplaats-kind' | 'woonplaats-slachtoffer';

/** Why a report goes to the coordinator's exception queue instead of a Veilig Thuis. */
export type UitzonderingsReden =
  'onbekende-gemeente' | 'buiten-de-eenheid' | 'geen-woonplaats-bekend';

interface TabelRef {
  tabelVersie: number;
  tabelGeldigVanaf: string;
}

/** The outcome of routing: always a Veilig Thuis or an exception with a reason, never nothing. */
export type Routering =
  | ({
      uitkomst: 'veilig-thuis';
      veiligThuis: string;
      gemeentecode: string;
      regel: RouteringsRegel;
    } & TabelRef)
  | ({
      uitkomst: 'uitzondering';
      reden: Exclude<UitzonderingsReden, 'geen-woonplaats-bekend'>;
      gemeentecode: string;
      regel: RouteringsRegel;
    } & TabelRef)
  | ({ uitkomst: 'uitzondering'; reden: 'geen-woonplaats-bekend' } & TabelRef);

/**
 * Routes a report by the municipality of residence of the first child in the family (rol
 * `kind-in-het-gezin`) whose residence is known, else of the first victim (`slachtoffer`)
 * whose residence is known. Pure: the table version is the one in force on `op` (Amsterdam
 * date, default now).
 */
export function routeer(
  melding: Pick<Zorgmelding, 'betrokkenen'>,
  op: Date = new Date(),
  tabel: readonly RouteringstabelVersie[] = ROUTERINGSTABEL,
): Routering {
  const versie = versieOp(tabel, amsterdamDatum(op).datum);
  const ref: TabelRef = { tabelVersie: versie.versie, tabelGeldigVanaf: versie.geldigVanaf };
  const betrokkenen = melding.betrokkenen ?? [];
  const kind = eersteMetWoonplaats(betrokkenen, 'kind-in-het-gezin');
  const slachtoffer = eersteMetWoonplaats(betrokkenen, 'slachtoffer');
  const [gemeentecode, regel]: [string, RouteringsRegel] | [undefined, undefined] = kind
    ? [kind, 'woonplaats-kind']
    : slachtoffer
      ? [slachtoffer, 'woonplaats-slachtoffer']
      : [undefined, undefined];
  if (gemeentecode === undefined) {
    return { uitkomst: 'uitzondering', reden: 'geen-woonplaats-bekend', ...ref };
  }
  const rij = versie.gemeenten.find((g) => g.gemeentecode === gemeentecode);
  if (rij)
    return { uitkomst: 'veilig-thuis', veiligThuis: rij.veiligThuis, gemeentecode, regel, ...ref };
  const reden = GEMEENTECODES.has(gemeentecode) ? 'buiten-de-eenheid' : 'onbekende-gemeente';
  return { uitkomst: 'uitzondering', reden, gemeentecode, regel, ...ref };
}

function eersteMetWoonplaats(
  betrokkenen: Betrokkene[],
  rol: Betrokkene['rol'],
): string | undefined {
  return betrokkenen.find((b) => b.rol === rol && b.adres?.gemeentecode)?.adres?.gemeentecode;
}

/** The version in force on a date (the latest whose geldigVanaf is on or before it). */
export function versieOp(
  tabel: readonly RouteringstabelVersie[],
  datum: string,
): RouteringstabelVersie {
  const versie = tabel.filter((v) => v.geldigVanaf <= datum).at(-1);
  if (!versie) throw new Error(`Geen routeringstabel geldig op ${datum}`);
  return versie;
}

/** Checks the table's shape once at load; a broken table must stop the start, not misroute. */
export function laadRouteringstabel(data: {
  versies: RouteringstabelVersie[];
}): readonly RouteringstabelVersie[] {
  const versies = [...data.versies].sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf));
  if (versies.length === 0) throw new Error('Routeringstabel zonder versies');
  let vorige: RouteringstabelVersie | undefined;
  for (const v of versies) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.geldigVanaf)) {
      throw new Error(`Routeringstabel versie ${String(v.versie)}: ongeldige geldigVanaf`);
    }
    if (vorige && v.versie <= vorige.versie) {
      throw new Error('Routeringstabel: versienummers stijgen niet met de datum');
    }
    const codes = v.gemeenten.map((g) => g.gemeentecode);
    if (new Set(codes).size !== codes.length) {
      throw new Error(`Routeringstabel versie ${String(v.versie)}: dubbele gemeente`);
    }
    vorige = v;
  }
  return Object.freeze(versies);
}
