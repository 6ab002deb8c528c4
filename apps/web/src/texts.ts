/** Dutch texts for roles, organisation types and error codes that the API sends as codes. */

interface RolTekst {
  naam: string;
  taken: string[];
  opmerking?: string;
}

const ROLLEN: Record<string, RolTekst> = {
  'politie-medewerker': {
    naam: 'Politiemedewerker',
    taken: [
      'Zorgmeldingen indienen bij Veilig Thuis',
      'De status en de terugkoppeling van uw zorgmeldingen volgen',
    ],
  },
  'vt-medewerker': {
    naam: 'Medewerker Veilig Thuis',
    taken: [
      'Zorgmeldingen van de politie ontvangen en de ontvangst bevestigen',
      'Zorgmeldingen beoordelen (veiligheidsbeoordeling)',
      'Terugkoppeling geven aan de melder',
    ],
  },
  'vt-coordinator': {
    naam: 'Coördinator Veilig Thuis',
    taken: [
      'Routeringsuitzonderingen afhandelen: zorgmeldingen waarvan de gemeente onbekend is of buiten de eenheid ligt',
      'Werk verdelen over de medewerkers',
      'De termijnen en uitkomsten van uw Veilig Thuis volgen',
    ],
  },
  'wijkteam-medewerker': {
    naam: 'Medewerker sociaal wijkteam',
    taken: ['Casussen registreren', 'Casussen opschalen naar het Zorg- en Veiligheidshuis'],
  },
  'zvh-procesregisseur': {
    naam: 'Procesregisseur Zorg- en Veiligheidshuis',
    taken: [
      'Aanmeldingen beoordelen: accepteren of afwijzen, met een reden',
      'Casussen regisseren',
      'Deelnemers uitnodigen voor een casus',
    ],
  },
  ketenpartner: {
    naam: 'Ketenpartner',
    taken: [
      'Deelnemen aan casussen, met inzage in alleen de gegevens die uw organisatie voor haar taak nodig heeft (need-to-know)',
    ],
  },
  fg: {
    naam: 'Functionaris gegevensbescherming (FG)',
    taken: [
      'Het auditspoor doorzoeken: wie heeft welke gegevens ingezien, waarom en wanneer',
      'Uitzonderlijke toegang (doorbreken van de normale regels in spoed) beoordelen',
      'De integriteit van het auditspoor volgen',
      'Voorstellen voor het verwerkingsregister goedkeuren of afwijzen',
    ],
  },
  'privacy-officer': {
    naam: 'Privacy officer',
    taken: [
      'Verzoeken van betrokkenen registreren en beantwoorden: inzage, rectificatie, wissing, beperking en bezwaar',
      'Het verwerkingsregister exporteren (AVG art. 30)',
    ],
    opmerking: 'Het auditspoor en de doorbraken blijven bij de FG.',
  },
  informatiebeheerder: {
    naam: 'Informatiebeheerder',
    taken: [
      'Vernietigingslijsten voorstellen en goedkeuren, of als tweede persoon bevestigen',
      'Bewaarplichten en verlengingen vastleggen, signaleringen volgen, verklaringen van vernietiging maken',
    ],
  },
  beheerder: {
    naam: 'Beheerder',
    taken: [
      'De gezondheid van Schakel en de wachtrijen volgen',
      'Organisaties en gebruikers inzien',
      'Het verwerkingsregister bijhouden: een verwerkingsactiviteit voorstellen of wijzigen (een verruiming geldt pas na goedkeuring door een FG)',
    ],
    opmerking: 'U hebt geen inzage in de inhoud van zorgmeldingen en casussen.',
  },
  'regionaal-analist': {
    naam: 'Regionaal analist',
    taken: [
      'Cijfers voor het gezamenlijk veiligheidsbeeld bekijken per gemeente, kwartaal en thema',
      'De cijfers downloaden als CSV',
    ],
    opmerking: 'U ziet alleen aantallen, nooit personen of dossiers.',
  },
  systeem: { naam: 'Systeemkoppeling', taken: [] },
};

const ORGANISATIE_TYPES: Record<string, string> = {
  politie: 'Politie',
  'veilig-thuis': 'Veilig Thuis',
  'zorg-en-veiligheidshuis': 'Zorg- en Veiligheidshuis',
  'sociaal-wijkteam': 'Sociaal wijkteam',
  'openbaar-ministerie': 'Openbaar Ministerie',
  reclassering: 'Reclassering',
  ggz: 'Geestelijke gezondheidszorg (ggz)',
  woningcorporatie: 'Woningcorporatie',
  platform: 'Platformbeheer',
};

