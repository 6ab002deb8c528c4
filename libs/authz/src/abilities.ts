import {
  AbilityBuilder,
  createMongoAbility,
  type ForcedSubject,
  type MongoAbility,
} from '@casl/ability';
import type { Actor, OrganisatieType, Rol } from '@schakel/identity';

export type Action =
  | 'manage'
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  // Zorgmelding steps: the police submit; VT assesses (reads the full content and changes its
  // state), assigns, gives feedback and re-routes exceptions. Separate actions keep the police
  // view and VT's view apart even though they are one table.
  | 'indienen'
  | 'beoordelen'
  // Read-only look at VT's view of a report, as break the glass grants it (never the police
  // view, never a step).
  | 'inzien'
  | 'toewijzen'
  | 'terugkoppelen'
  | 'herrouteren'
  // Casus steps: the wijkteam escalates, the ZVH triages and directs (invites, registers
  // exchanges, records informing, closes), a recipient acknowledges an exchange.
  | 'opschalen'
  | 'triageren'
  | 'regisseren'
  | 'bevestigen'
  // Retention (ADR 0027): the owning organisation's FG approves a destruction list; a second,
  // different person confirms it (`bevestigen`), which destroys.
  | 'goedkeuren';
/** Subject types Schakel knows; later contexts add theirs here. */
export type SubjectType =
  | 'all'
  | 'Profiel'
  | 'Sessie'
  | 'Organisatie'
  | 'Verwerkingsactiviteit'
  | 'Doelcompatibiliteit'
  | 'Doorbraak'
  | 'AuditRecord'
  | 'DoorbraakBeoordeling'
  | 'Zorgmelding'
  // Views of one report, each cut by its own rules: VT's view (police never see its notes),
  // the timeline's events, the feedback and the routing details.
  | 'ZorgmeldingVt'
  | 'ZorgmeldingGebeurtenis'
  | 'ZorgmeldingTerugkoppeling'
  | 'ZorgmeldingRoutering'
  // A VT colleague a coordinator may assign a report to (id and name).
  | 'Collega'
  | 'Bezorging'
  | 'OnbestelbareBezorging'
  | 'Casus'
  | 'Casusthema'
  | 'CasusPersoon'
  | 'CasusDeelnemer'
  | 'Uitwisseling'
  | 'Uitwisselingsregister'
  | 'Persoon'
  // The FG's rights desk (AVG art. 12-21): a request of a data subject, and its report.
  | 'Rechtenverzoek'
  // A notice of a rectification to a recipient of the person's data (AVG art. 19, ADR 0035).
  | 'Rectificatiemelding'
  // Figures without persons (ADR 0030): the regional picture, and one VT's own accounts.
  | 'Cijfers'
  | 'CijfersVeiligThuis'
  // Retention and destruction (ADR 0027): lists of references, holds and extensions, requests.
  | 'Vernietigingslijst'
  | 'BewaarBlokkade'
  | 'Bewaarsignalering'
  | 'Vernietigingsverzoek'
  // The platform's health and queues (no personal data) and the user directory (staff data).
  | 'Platformgezondheid'
  | 'Gebruiker';

export type AppAbility = MongoAbility<
  [Action, SubjectType | ForcedSubject<SubjectType> | Record<PropertyKey, unknown>]
>;

/** Record types a break-the-glass access may open (each only within its own domain). */
export const DOORBRAAK_ONDERWERPEN = ['Zorgmelding', 'Casus'] as const;
/** Roles that may break the glass (urgent access outside the normal rules, reviewed by the FG). */
export const DOORBRAAK_ROLLEN: readonly Rol[] = [
  'vt-medewerker',
  'vt-coordinator',
  'zvh-procesregisseur',
];

/** Fields of the register everyone may read. */
export const VERWERKINGSACTIVITEIT_OPENBAAR = [
  'id',
  'versie',
  'naam',
  'verwerkingsverantwoordelijke',
  'doel',
  'grondslag',
  'grondslagToelichting',
  'categorieenBetrokkenen',
  'categorieenGegevens',
  'ontvangers',
  'bewaartermijn',
  'bewaartermijnVanaf',
  'geldigVanaf',
  'toegestaneRollen',
  'vastgelegdOp',
];

