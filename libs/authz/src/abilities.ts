import {
  AbilityBuilder,
  createMongoAbility,
  type ForcedSubject,
  type MongoAbility,
} from '@casl/ability';
import type { Actor, Rol } from '@schakel/identity';

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
  | 'toewijzen'
  | 'terugkoppelen'
  | 'herrouteren'
  // Casus steps: the wijkteam escalates, the ZVH triages and directs (invites, registers
  // exchanges, records informing, closes), a recipient acknowledges an exchange.
  | 'opschalen'
  | 'triageren'
  | 'regisseren'
  | 'bevestigen';
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
  | 'Bezorging'
  | 'OnbestelbareBezorging'
  | 'Casus'
  | 'Casusthema'
  | 'CasusPersoon'
  | 'Uitwisseling'
  | 'Uitwisselingsregister'
  | 'Persoon';

export type AppAbility = MongoAbility<
  [Action, SubjectType | ForcedSubject<SubjectType> | Record<PropertyKey, unknown>]
>;

/** Record types a break-the-glass access may open. */
export const DOORBRAAK_ONDERWERPEN = ['Zorgmelding', 'Casus', 'Persoon'] as const;
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
  'geldigVanaf',
  'toegestaneRollen',
  'vastgelegdOp',
];

/** An active break-the-glass grant of this actor. */
export interface ActieveDoorbraak {
  id: string;
  onderwerpType: string;
  onderwerpId: string;
}

/** The activity a request is bound to (purpose binding), if the route needs one. */
export interface Doel {
  id: string;
  versie: number;
}

/**
 * The rules: who may do what, for which purpose. Deny by default: only what is granted here
 * is allowed. Every rule carries a stable id as its `reason`, so each decision can say which
 * rule let it through ("waarom had deze persoon toegang?").
 */