/** Looks a code up in a table of texts; never in the object prototype (`toString`). */
function lookup<T>(table: Record<string, T>, code: string | null): T | undefined {
  return code !== null && Object.hasOwn(table, code) ? table[code] : undefined;
}

/** The Dutch name of a role and what it can do here; unknown codes show as themselves. */
export function rolTekst(code: string): RolTekst {
  return lookup(ROLLEN, code) ?? { naam: code, taken: [] };
}

export function organisatieTypeTekst(code: string): string {
  return lookup(ORGANISATIE_TYPES, code) ?? code;
}

export interface FoutTekst {
  titel: string;
  uitleg: string[];
  /** Offer to log in again. */
  opnieuwInloggen: boolean;
}

export const GEEN_TOEGANG: FoutTekst = {
  titel: 'Geen toegang',
  uitleg: [
    'U hebt geen toegang tot deze gegevens voor dit doel. Schakel laat gegevens alleen zien aan wie ze nodig heeft, voor een vastgelegd doel.',
    'Elke weigering wordt vastgelegd. De functionaris gegevensbescherming (FG) van uw organisatie kan die weigeringen inzien en beoordelen.',
    'Denkt u dat u deze gegevens wel nodig hebt voor uw werk? Neem dan contact op met uw leidinggevende of de beheerder van Schakel in uw organisatie.',
  ],
  opnieuwInloggen: false,
};

const FOUTEN: Record<string, FoutTekst> = {
  'onbekende-organisatie': {
    titel: 'Uw organisatie is niet bekend in Schakel',
    uitleg: [
      'U bent ingelogd, maar de organisatie waarvoor u werkt is niet bekend in Schakel. Daarom kunt u Schakel nog niet gebruiken.',
      'Neem contact op met de beheerder van Schakel in uw organisatie.',
    ],
    opnieuwInloggen: false,
  },
  'onbekende-rol': {
    titel: 'Uw rol is niet bekend in Schakel',
    uitleg: [
      'U bent ingelogd, maar uw account heeft geen rol die Schakel kent. Daarom kunt u Schakel nog niet gebruiken.',
      'Vraag de beheerder van Schakel in uw organisatie om u de juiste rol te geven.',
    ],
    opnieuwInloggen: false,
  },
  'onvolledige-claims': {
    titel: 'Uw account mist gegevens',
    uitleg: [
      'De inlogdienst van uw organisatie gaf niet door voor welke organisatie of in welke rol u werkt. Zonder die gegevens kan Schakel u niet toelaten.',
      'Neem contact op met de beheerder van Schakel in uw organisatie.',
    ],
    opnieuwInloggen: false,
  },
  'idp-onbereikbaar': {
    titel: 'De inlogdienst is niet bereikbaar',
    uitleg: [
      'Schakel kan de inlogdienst op dit moment niet bereiken. Probeer het over enkele minuten opnieuw.',
    ],
    opnieuwInloggen: true,
  },
  'inloggen-mislukt': {
    titel: 'Inloggen is niet gelukt',
    uitleg: [
      'Er ging iets mis tijdens het inloggen. Probeer het opnieuw.',
      'Lukt het nog steeds niet? Neem dan contact op met de beheerder van Schakel in uw organisatie.',
    ],
    opnieuwInloggen: true,
  },
  'sessie-verlopen': {
    titel: 'Uw sessie is verlopen',
    uitleg: [
      'U was een tijd niet actief, of uw sessie is om een andere reden beëindigd. Log opnieuw in om verder te werken.',
    ],
    opnieuwInloggen: true,
  },
  'geen-toegang': GEEN_TOEGANG,
};

const ONBEKENDE_FOUT: FoutTekst = {
  titel: 'Er is iets misgegaan',
  uitleg: [
    'Schakel kon uw verzoek niet afhandelen. Probeer het later opnieuw.',
    'Blijft dit gebeuren? Neem dan contact op met de beheerder van Schakel in uw organisatie.',
  ],
  opnieuwInloggen: false,
};

/** The explanation for an error code; unknown codes get the general one. */
export function foutTekst(code: string | null): { tekst: FoutTekst; bekend: boolean } {
  const tekst = lookup(FOUTEN, code);
  return tekst ? { tekst, bekend: true } : { tekst: ONBEKENDE_FOUT, bekend: false };
}