/** An active break-the-glass grant of this actor: one record, under one activity. */
export interface ActieveDoorbraak {
  id: string;
  onderwerpType: string;
  onderwerpId: string;
  /** The activity it was granted for: it opens the record only under that purpose. */
  activiteit: string;
}

/** The activity a request is bound to (purpose binding), if the route needs one. */
export interface Doel {
  id: string;
  versie: number;
}

/** Roles and the kind of organisation each belongs to: a rule holds only for both. */
const ROL_ORGANISATIE: Readonly<Partial<Record<Rol, readonly OrganisatieType[]>>> = {
  'politie-medewerker': ['politie'],
  'vt-medewerker': ['veilig-thuis'],
  'vt-coordinator': ['veilig-thuis'],
  'wijkteam-medewerker': ['sociaal-wijkteam'],
  'zvh-procesregisseur': ['zorg-en-veiligheidshuis'],
  ketenpartner: ['openbaar-ministerie', 'reclassering', 'ggz', 'woningcorporatie'],
  beheerder: ['platform'],
  // The police unit's analysts and the Zorg- en Veiligheidshuis make the joint safety picture.
  'regionaal-analist': ['politie', 'zorg-en-veiligheidshuis'],
};

/**
 * Whether the actor holds `rol` in an organisation of the kind that role belongs to. The FG, the
 * privacy officer, the informatiebeheerder and system clients may belong to any organisation
 * except the platform.
 */
export function heeftRol(actor: Actor, rol: Rol): boolean {
  if (!actor.rollen.includes(rol)) return false;
  if (rol === 'systeem') return actor.soort === 'systeem' && actor.organisatie.type !== 'platform';
  if (actor.soort !== 'gebruiker') return false;
  if (rol === 'fg' || rol === 'privacy-officer' || rol === 'informatiebeheerder') {
    return actor.organisatie.type !== 'platform';
  }
  return ROL_ORGANISATIE[rol]?.includes(actor.organisatie.type) ?? false;
}

/**
 * The rules: who may do what, for which purpose. Deny by default: only what is granted here
 * is allowed. Every rule holds only for a role, the kind of organisation that role belongs
 * to, and the purpose together: no single input opens a door. Every rule carries a stable id
 * as its `reason`, so each decision can say which rule let it through ("waarom had deze
 * persoon toegang?").
 */
export function defineAbility(
  actor: Actor,
  doel?: Doel,
  doorbraken: ActieveDoorbraak[] = [],
): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const has = (rol: Rol) => heeftRol(actor, rol);

  can('read', 'Profiel').because('iedereen:eigen-profiel');
  // Who recorded a version is staff data: only the beheerder and the FG see it (least data).
  can('read', 'Verwerkingsactiviteit', VERWERKINGSACTIVITEIT_OPENBAAR).because(
    'iedereen:verwerkingsregister-inzien',
  );
  if (has('beheerder') || has('fg')) {
    can('read', 'Verwerkingsactiviteit').because('beheer-fg:verwerkingsregister-volledig');
  }
  can('read', 'Doelcompatibiliteit').because('iedereen:verwerkingsregister-inzien');
  can('read', 'Organisatie').because('iedereen:organisaties-inzien');

  if (actor.soort === 'gebruiker') {
    can('delete', 'Sessie').because('gebruiker:afmelden');
  }
  if (has('beheerder')) {
    can(['create', 'update'], 'Verwerkingsactiviteit').because(
      'beheerder:verwerkingsregister-beheren',
    );
    can('read', 'Platformgezondheid').because('beheerder:gezondheid-inzien');
    // Who has access (names, organisations, roles): staff data, only for platform management.
    if (doel?.id === 'platformbeheer') {
      can('read', 'Gebruiker').because('beheerder:gebruikers-inzien');
    }
  }
  if (has('fg') && doel?.id === 'verantwoording-toezicht') {
    // The FG sees what the actors of their own organisation did (metadata, never content).
    can('read', 'AuditRecord', { organisatieCode: actor.organisatie.code }).because(
      'fg:auditspoor-eigen-organisatie',
    );
    // ... and what other organisations' actors did with data their organisation provided.
    can('read', 'AuditRecord', { verstrekkerCode: actor.organisatie.code }).because(
      'fg:auditspoor-verstrekte-gegevens',
    );
    // The user directory, to choose an actor by name in the audit search (ids one click away).
    can('read', 'Gebruiker').because('fg:gebruikers-kiezen');
    can('create', 'DoorbraakBeoordeling').because('fg:doorbraken-beoordelen');
    can('read', 'Doorbraak', { organisatieCode: actor.organisatie.code }).because(
      'fg:doorbraken-eigen-organisatie',
    );
    // A break-the-glass access to data this organisation provided is the provider's FG's too.
    can('read', 'Doorbraak', { verstrekkerCode: actor.organisatie.code }).because(
      'fg:doorbraken-verstrekte-gegevens',
    );
  }
  if (doel?.id === 'zorgmelding-ontvangen-beoordelen') {
    // The system client of a receiving organisation pulls and acknowledges its own deliveries.
    if (has('systeem') && actor.organisatie.type === 'veilig-thuis') {
      can(['read', 'update'], 'Bezorging', { ontvangerCode: actor.organisatie.code }).because(
        'systeem:bezorgingen-eigen-organisatie',
      );
    }
    // Its coordinator sees the undeliverable ones (references only) and retries them.
    if (has('vt-coordinator')) {
      can(['read', 'update'], 'OnbestelbareBezorging', {
        ontvangerCode: actor.organisatie.code,
      }).because('vt-coordinator:onbestelbare-bezorgingen-eigen-organisatie');
    }
  }
  if (doel?.id === 'rechten-betrokkenen') {
    // The rights desk: requests to the own organisation, about data it is responsible for
    // (ADR 0028); the report, rectification, flags and erasure are steps on such a request.
    // The FG, or the privacy officer beside the FG (ADR 0035).
    for (const rol of ['fg', 'privacy-officer'] as const) {
      if (!has(rol)) continue;
      can(['create', 'read', 'update'], 'Rechtenverzoek', {
        organisatieCode: actor.organisatie.code,
      }).because(`${rol}:rechtenverzoeken-eigen-organisatie`);
    }
  }
  rectificatieRegels(actor, doel, can);
  zorgmeldingRegels(actor, doel, can);
  casusRegels(actor, doel, can);
  cijferRegels(actor, doel, can);
  bewaringRegels(actor, doel, can);
  doorbraakRegels(actor, doel, doorbraken, can);
  return build();
}

