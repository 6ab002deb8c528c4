/**
 * The zorgmelding as the schema `zorgmelding` v1 describes it (data/zorgmelding.v1.schema.json,
 * the source of truth). These types mirror it for the code; only a document that passed
 * {@link valideerZorgmelding} may be treated as one.
 */
export type ZorgmeldingStatus = 'concept' | 'ingediend';
export type SoortZorg =
  | 'huiselijk-geweld'
  | 'kindermishandeling'
  | 'ouderenmishandeling'
  | 'zorgen-om-kind-of-jeugdige'
  | 'overige-zorg';
export type Rol = 'slachtoffer' | 'pleger' | 'kind-in-het-gezin' | 'getuige' | 'melder';
export type Signaalscore = 'rood' | 'blauw' | 'geel' | 'onbekend';
export type RihgDeel = 'pleger' | 'incident' | 'gezin';

export interface Adres {
  straat?: string;
  huisnummer?: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode?: string;
  woonplaats?: string;
  gemeentecode?: string;
}

export interface Identiteit {
  bsn?: string;
  voornamen?: string;
  voorvoegsel?: string;
  geslachtsnaam?: string;
  geboortedatum?: string;
}

export interface Betrokkene {
  rol?: Rol;
  identiteit?: Identiteit;
  adres?: Adres;
}

export interface Incident {
  datum?: string;
  tijdstip?: string;
  plaats?: { omschrijving?: string; gemeentecode?: string };
  soort?: SoortZorg;
}

export type Risicotaxatie = Partial<Record<RihgDeel, Record<string, Signaalscore>>>;

export interface Maatregel {
  soort: string;
  toelichting?: string;
}

export interface Opsteller {
  naam?: string;
  team?: string;
  telefoon?: string;
  email?: string;
}

export interface Zorgmelding {
  status: ZorgmeldingStatus;
  incident?: Incident;
  betrokkenen?: Betrokkene[];
  kinderenAanwezig?: boolean;
  risicotaxatie?: Risicotaxatie;
  relaas?: string;
  maatregelen?: Maatregel[];
  opsteller?: Opsteller;
}