const ACTIES: Record<string, string> = {
  read: 'Inzien',
  create: 'Aanmaken',
  update: 'Wijzigen',
  delete: 'Verwijderen',
  zoeken: 'Zoeken in het auditspoor',
  tellen: 'Aantallen opvragen',
  exporteren: 'Verwerkingslog exporteren',
  beoordelen: 'Beoordelen',
  afsluiten: 'Afsluiten',
  beoordeling: 'Veiligheidsbeoordeling vastleggen',
  'bezorgen-extern': 'Bezorgen aan een ander systeem',
  'bezorgen-intern': 'Bezorgen binnen Schakel',
  'deelname-beeindigen': 'Deelname beëindigen',
  herrouteren: 'Opnieuw routeren',
  indienen: 'Indienen',
  informeren: 'Informeren van een betrokkene vastleggen',
  lezen: 'Inzien',
  ontvangst: 'Ontvangst bevestigen',
  'ontvangst-bevestigen': 'Ontvangst bevestigen',
  'opnieuw-bezorgen': 'Opnieuw bezorgen',
  opschalen: 'Opschalen',
  'scope-wijzigen': 'Scope wijzigen',
  terugkoppeling: 'Terugkoppelen',
  toewijzing: 'Toewijzen',
  triageren: 'Triage',
  uitnodigen: 'Uitnodigen',
  uitwisselen: 'Uitwisseling vastleggen',
  wissen: 'Wissen (bewaartermijn verstreken)',
};

const OBJECTEN: Record<string, string> = {
  Zorgmelding: 'zorgmelding',
  ZorgmeldingVt: 'zorgmelding, beeld van Veilig Thuis',
  ZorgmeldingGebeurtenis: 'tijdlijn van een zorgmelding',
  ZorgmeldingTerugkoppeling: 'terugkoppeling op een zorgmelding',
  ZorgmeldingRoutering: 'routering van een zorgmelding',
  Casus: 'casus',
  CasusPersoon: 'persoon in een casus',
  CasusDeelnemer: 'deelnemer aan een casus',
  Uitwisseling: 'uitwisseling',
  Uitwisselingsregister: 'uitwisselingsregister',
  Doorbraak: 'doorbraak',
  DoorbraakBeoordeling: 'oordeel over een doorbraak',
  AuditRecord: 'auditspoor',
  AuditIntegriteit: 'integriteit van het auditspoor',
  Auditspoor: 'auditspoor',
  Verwerkingslog: 'verwerkingslog',
  Verwerkingsactiviteit: 'verwerkingsregister',
  Bezorging: 'bezorging',
  OnbestelbareBezorging: 'onbestelbare bezorging',
  Collega: "collega's",
  Werkvoorraad: 'mijn werk',
  Profiel: 'eigen profiel',
  Sessie: 'sessie',
  Persoon: 'persoon',
};

/** What an action touched, in words; unknown types show as themselves. */
export function objectTekst(code: string): string {
  return lookup(OBJECTEN, code) ?? code;
}

/** What an actor did, in words; unknown codes show as themselves. */
export function actieTekst(code: string): string {
  return lookup(ACTIES, code) ?? code;
}

const REDENEN: Record<string, string> = {
  'geen-regel': 'geen regel staat deze handeling toe',
  'doel-ontbreekt': 'er was geen verwerkingsactiviteit genoemd',
  'onbekende-verwerkingsactiviteit': 'de genoemde verwerkingsactiviteit bestaat niet',
  'doel-niet-toegestaan': 'de rol mag deze verwerkingsactiviteit niet uitvoeren',
  'niet-zichtbaar': 'het gevraagde valt buiten het bereik van deze persoon',
};

/** Why access was refused, in words. */
export function redenTekst(code: string | null): string {
  if (code === null) return 'onbekende reden';
  return lookup(REDENEN, code) ?? code;
}

export function resultaatTekst(resultaat: string): string {
  return resultaat === 'toegestaan'
    ? 'Toegestaan'
    : resultaat === 'geweigerd'
      ? 'Geweigerd'
      : resultaat;
}

/** A moment as Dutch date and time, e.g. "30-11-2026 14:05:09". */
export function tijdstipTekst(iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return moment.toLocaleString('nl-NL', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** A calendar date (YYYY-MM-DD) in Dutch, e.g. "30 nov. 2026". */
export function datumTekst(datum: string): string {
  const moment = new Date(`${datum}T12:00:00`);
  if (Number.isNaN(moment.getTime())) return datum;
  return moment.toLocaleDateString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric' });
}