/**
 * Break the glass (ADR 0009): only within the actor's own domain, on a record that exists
 * (the context resolves it before the grant is written: its fields are the conditions here),
 * for the one activity it was granted under. VT workers open reports routed to a Veilig Thuis
 * of the unit; the ZVH opens its own casussen. A grant opens the record for reading only.
 */
function doorbraakRegels(
  actor: Actor,
  doel: Doel | undefined,
  doorbraken: ActieveDoorbraak[],
  can: AbilityBuilder<AppAbility>['can'],
): void {
  const has = (rol: Rol) => heeftRol(actor, rol);
  // Purpose binding: the holder reads own grants only under the activity they were made for.
  const eigen = (activiteit: string) => {
    can('read', 'Doorbraak', { actorId: actor.id, activiteit }).because(
      'gebruiker:eigen-doorbraken',
    );
  };
  if ((has('vt-medewerker') || has('vt-coordinator')) && doel?.id === VT_ACTIVITEIT) {
    can('create', 'Doorbraak', {
      onderwerpType: 'Zorgmelding',
      vtOrganisatieType: 'veilig-thuis',
    }).because('vt:doorbraak-zorgmelding');
    eigen(VT_ACTIVITEIT);
  }
  if (has('zvh-procesregisseur') && doel?.id === 'casusregie-zvh') {
    can('create', 'Doorbraak', {
      onderwerpType: 'Casus',
      regieOrganisatie: actor.organisatie.code,
    }).because('zvh:doorbraak-eigen-casus');
    eigen('casusregie-zvh');
  }
  for (const d of doorbraken) {
    if (d.activiteit !== doel?.id) continue;
    if (d.onderwerpType === 'Zorgmelding' && doel.id === VT_ACTIVITEIT) {
      // Opening a report opens VT's view of it for reading (`inzien` decides the record, never
      // the police view or a step), every part of it, nothing beyond it.
      can('inzien', 'Zorgmelding', { id: d.onderwerpId }).because(`doorbraak:${d.id}`);
      can('read', 'ZorgmeldingVt', [...ZORGMELDING_VT_VELDEN], { id: d.onderwerpId }).because(
        `doorbraak:${d.id}`,
      );
      can('read', ZORGMELDING_DELEN, { zorgmeldingId: d.onderwerpId }).because(`doorbraak:${d.id}`);
    }
    if (d.onderwerpType === 'Casus' && doel.id === 'casusregie-zvh') {
      // Opening a casus opens its persons and exchanges for reading, nothing beyond it.
      can('read', 'Casus', { id: d.onderwerpId }).because(`doorbraak:${d.id}`);
      can('read', ['CasusPersoon', 'CasusDeelnemer', 'Uitwisseling'], {
        casusId: d.onderwerpId,
      }).because(`doorbraak:${d.id}`);
    }
  }
}

