import { loadOrganisaties } from '@schakel/identity';
import { ROUTERINGSTABEL } from './routing/routering.js';
import { ZORGMELDING_SCHEMA_V1 } from './zorgmelding.schema.js';
import type { RihgDeel } from './zorgmelding.js';

/** Dutch names for the codes of a zorgmelding: what a printed report says instead of codes. */

export const SOORT_NAMEN: Record<string, string> = {
  'huiselijk-geweld': 'Huiselijk geweld',
  kindermishandeling: 'Kindermishandeling',
  ouderenmishandeling: 'Ouderenmishandeling',
  'zorgen-om-kind-of-jeugdige': 'Zorgen om een kind of jeugdige',
  'overige-zorg': 'Overige zorg',
};

export const ROL_NAMEN: Record<string, string> = {
  slachtoffer: 'Slachtoffer',
  pleger: '(Vermoedelijke) pleger',
  'kind-in-het-gezin': 'Kind in het gezin',
  getuige: 'Getuige',
  melder: 'Melder',
};

export const MAATREGEL_NAMEN: Record<string, string> = {
  'aanhouding-pleger': 'Aanhouding van de pleger',
  'tijdelijk-huisverbod-voorgesteld': 'Tijdelijk huisverbod voorgesteld',
  'slachtoffer-elders-ondergebracht': 'Slachtoffer elders ondergebracht',
  'kinderen-elders-ondergebracht': 'Kinderen elders ondergebracht',
  'medische-hulp': 'Medische hulp',
  'crisisdienst-ingeschakeld': 'Crisisdienst ingeschakeld',
  'waarschuwing-of-gesprek': 'Waarschuwing of gesprek',
  overige: 'Overige maatregel',
};

export const SCORE_NAMEN: Record<string, string> = {
  rood: 'Rood (hoog risico)',
  blauw: 'Blauw (middelmatig risico)',
  geel: 'Geel (laag risico)',
  onbekend: 'Onbekend',
};

export const STATUS_NAMEN: Record<string, string> = {
  concept: 'Concept',
  ingediend: 'Ingediend',
  gerouteerd: 'Doorgestuurd naar Veilig Thuis',
  routeringsuitzondering: 'Routeringsuitzondering (wacht op coördinator)',
  ontvangen: 'Ontvangen door Veilig Thuis',
  toegewezen: 'Toegewezen aan een medewerker',
  beoordeeld: 'Beoordeeld',
  onderzoek: 'In onderzoek bij Veilig Thuis',
  afgesloten: 'Afgesloten',
};

export const UITKOMST_NAMEN: Record<string, string> = {
  'overdracht-lokaal-veld': 'Overdracht aan het lokale veld (wijkteam)',
  'overdracht-betrokken-professional': 'Overdracht aan een betrokken professional',
  'omzetten-naar-advies': 'Omzetten naar advies',
  afsluiten: 'Afsluiten',
  'vt-onderzoekt': 'Veilig Thuis onderzoekt zelf',
};

/** The RiHG's parts and signals with their titles, from the schema (its order). */
interface RihgSchema {
  $defs: {
    risicotaxatie: {
      properties: Record<
        RihgDeel,
        { title: string; properties: Record<string, { title: string }> }
      >;
    };
  };
}
const rihg = (ZORGMELDING_SCHEMA_V1 as unknown as RihgSchema).$defs.risicotaxatie.properties;
export const RIHG_DELEN: { deel: RihgDeel; titel: string; signalen: [string, string][] }[] = (
  ['pleger', 'incident', 'gezin'] as const
).map((deel) => ({
  deel,
  titel: rihg[deel].title,
  signalen: Object.entries(rihg[deel].properties).map(([s, v]) => [s, v.title]),
}));

let organisaties: Map<string, string> | undefined;
/** An organisation's name (reference data); the code when it is not known. */
export function organisatieNaam(code: string | null | undefined): string {
  if (!code) return 'Nog niet bekend';
  organisaties ??= new Map(loadOrganisaties().map((o) => [o.code, o.naam]));
  return organisaties.get(code) ?? code;
}

const GEMEENTEN = new Map(
  ROUTERINGSTABEL.flatMap((v) => v.gemeenten.map((g) => [g.gemeentecode, g.naam] as const)),
);
/** A municipality's name (routing table); else "gemeente GMxxxx". */
export function gemeenteNaam(code: string | null | undefined): string {
  if (!code) return 'Onbekend';
  return GEMEENTEN.get(code) ?? `gemeente ${code}`;
}

export const naamVan = (lijst: Record<string, string>, code: unknown): string =>
  typeof code === 'string' && code ? (lijst[code] ?? code) : 'Niet ingevuld';

/** 2026-12-07 → 7 december 2026. */
export function datumNaam(datum: string | null | undefined): string {
  if (!datum) return 'Niet ingevuld';
  const d = new Date(`${datum.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return datum;
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(d);
}

/** A moment in Dutch, Amsterdam time: 7 december 2026 om 14:05. */
export function tijdstipNaam(iso: string | null | undefined): string {
  if (!iso) return 'Onbekend';
  const d = new Date(iso);
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  })
    .format(d)
    .replace(',', ' om');
}