export function defineAbility(
  actor: Actor,
  doel?: Doel,
  doorbraken: ActieveDoorbraak[] = [],
): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const has = (rol: Rol) => actor.rollen.includes(rol);

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
    can('read', 'Doorbraak', { actorId: actor.id }).because('gebruiker:eigen-doorbraken');
  }
  if (has('beheerder')) {
    can(['create', 'update'], 'Verwerkingsactiviteit').because(
      'beheerder:verwerkingsregister-beheren',
    );
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
    can('create', 'DoorbraakBeoordeling').because('fg:doorbraken-beoordelen');
  }
  if (has('fg')) {
    can('read', 'Doorbraak', { organisatieCode: actor.organisatie.code }).because(
      'fg:doorbraken-eigen-organisatie',
    );
  }
  if (doel?.id === 'zorgmelding-ontvangen-beoordelen') {
    // The system client of a receiving organisation pulls and acknowledges its own deliveries.
    if (actor.soort === 'systeem' && has('systeem')) {
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
  zorgmeldingRegels(actor, doel, can);
  casusRegels(actor, doel, can);
  if (DOORBRAAK_ROLLEN.some(has) && doel) {
    can('create', 'Doorbraak').because('rol:doorbraak-toegestaan');
  }
  for (const d of doorbraken) {
    can('read', d.onderwerpType as SubjectType, { id: d.onderwerpId }).because(`doorbraak:${d.id}`);
    if (d.onderwerpType === 'Casus') {
      // Opening a casus opens its persons and exchanges for reading, nothing beyond it.
      can('read', ['CasusPersoon', 'Uitwisseling'], { casusId: d.onderwerpId }).because(
        `doorbraak:${d.id}`,
      );
    }
  }
  return build();
}

/** Zorgmelding rules (ADR 0016): each exists only under the activity its step serves. */
function zorgmeldingRegels(
  actor: Actor,
  doel: Doel | undefined,
  can: AbilityBuilder<AppAbility>['can'],
): void {
  const has = (rol: Rol) => actor.rollen.includes(rol);
  const org = actor.organisatie.code;
  if (has('politie-medewerker') && actor.organisatie.type === 'politie') {
    if (doel?.id === 'zorgmelding-indienen') {
      can('create', 'Zorgmelding').because('politie:zorgmelding-opstellen');
      can(['read', 'update', 'indienen'], 'Zorgmelding', { opstellerId: actor.id }).because(
        'politie:eigen-zorgmeldingen',
      );
    }
    if (doel?.id === 'zorgmelding-terugkoppeling') {
      can('read', 'Zorgmelding', { opstellerId: actor.id }).because(
        'politie:terugkoppeling-eigen-zorgmeldingen',
      );
    }
  }
  const vt =
    (has('vt-medewerker') || has('vt-coordinator')) && actor.organisatie.type === 'veilig-thuis';
  if (vt && doel?.id === 'zorgmelding-ontvangen-beoordelen') {
    can('beoordelen', 'Zorgmelding', { vtOrganisatie: org }).because(
      'vt:zorgmeldingen-eigen-organisatie',
    );
    if (has('vt-coordinator')) {
      can('toewijzen', 'Zorgmelding', { vtOrganisatie: org }).because(
        'vt-coordinator:zorgmeldingen-toewijzen',
      );
      // Exceptions have no VT yet: every coordinator of the unit may take them.
      can(['beoordelen', 'herrouteren'], 'Zorgmelding', {
        status: 'routeringsuitzondering',
      }).because('vt-coordinator:routeringsuitzonderingen');
    }
  }
  if (vt && doel?.id === 'zorgmelding-terugkoppeling') {
    can('terugkoppelen', 'Zorgmelding', { vtOrganisatie: org }).because(
      'vt:terugkoppeling-eigen-organisatie',
    );
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
/** Fields of a casus everyone who may read it sees (its view's other parts have their own rules). */
export const CASUS_BASIS_VELDEN = ['id', 'status', 'thema', 'deelnemers', 'tijdlijn'] as const;
/** Fields of a casus about the signal: the sleutelpartner (while it follows it) and the ZVH. */
export const CASUS_SIGNAAL_VELDEN = ['aanleiding', 'opschaling', 'triage'] as const;
/** Fields of a casus only the directing ZVH sees: informing decisions, all participants' scopes. */
export const CASUS_REGIE_VELDEN = ['informeren', 'scopes'] as const;
/** Statuses before acceptance: the sleutelpartner follows its signal without participating. */
export const CASUS_VOOR_DEELNAME = ['aangemeld', 'in-triage', 'afgewezen'] as const;

/**
 * Casus rules (ADR 0017). The wijkteam that registered a casus (sleutelpartner) and the ZVH
 * that directs it see all of it; a participant sees the casus while it participates
 * (`deelnemers` holds the active ones), each person's fields only per category of its scope
 * (`scope<Categorie>` lists the organisations whose scope holds the category), and the
 * exchanges it sent or received. The FG sees the exchange register's metadata of cases its
 * organisation takes or took part in.
 */
function casusRegels(
  actor: Actor,
  doel: Doel | undefined,
  can: AbilityBuilder<AppAbility>['can'],
): void {
  const has = (rol: Rol) => actor.rollen.includes(rol);
  const org = actor.organisatie.code;
  if (actor.soort === 'gebruiker') {
    can('read', 'Casusthema').because('iedereen:casusthemas-inzien');
  }
  if (
    doel?.id === 'casus-signalering-opschaling' &&
    has('wijkteam-medewerker') &&
    actor.organisatie.type === 'sociaal-wijkteam'
  ) {
    can('create', 'Casus').because('wijkteam:casus-registreren');
    can('opschalen', 'Casus', { sleutelpartner: org }).because('wijkteam:eigen-casussen');
    // Its own signal until the ZVH decides; after acceptance only while it participates (the
    // ZVH may end that; closing ends it), so it never sees more than a participant would.
    const voorwaarden: Record<string, unknown>[] = [
      { sleutelpartner: org, status: { $in: [...CASUS_VOOR_DEELNAME] } },
      { sleutelpartner: org, deelnemers: org },
    ];
    for (const voorwaarde of voorwaarden) {
      can('read', 'Casus', [...CASUS_BASIS_VELDEN, ...CASUS_SIGNAAL_VELDEN], voorwaarde).because(
        'wijkteam:eigen-casussen',
      );
      can('read', 'CasusPersoon', voorwaarde).because('wijkteam:eigen-casussen');
    }
  }
  if (
    doel?.id === 'casusregie-zvh' &&
    has('zvh-procesregisseur') &&
    actor.organisatie.type === 'zorg-en-veiligheidshuis'
  ) {
    can(['read', 'triageren', 'regisseren'], 'Casus', { regieOrganisatie: org }).because(
      'zvh:casusregie-eigen-huis',
    );
    can('read', 'CasusPersoon', { regieOrganisatie: org }).because('zvh:casusregie-eigen-huis');
    can(['read', 'create'], 'Uitwisseling', { regieOrganisatie: org }).because(
      'zvh:casusregie-eigen-huis',
    );
  }
  if (doel?.id === 'ketenpartner-deelname') {
    // Only while participating: `deelnemers` holds the active participants.
    can('read', 'Casus', [...CASUS_BASIS_VELDEN], { deelnemers: org }).because(
      'deelnemer:casus-binnen-scope',
    );
    can('read', 'CasusPersoon', ['persoonId', 'rol'], { deelnemers: org }).because(
      'deelnemer:casus-binnen-scope',
    );
    for (const [categorie, velden] of Object.entries(CASUS_PERSOON_VELDEN)) {
      can('read', 'CasusPersoon', [...velden], {
        deelnemers: org,
        [scopeVeld(categorie)]: org,
      }).because(`deelnemer:scope-${categorie}`);
    }
    can('create', 'Uitwisseling', { deelnemers: org }).because('deelnemer:uitwisseling-vastleggen');
    can('read', 'Uitwisseling', { deelnemers: org, van: org }).because(
      'deelnemer:eigen-uitwisselingen',
    );
    can(['read', 'bevestigen'], 'Uitwisseling', { deelnemers: org, ontvangers: org }).because(
      'deelnemer:ontvangen-uitwisselingen',
    );
  }
  if (doel?.id === 'verantwoording-toezicht' && has('fg')) {
    can('read', 'Uitwisselingsregister', { organisaties: org }).because(
      'fg:uitwisselingsregister-eigen-casussen',
    );
  }
}

/** The field of a CasusPersoon subject listing the organisations whose scope holds `categorie`. */
export function scopeVeld(categorie: string): string {
  return `scope_${categorie}`;
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