const VT_ACTIVITEIT = 'zorgmelding-ontvangen-beoordelen';

/** Fields of the police's view of their own report (never VT's notes or routing). */
export const ZORGMELDING_POLITIE_VELDEN = [
  'id',
  'kenmerk',
  'status',
  'soort',
  'aangemaaktOp',
  'ingediendOp',
  'vtOrganisatie',
  'terugkoppelingStatus',
  'melding',
  'tijdlijn',
  'terugkoppeling',
] as const;
/** Fields of a line of VT's inbox. */
export const ZORGMELDING_INBOX_VELDEN = [
  'id',
  'kenmerk',
  'status',
  'soort',
  'gemeentecode',
  'ontvangenOp',
  'termijnUiterlijk',
  'termijnStatus',
  'toegewezenAan',
  'uitkomst',
  'onderzoekUiterlijk',
  'onderzoekTermijnStatus',
  'terugkoppelingStatus',
] as const;
/** Fields of VT's full view of a report: content, routing, internal note, timeline, feedback. */
export const ZORGMELDING_VT_VELDEN = [
  ...ZORGMELDING_INBOX_VELDEN,
  'vtOrganisatie',
  'opstellerOrganisatie',
  'ingediendOp',
  'ontvangstBevestigdOp',
  'uitkomstDatum',
  'notitie',
  'routering',
  'melding',
  'risicoSamenvatting',
  'tijdlijn',
  'terugkoppeling',
] as const;
/** Fields of a line of the coordinators' exception queue: why, where; no content. */
export const ZORGMELDING_UITZONDERING_VELDEN = [
  'id',
  'kenmerk',
  'ingediendOp',
  'reden',
  'gemeentecode',
  'soort',
  'routeringTabelVersie',
] as const;
/** Fields of the nested parts of a report's views. */
export const ZORGMELDING_GEBEURTENIS_VELDEN = ['status', 'stap', 'tijd', 'organisatie'] as const;
export const ZORGMELDING_TERUGKOPPELING_VELDEN = [
  'status',
  'uitkomstcategorie',
  'bericht',
  'gegevenOp',
] as const;
export const ZORGMELDING_ROUTERING_VELDEN = [
  'tabelVersie',
  'regel',
  'uitzonderingReden',
  'herrouteringReden',
] as const;
/** The nested parts of a report's views (their subjects carry the report's attributes). */
const ZORGMELDING_DELEN: SubjectType[] = [
  'ZorgmeldingGebeurtenis',
  'ZorgmeldingTerugkoppeling',
  'ZorgmeldingRoutering',
];

/**
 * Zorgmelding rules (ADR 0016): each exists only under the activity its step serves. The
 * field lists decide what each view shows: the police's view (`Zorgmelding`, read) and VT's
 * (`ZorgmeldingVt`) of the same table never mix; the nested parts have rules of their own.
 */
