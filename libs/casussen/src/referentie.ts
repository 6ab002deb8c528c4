import { readFileSync } from 'node:fs';

/** Statuses of a casus, in lifecycle order. */
export const CASUS_STATUSSEN = [
  'aangemeld',
  'in-triage',
  'geaccepteerd',
  'afgewezen',
  'actief',
  'afgesloten',
] as const;
export type Casusstatus = (typeof CASUS_STATUSSEN)[number];

export const STATUS_NAMEN: Record<Casusstatus, string> = {
  aangemeld: 'Aangemeld',
  'in-triage': 'In triage',
  geaccepteerd: 'Geaccepteerd',
  afgewezen: 'Afgewezen',
  actief: 'Actief',
  afgesloten: 'Afgesloten',
};

/** Life domains of a signal (leefdomeinen of the zelfredzaamheidsmatrix, condensed). */
export const LEVENSDOMEINEN = {
  financien: 'Financiën',
  wonen: 'Wonen',
  'werk-en-dagbesteding': 'Werk en dagbesteding',
  gezondheid: 'Lichamelijke gezondheid',
  'psychische-gezondheid': 'Psychische gezondheid',
  verslaving: 'Verslaving',
  justitie: 'Justitie',
  'gezin-en-relaties': 'Gezin en relaties',
  opvoeding: 'Opvoeding',
  'sociaal-netwerk': 'Sociaal netwerk',
} as const;
export type Levensdomein = keyof typeof LEVENSDOMEINEN;

/**
 * Data categories of the need-to-know scopes and exchanges. `naam` is the category's name in
 * the processing register (and in the processing log); `avgArtikel` flags special categories
 * (AVG art. 9) and criminal data (AVG art. 10).
 */
export const CATEGORIEEN = {
  identificatie: { naam: 'identificatie', avgArtikel: null },
  woonsituatie: { naam: 'woonsituatie', avgArtikel: null },
  gezondheid: { naam: 'gezondheid', avgArtikel: '9' },
  'justitiele-gegevens': { naam: 'justitiële gegevens', avgArtikel: '10' },
  financien: { naam: 'financiën', avgArtikel: null },
  'gezin-en-jeugd': { naam: 'gezin en jeugd', avgArtikel: null },
} as const satisfies Record<string, { naam: string; avgArtikel: '9' | '10' | null }>;
export type Categorie = keyof typeof CATEGORIEEN;
export const CATEGORIE_CODES = Object.keys(CATEGORIEEN) as Categorie[];

export const categorieNamen = (codes: readonly string[]): string[] =>
  codes.map((c) => (c in CATEGORIEEN ? CATEGORIEEN[c as Categorie].naam : c));

/** The scope the sleutelpartner gets on acceptance; the directing ZVH always sees all. */
export const SCOPE_SLEUTELPARTNER: Categorie[] = [
  'identificatie',
  'woonsituatie',
  'gezin-en-jeugd',
];

/** Reasons not to inform the person (recorded, reviewed again at closure). */
export const REDENEN_NIET_INFORMEREN = {
  'lopend-strafrechtelijk-onderzoek': 'Lopend strafrechtelijk onderzoek',
  veiligheidsrisico: 'Veiligheidsrisico voor de betrokkene of anderen',
} as const;

export const ROLLEN_BETROKKENE = ['hoofdpersoon', 'gezinslid', 'overig'] as const;

/** The national criteria, "(a en b en c) of d": the rule of `@schakel/regels`. */
export { criteriaVoldaan, type Criteria } from '@schakel/regels';

export interface ThemaData {
  id: string;
  naam: string;
  /** The processing activity (register id) that governs cases of this theme. */
  activiteit: string;
}

export const THEMAS: readonly ThemaData[] = (
  JSON.parse(readFileSync(new URL('./data/themas.json', import.meta.url), 'utf8')) as {
    themas: ThemaData[];
  }
).themas;

/** Steps and the statuses they may start from. */
export const OVERGANGEN = {
  opschalen: ['aangemeld'],
  triageren: ['in-triage'],
  uitnodigen: ['geaccepteerd', 'actief'],
  deelname: ['actief', 'geaccepteerd'],
  uitwisselen: ['actief'],
  informeren: ['geaccepteerd', 'actief'],
  afsluiten: ['geaccepteerd', 'actief'],
} as const satisfies Record<string, readonly Casusstatus[]>;
export type Casusstap = keyof typeof OVERGANGEN;

export function magCasusstap(stap: Casusstap, status: string): boolean {
  return (OVERGANGEN[stap] as readonly string[]).includes(status);
}