function zorgmeldingRegels(
  actor: Actor,
  doel: Doel | undefined,
  can: AbilityBuilder<AppAbility>['can'],
): void {
  const has = (rol: Rol) => heeftRol(actor, rol);
  const org = actor.organisatie.code;
  if (has('politie-medewerker')) {
    const eigen = { opstellerId: actor.id };
    const politieView = (regel: string) => {
      can('read', 'Zorgmelding', [...ZORGMELDING_POLITIE_VELDEN], eigen).because(regel);
      // VT's internal steps (who got it assigned) stay out of the police's timeline.
      can('read', 'ZorgmeldingGebeurtenis', [...ZORGMELDING_GEBEURTENIS_VELDEN], {
        ...eigen,
        stap: { $ne: 'toewijzing' },
      }).because(regel);
      can(
        'read',
        'ZorgmeldingTerugkoppeling',
        [...ZORGMELDING_TERUGKOPPELING_VELDEN],
        eigen,
      ).because(regel);
    };
    if (doel?.id === 'zorgmelding-indienen') {
      can('create', 'Zorgmelding').because('politie:zorgmelding-opstellen');
      can(['update', 'indienen'], 'Zorgmelding', eigen).because('politie:eigen-zorgmeldingen');
      politieView('politie:eigen-zorgmeldingen');
    }
    if (doel?.id === 'zorgmelding-terugkoppeling') {
      politieView('politie:terugkoppeling-eigen-zorgmeldingen');
    }
  }
  const vt = has('vt-medewerker') || has('vt-coordinator');
  const vtView = (voorwaarden: Record<string, unknown>, regel: string) => {
    can('read', 'ZorgmeldingVt', [...ZORGMELDING_VT_VELDEN], voorwaarden).because(regel);
    can('read', ZORGMELDING_DELEN, voorwaarden).because(regel);
  };
  if (vt && doel?.id === VT_ACTIVITEIT) {
    const eigen = { vtOrganisatie: org };
    can('beoordelen', 'Zorgmelding', eigen).because('vt:zorgmeldingen-eigen-organisatie');
    vtView(eigen, 'vt:zorgmeldingen-eigen-organisatie');
    // Who holds a report of the own VT, by name: the colleagues of the own VT (id and name).
    can('read', 'Collega', ['id', 'naam'], { organisatieCode: org }).because(
      'vt:collegas-eigen-organisatie',
    );
    if (has('vt-coordinator')) {
      can('toewijzen', 'Zorgmelding', eigen).because('vt-coordinator:zorgmeldingen-toewijzen');
      can('read', 'Collega', ['id', 'naam'], { organisatieCode: org }).because(
        'vt-coordinator:zorgmeldingen-toewijzen',
      );
      // Exceptions have no VT yet: every coordinator of the unit may take them.
      const uitzondering = { status: 'routeringsuitzondering' };
      can(['beoordelen', 'herrouteren'], 'Zorgmelding', uitzondering).because(
        'vt-coordinator:routeringsuitzonderingen',
      );
      can(
        'read',
        'ZorgmeldingVt',
        [...ZORGMELDING_VT_VELDEN, ...ZORGMELDING_UITZONDERING_VELDEN],
        uitzondering,
      ).because('vt-coordinator:routeringsuitzonderingen');
      can('read', ZORGMELDING_DELEN, uitzondering).because(
        'vt-coordinator:routeringsuitzonderingen',
      );
    }
  }
  if (vt && doel?.id === 'zorgmelding-terugkoppeling') {
    const eigen = { vtOrganisatie: org };
    can('terugkoppelen', 'Zorgmelding', eigen).because('vt:terugkoppeling-eigen-organisatie');
    vtView(eigen, 'vt:terugkoppeling-eigen-organisatie');
  }
}

/**
 * Fields of a casus person per data category (ADR 0017): a participant sees a person's
 * fields only for the categories in its scope. Categories without person fields
 * (gezondheid, justitiële gegevens, ...) travel only in exchanges.
 */
export const CASUS_PERSOON_VELDEN: Readonly<Record<string, readonly string[]>> = {
  identificatie: ['bsn', 'voornamen', 'voorvoegsel', 'achternaam', 'geboortedatum'],
  woonsituatie: ['straat', 'huisnummer', 'postcode', 'woonplaats', 'gemeenteCode'],
};
/**
 * Fields of a casus every reader sees: who takes part, the steps, the reader's own scope, the
 * nested parts (persons, participants, exchanges), which have rules of their own, and what a
 * list's summary counts (dates, the number of persons).
 */
export const CASUS_BASIS_VELDEN = [
  'id',
  'nummer',
  'status',
  'thema',
  'deelnemers',
  'tijdlijn',
  'mijnScope',
  'betrokkenen',
  'uitwisselingen',
  'aangemeldOp',
  'gewijzigdOp',
  'aantalBetrokkenen',
] as const;
/** Fields of a casus about the signal: the sleutelpartner (while it follows it) and the ZVH. */
export const CASUS_SIGNAAL_VELDEN = [
  'aanleiding',
  'levensdomeinen',
  'opschaling',
  'triage',
  'triageBesluit',
  'sleutelpartner',
  'regieOrganisatie',
  'afgeslotenOp',
] as const;
/**
 * Fields of a casus only the directing ZVH sees: the procesregisseur, informing decisions,
 * the retention date (the ZVH's rules give it every field; these names are for the views).
 */
export const CASUS_REGIE_VELDEN = ['procesregisseur', 'bewaarTot'] as const;
/** Statuses before acceptance: the sleutelpartner follows its signal without participating. */
export const CASUS_VOOR_DEELNAME = ['aangemeld', 'in-triage', 'afgewezen'] as const;
/** Fields of a casus person every reader of it sees (a person's own fields go by scope). */
export const CASUS_PERSOON_BASIS = ['persoonId', 'rol'] as const;
/** Fields of another participant a participant sees: who, since when (not its scope). */
export const CASUS_DEELNEMER_BASIS = ['organisatie', 'uitgenodigdOp', 'beeindigdOp'] as const;
/** Roles that may take part in a casus (as participant, under ketenpartner-deelname). */
export const DEELNEMER_ROLLEN: readonly Rol[] = [
  'ketenpartner',
  'wijkteam-medewerker',
  'vt-medewerker',
  'vt-coordinator',
  'politie-medewerker',
];

/**
 * Casus rules (ADR 0017). The ZVH that directs a casus sees all of it. The wijkteam that
 * registered it (sleutelpartner) follows its own signal until the ZVH decides; from
 * acceptance on it is a participant like any other, whatever purpose it names. A participant
 * sees the casus while it participates (`deelnemers` holds the active ones), each person's
 * fields only per category of its scope (`scope_<categorie>` lists the organisations whose
 * scope holds it), the exchanges it sent or received, and of other participants only who
 * they are. The FG sees the exchange register's metadata of cases its organisation takes or
 * took part in.
 */
/**
 * Retention and destruction (ADR 0027), only under `bewaring-vernietiging`. Deny by default:
 * the FG (or the informatiebeheerder, the record manager; ADR 0035) of the organisation that
 * owns the records approves its lists, sets holds and
 * extensions and sees the warnings; any FG may confirm a list that waits for a second person
 * (the lists hold references and dates, never content), and the step refuses the approver.
 * A VT coordinator records requests to destroy a zorgmelding of their own VT.
 */
function bewaringRegels(
  actor: Actor,
  doel: Doel | undefined,
  can: AbilityBuilder<AppAbility>['can'],
): void {
  if (doel?.id !== 'bewaring-vernietiging') return;
  const org = actor.organisatie.code;
  for (const rol of ['fg', 'informatiebeheerder'] as const) {
    if (!heeftRol(actor, rol)) continue;
    can('read', 'Vernietigingslijst', { organisatie: org }).because(
      `${rol}:vernietigingslijsten-eigen-organisatie`,
    );
    can('read', 'Vernietigingslijst', { status: 'goedgekeurd' }).because(
      `${rol}:vernietigingslijsten-tweede-persoon`,
    );
    can('read', 'Vernietigingslijst', { bevestigdDoor: actor.id }).because(
      `${rol}:vernietigingslijsten-zelf-bevestigd`,
    );
    can('create', 'Vernietigingslijst', { organisatie: org }).because(
      `${rol}:vernietigingslijst-voorstellen`,
    );
    can('goedkeuren', 'Vernietigingslijst', { organisatie: org, status: 'voorgesteld' }).because(
      `${rol}:vernietigingslijst-goedkeuren`,
    );
    can('bevestigen', 'Vernietigingslijst', { status: 'goedgekeurd' }).because(
      `${rol}:vernietigingslijst-bevestigen`,
    );
    can(['create', 'read', 'update'], 'BewaarBlokkade', { organisatie: org }).because(
      `${rol}:bewaarplicht-en-verlenging-eigen-organisatie`,
    );
    can('read', 'Bewaarsignalering', { organisatie: org }).because(
      `${rol}:bewaarsignaleringen-eigen-organisatie`,
    );
    can('read', 'Vernietigingsverzoek', { organisatie: org }).because(
      `${rol}:vernietigingsverzoeken-eigen-organisatie`,
    );
  }
  if (heeftRol(actor, 'vt-coordinator')) {
    can(['create', 'read'], 'Vernietigingsverzoek', { organisatie: org }).because(
      'vt-coordinator:vernietigingsverzoek-eigen-vt',
    );
    can('read', 'Vernietigingslijst', { organisatie: org, soort: 'verzoek' }).because(
      'vt-coordinator:verklaringen-eigen-vt',
    );
  }
}

/**
 * Notices of a rectification (AVG art. 19, ADR 0035): the organisation that received the
 * person's data sees the notice and acknowledges it, under the activity it received the data
 * for: an exchange under its participation (or the ZVH's direction), a delivered report under
 * VT's assessment. A notice names fields and a reference, never values.
 */
function rectificatieRegels(
  actor: Actor,
  doel: Doel | undefined,
  can: AbilityBuilder<AppAbility>['can'],
): void {
  const has = (rol: Rol) => heeftRol(actor, rol);
  const ontvangerCode = actor.organisatie.code;
  if (doel?.id === 'ketenpartner-deelname' && DEELNEMER_ROLLEN.some(has)) {
    can(['read', 'bevestigen'], 'Rectificatiemelding', {
      ontvangerCode,
      bron: 'uitwisseling',
    }).because('deelnemer:rectificatiemeldingen-ontvangen');
  }
  if (doel?.id === 'casusregie-zvh' && has('zvh-procesregisseur')) {
    can(['read', 'bevestigen'], 'Rectificatiemelding', {
      ontvangerCode,
      bron: 'uitwisseling',
    }).because('zvh:rectificatiemeldingen-ontvangen');
  }
  if (doel?.id === VT_ACTIVITEIT && (has('vt-medewerker') || has('vt-coordinator'))) {
    can(['read', 'bevestigen'], 'Rectificatiemelding', {
      ontvangerCode,
      bron: 'bezorging',
    }).because('vt:rectificatiemeldingen-ontvangen');
  }
}

function casusRegels(
  actor: Actor,
  doel: Doel | undefined,
  can: AbilityBuilder<AppAbility>['can'],
): void {
  const has = (rol: Rol) => heeftRol(actor, rol);
  const org = actor.organisatie.code;
  if (actor.soort === 'gebruiker') {
    can('read', 'Casusthema').because('iedereen:casusthemas-inzien');
  }
  const wijkteam = has('wijkteam-medewerker');
  if (doel?.id === 'casus-signalering-opschaling' && wijkteam) {
    can('create', 'Casus').because('wijkteam:casus-registreren');
    can('opschalen', 'Casus', { sleutelpartner: org }).because('wijkteam:eigen-casussen');
    // Its own signal until the ZVH decides.
    const eigenSignaal = { sleutelpartner: org, status: { $in: [...CASUS_VOOR_DEELNAME] } };
    can('read', 'Casus', [...CASUS_BASIS_VELDEN, ...CASUS_SIGNAAL_VELDEN], eigenSignaal).because(
      'wijkteam:eigen-signaal',
    );
    can('read', 'CasusPersoon', eigenSignaal).because('wijkteam:eigen-signaal');
    can('read', 'CasusDeelnemer', [...CASUS_DEELNEMER_BASIS], eigenSignaal).because(
      'wijkteam:eigen-signaal',
    );
    // After acceptance, under its own purpose too, exactly what a participant sees.
    deelnemerRegels(actor, can, 'wijkteam-deelnemer');
    // Once the ZVH closed it, the wijkteam keeps its own casus (the hand-back reaches it):
    // the casus and its signal, who took part, the persons it registered as identified, and
    // the exchanges it sent or received; nothing of other participants' scopes.
    const eigenAfgerond = { sleutelpartner: org, status: 'afgesloten' };
    const afgerond = 'wijkteam:eigen-casus-afgerond';
    can('read', 'Casus', [...CASUS_BASIS_VELDEN, ...CASUS_SIGNAAL_VELDEN], eigenAfgerond).because(
      afgerond,
    );
    can(
      'read',
      'CasusPersoon',
      [...CASUS_PERSOON_BASIS, ...(CASUS_PERSOON_VELDEN.identificatie ?? [])],
      eigenAfgerond,
    ).because(afgerond);
    can('read', 'CasusDeelnemer', [...CASUS_DEELNEMER_BASIS], eigenAfgerond).because(afgerond);
    can('read', 'Uitwisseling', { ...eigenAfgerond, van: org }).because(afgerond);
    can('read', 'Uitwisseling', { ...eigenAfgerond, ontvangers: org }).because(afgerond);
  }
  if (doel?.id === 'casusregie-zvh' && has('zvh-procesregisseur')) {
    can(['read', 'triageren', 'regisseren'], 'Casus', { regieOrganisatie: org }).because(
      'zvh:casusregie-eigen-huis',
    );
    can('read', ['CasusPersoon', 'CasusDeelnemer'], { regieOrganisatie: org }).because(
      'zvh:casusregie-eigen-huis',
    );
    can(['read', 'create'], 'Uitwisseling', { regieOrganisatie: org }).because(
      'zvh:casusregie-eigen-huis',
    );
    // Colleagues to name as procesregisseur: id and name, of the own ZVH only.
    can('read', 'Collega', ['id', 'naam'], { organisatieCode: org }).because(
      'zvh:casusregie-eigen-huis',
    );
  }
  if (doel?.id === 'ketenpartner-deelname' && DEELNEMER_ROLLEN.some(has)) {
    deelnemerRegels(actor, can, 'deelnemer');
    can('create', 'Uitwisseling', { deelnemers: org }).because('deelnemer:uitwisseling-vastleggen');
  }
  if (doel?.id === 'verantwoording-toezicht' && has('fg')) {
    can('read', 'Uitwisselingsregister', { organisaties: org }).because(
      'fg:uitwisselingsregister-eigen-casussen',
    );
  }
}

/** What an active participant sees of a casus: by its scope, only while it takes part. */
function deelnemerRegels(
  actor: Actor,
  can: AbilityBuilder<AppAbility>['can'],
  prefix: 'deelnemer' | 'wijkteam-deelnemer',
): void {
  const org = actor.organisatie.code;
  const deelname = { deelnemers: org };
  const regel = `${prefix}:casus-binnen-scope`;
  can('read', 'Casus', [...CASUS_BASIS_VELDEN], deelname).because(regel);
  can('read', 'CasusPersoon', [...CASUS_PERSOON_BASIS], deelname).because(regel);
  for (const [categorie, velden] of Object.entries(CASUS_PERSOON_VELDEN)) {
    can('read', 'CasusPersoon', [...velden], {
      ...deelname,
      [scopeVeld(categorie)]: org,
    }).because(`${prefix}:scope-${categorie}`);
  }
  can('read', 'CasusDeelnemer', [...CASUS_DEELNEMER_BASIS], deelname).because(regel);
  can('read', 'CasusDeelnemer', ['categorieen'], { ...deelname, organisatie: org }).because(
    `${prefix}:eigen-scope`,
  );
  can('read', 'Uitwisseling', { ...deelname, van: org }).because(`${prefix}:eigen-uitwisselingen`);
  can(['read', 'bevestigen'], 'Uitwisseling', { ...deelname, ontvangers: org }).because(
    `${prefix}:ontvangen-uitwisselingen`,
  );
}

/** The field of a CasusPersoon subject listing the organisations whose scope holds `categorie`. */
export function scopeVeld(categorie: string): string {
  return `scope_${categorie}`;
}

/** The processing activity of figures without persons (ADR 0030). */
export const CIJFERS_ACTIVITEIT = 'statistiek-veiligheidsbeeld';

/**
 * Figures (ADR 0030): aggregates only, never a record. The regional analyst sees the regional
 * picture (per municipality); a VT coordinator sees its own VT's deadlines and outcomes. Both
 * only under the statistics activity; nobody else sees figures.
 */
function cijferRegels(
  actor: Actor,
  doel: Doel | undefined,
  can: AbilityBuilder<AppAbility>['can'],
): void {
  if (doel?.id !== CIJFERS_ACTIVITEIT) return;
  if (heeftRol(actor, 'regionaal-analist')) {
    can('read', 'Cijfers').because('regionaal-analist:cijfers-regio');
  }
  if (heeftRol(actor, 'vt-coordinator')) {
    can('read', 'CijfersVeiligThuis', { vtOrganisatie: actor.organisatie.code }).because(
      'vt-coordinator:cijfers-eigen-veilig-thuis',
    );
  }
}

/** The id of the rule that decides `action` on `subject` for this ability, if any allows it. */
export function matchedRule(
  ability: AppAbility,
  action: Action,
  subject: SubjectType | ForcedSubject<SubjectType>,
): string | undefined {
  const rule = ability.relevantRuleFor(action, subject);
  return rule && !rule.inverted ? rule.reason : undefined;
}
