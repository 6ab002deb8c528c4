import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AuditSequencer } from '@schakel/audit';
import { defineAbility, DoorbraakService, type SubjectType } from '@schakel/authz';
import { Uitgaand } from '@schakel/bezorging';
import type { Actor } from '@schakel/identity';
import { CASUS_WEERGAVEN } from '@schakel/casussen';
import { volledigeMelding, ZORGMELDING_WEERGAVEN } from '@schakel/zorgmeldingen';
import { DataSource } from 'typeorm';
import {
  aanmelding,
  ALLE_CRITERIA,
  api,
  maakCasus,
  persoon,
  REGIE,
  type GemaakteCasus,
} from './casus-fixtures.js';
import { loginAs, type Session } from './login.js';
import { discoverRoutes, type DiscoveredRoute } from './routes.js';
import { systemToken } from './system-client.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';
import { ACTORS, apiPad, MATRIX, NAMES, type ActorName } from './authz-matrix.js';
import { antwoordSchema, bereikbareSchemas, verbodenVelden, type OpenApi } from './veldrechten.js';
import { vandaagInAmsterdam } from './datum.js';

/**
 * Routes whose answers hold no personal data (reading the register of processing activities,
 * the own login): they write no audit record. Every other route with a policy, changes of the
 * register included, must write one for every answer it gives a logged-in actor (toegestaan
 * on 2xx, geweigerd on a denial).
 */
/**
 * Response schemas of data routes and the subject whose rules cut them: every 2xx answer of
 * the matrix is walked along its schema, and an object of a mapped schema may hold only keys
 * that a rule of that actor (under that activity) permits for the subject.
 */
const WEERGAVEN: Readonly<Record<string, SubjectType>> = {
  ...CASUS_WEERGAVEN,
  ...ZORGMELDING_WEERGAVEN,
  DoorbraakView: 'Doorbraak',
  VerwerkingsactiviteitView: 'Verwerkingsactiviteit',
  LijstView: 'Vernietigingslijst',
};
/**
 * Data routes' answers that no field rule cuts, and why; a new data route must be in one of
 * the two lists (the test below fails otherwise).
 */
const NIET_GESNEDEN: Readonly<Record<string, string>> = {
  BeoordelingView: 'het oordeel van de FG zelf',
  GemeenteView: 'namen en CBS-codes van gemeenten, geen persoonsgegevens',
  RegioCijfersView: 'alleen aantallen, kleine aantallen afgeschermd (ADR 0030)',
  VtCijfersView: 'alleen aantallen van het eigen Veilig Thuis, afgeschermd (ADR 0030)',
  ZoekResultaat: 'metadata van het auditspoor, gefilterd in SQL (AuditRecord-regels)',
  Toelichting: 'metadata van één auditrecord voor de FG',
  IntegriteitView: 'hashes en posities',
  StatistiekenView: 'tellingen',
  LdvVerwerkingen:
    'verwerkingen uit het verwerkingslog (Logboek Dataverwerkingen), met pseudoniemen, gefilterd in SQL (AuditRecord-regels)',
  Feed: 'de bezorging aan het eigen systeem van de ontvangende VT (Bezorging-regels)',
  Ontvangstbevestiging: 'een referentie',
  OnbestelbareBezorging: 'referenties, geen inhoud',
  VerzoekView: 'een verzoek van een betrokkene aan de eigen FG: metagegevens, geen BSN of naam',
  Inzagerapport:
    'het inzagerapport voor de betrokkene zelf (AVG art. 15), per context binnen de verantwoordelijkheid van de eigen organisatie, met achterhoudingsregels (ADR 0028)',
  LijstItemView: 'kenmerken van dossiers en hun termijnen, geen inhoud (ADR 0027)',
  LijstAantallen: 'tellingen',
  BlokkadeView: 'kenmerk, reden en wie: bewaarplicht of verlenging van de eigen organisatie',
  SignaleringView: 'kenmerken en termijnen van dossiers van de eigen organisatie',
  VernietigingsverzoekView: 'een verzoek tot vernietiging en het besluit, van de eigen organisatie',
  RectificatiemeldingView:
    'een melding aan de ontvangende organisatie: welke soort gegevens, welke verstrekking, geen waarden (ADR 0035)',
  GebruikerView:
    'de gebruikerslijst (personeelsgegevens), alleen voor de beheerder (Gebruiker-regels)',
};

const NO_PERSONAL_DATA = new Set([
  'GET /auth/me',
  'POST /auth/logout',
  'GET /verwerkingsactiviteiten',
  'GET /verwerkingsactiviteiten/{id}/versies',
  'GET /verwerkingsactiviteiten/{id}/versies/{versie}',
  'GET /doelcompatibiliteit',
  'GET /casussen/referentie',
  // References and counts only; each pile is logged under its own activity when there is one.
  'GET /mijn-werk',
  'GET /organisaties',
  'GET /beheer/gezondheid',
]);

/** Routes that act on a data subject: an allowed call also writes processing-log records. */
const SUBJECT_ROUTES = new Set([
  'POST /verantwoording/zoeken',
  'POST /verantwoording/ldv/processing-activities',
  'GET /bezorging/feed',
  'POST /bezorging/{id}/ontvangstbevestiging',
  'POST /zorgmeldingen',
  'GET /zorgmeldingen/{id}',
  'PUT /zorgmeldingen/{id}',
  'POST /zorgmeldingen/{id}/indienen',
  'POST /zorgmeldingen/{id}/herrouteren',
  'GET /vt/zorgmeldingen/{id}',
  'GET /zorgmeldingen/{id}/pdf',
  'DELETE /zorgmeldingen/{id}',
  'GET /vt/zorgmeldingen/{id}/pdf',
  'POST /vt/zorgmeldingen/{id}/oppakken',
  'POST /vt/zorgmeldingen/{id}/ontvangst',
  'POST /vt/zorgmeldingen/{id}/toewijzing',
  'POST /vt/zorgmeldingen/{id}/beoordeling',
  'POST /vt/zorgmeldingen/{id}/terugkoppeling',
  'POST /casussen',
  'POST /casussen/personen/tijdlijn',
  'GET /casussen/{id}',
  'POST /casussen/{id}/opschaling',
  'POST /casussen/{id}/triage',
  'POST /casussen/{id}/deelnemers',
  'PUT /casussen/{id}/deelnemers/{organisatie}',
  'DELETE /casussen/{id}/deelnemers/{organisatie}',
  'POST /casussen/{id}/uitwisselingen',
  'POST /casussen/{id}/uitwisselingen/{uitwisselingId}/ontvangst',
  'POST /casussen/{id}/betrokkenen/{persoonId}/informeren',
  'POST /casussen/{id}/afsluiting',
  'POST /rechten/verzoeken',
  'GET /rechten/verzoeken/{id}',
  'POST /rechten/verzoeken/{id}/verlenging',
  'POST /rechten/verzoeken/{id}/afhandeling',
  'POST /rechten/verzoeken/{id}/inzage',
  'POST /rechten/verzoeken/{id}/inzage/pdf',
  'POST /rechten/verzoeken/{id}/rectificatie',
  'POST /rechten/verzoeken/{id}/beperking',
  'POST /rechten/verzoeken/{id}/beperking/opheffing',
  'POST /rectificatiemeldingen/{id}/bevestiging',
  'POST /rechten/verzoeken/{id}/wissing',
]);

/** Zorgmeldingen made before the matrix runs, each in the state its route needs. */
const zm = {
  lees: '',
  concept: '',
  indienen: '',
  ontvangst: '',
  beoordeling: '',
  terugkoppeling: '',
  toewijzing: '',
  uitzondering: '',
  verwijderen: '',
  oppakken: '',
  /** The kenmerk of `lees`. */
  kenmerk: '',
  /** Routed to VT Zuid-Holland Zuid: what the vt-medewerker (Rotterdam Rijnmond) breaks the glass for. */
  doorbraak: '',
};
/** Requests at the rights desk of the FG of VT Rotterdam Rijnmond, made before the matrix runs. */
const rv = {
  lees: '',
  verlengen: '',
  afhandelen: '',
  rectificatie: '',
  beperking: '',
  wissing: '',
};
/** A notice to the OM of a rectification by the ZVH's FG (ADR 0035). */
let rectificatiemelding = '';
const rvPad = (id: string, staart = '') => `/api/v1/rechten/verzoeken/${id}${staart}`;
/** Casussen made before the matrix runs (registered by Dordrecht, directed by the ZVH). */
const cs = {
  lees: undefined as GemaakteCasus | undefined,
  opschaling: '',
  triage: '',
  uitnodigen: '',
  verwijderen: '',
  afsluiten: undefined as GemaakteCasus | undefined,
  /** An exchange in `lees` from the ZVH to the OM. */
  ontvangst: '',
};
/** Retention fixtures (ADR 0027), all of VT Rotterdam Rijnmond: lists in each state, a hold. */
const bw = { voorgesteld: '', goedgekeurd: '', vernietigd: '', blokkade: '' };
const casusPersoon = () => cs.lees?.personen[0] ?? { persoonId: '', bsn: '' };
const MATRIX_SLEUTEL = `matrix-${randomBytes(6).toString('hex')}`;
/** A complete report whose child and victim live in a municipality. */
function meldingIn(gemeentecode: string): Record<string, unknown> {
  const m = volledigeMelding();
  for (const b of m.betrokkenen ?? []) if (b.adres) b.adres.gemeentecode = gemeentecode;
  return m as unknown as Record<string, unknown>;
}

let seq = 0;
/** A grant of the vt-medewerker, made before the matrix runs. */
let grantId = '';
/** A sealed audit record and the tree size after sealing. */
let auditRecordId = '';
let auditSize = 0;
/** The actor audit record of that grant. */
let grantAuditId = '';
/** A delivery to VT Rotterdam Rijnmond (in its feed) and an undeliverable one to VT ZHZ. */
let bezorgdId = '';
let onbestelbaarId = '';
const activiteit = () => ({
  naam: 'Proefverwerking voor de autorisatiematrix',
  verwerkingsverantwoordelijke: 'Schakel platformbeheer',
  doel: 'Nagaan dat alleen beheerders het register wijzigen.',
  grondslag: 'AVG art. 6 lid 1 sub e',
  grondslagToelichting: 'Alleen voor de test van de autorisatiematrix.',
  categorieenBetrokkenen: ['medewerkers'],
  categorieenGegevens: [{ naam: 'gebruikersgegevens', bijzonder: false, strafrechtelijk: false }],
  ontvangers: [],
  bewaartermijn: 'P1Y',
  geldigVanaf: '2025-01-01',
  // A role the rules know under any activity (break the glass): others are refused with 422.
  toegestaneRollen: ['vt-medewerker'],
});
/** The content of verantwoording-toezicht in force, read before the matrix runs. */
let toezichtInhoud: Record<string, unknown> = {};
/** A widening change (a new legal basis) proposed before the matrix runs, for the FG. */
const VOORSTEL_ID = 'zorgmelding-terugkoppeling';
let voorstelVersie = 0;

/** A request that would succeed for an allowed actor (valid path parameters and body). */
function requestFor(
  key: string,
  actor?: ActorName,
): {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
} {
  const [method = 'GET', path = '/'] = key.split(' ');
  const api = apiPad(path);
  switch (key) {
    case 'GET /verwerkingsactiviteiten/{id}/versies':
      return { method, path: '/api/v1/verwerkingsactiviteiten/zorgmelding-indienen/versies' };
    case 'GET /verwerkingsactiviteiten/{id}/versies/{versie}':
      return { method, path: '/api/v1/verwerkingsactiviteiten/zorgmelding-indienen/versies/1' };
    case 'PUT /verwerkingsactiviteiten/{id}':
      return {
        method,
        path: '/api/v1/verwerkingsactiviteiten/verantwoording-toezicht',
        body: { ...toezichtInhoud, naam: 'Verantwoording en toezicht (matrixproef)' },
      };
    case 'POST /verwerkingsactiviteiten':
      return { method, path: api, body: { ...activiteit(), id: `matrix-proef-${String(++seq)}` } };
    case 'POST /verwerkingsactiviteiten/{id}/versies/{versie}/goedkeuring':
      return {
        method,
        path: `/api/v1/verwerkingsactiviteiten/${VOORSTEL_ID}/versies/${String(voorstelVersie)}/goedkeuring`,
        body: { besluit: 'afwijzen', toelichting: 'Alleen een proef van de autorisatiematrix.' },
      };
    case 'GET /audit/checkpoints/{grootte}':
      return { method, path: `/api/v1/audit/checkpoints/${String(auditSize)}` };
    case 'GET /audit/records/{id}/opnamebewijs':
      return { method, path: `/api/v1/audit/records/${auditRecordId}/opnamebewijs` };
    case 'GET /audit/tlog/tile/*pad':
      // The first tile of level 0, as wide as the latest checkpoint has it.
      return {
        method,
        path: `/api/v1/audit/tlog/tile/0/000${auditSize >= 256 ? '' : `.p/${String(auditSize)}`}`,
      };
    case 'GET /audit/consistentiebewijs':
      return {
        method,
        path: `/api/v1/audit/consistentiebewijs?van=${String(auditSize)}&tot=${String(auditSize)}`,
      };
    case 'POST /verantwoording/zoeken':
      return { method, path: api, body: { bsn: '111222333', limiet: 10 } };
    case 'POST /verantwoording/ldv/processing-activities':
      return { method, path: api, body: { 'dpl.core.data_subject_id': '111222333' } };
    case 'GET /verantwoording/records/{id}':
      return { method, path: `/api/v1/verantwoording/records/${grantAuditId}` };
    case 'GET /cijfers/regio':
    case 'GET /cijfers/regio/export':
      return { method, path: `${api}?gemeenten=GM0599,GM0505&van=2026-K1&tot=2026-K4` };
    case 'GET /cijfers/veilig-thuis':
      return { method, path: `${api}?van=2026-K1&tot=2026-K4` };
    case 'GET /verantwoording/statistieken':
      return { method, path: `${api}?van=2026-01-01&tot=2026-01-31&granulariteit=week` };
    case 'POST /verantwoording/export':
      return {
        method,
        path: api,
        body: { van: '2020-01-01T00:00:00.000Z', tot: '2100-01-01T00:00:00.000Z' },
      };
    case 'POST /doorbraken/{id}/beoordeling':
      return {
        method,
        path: `/api/v1/doorbraken/${grantId}/beoordeling`,
        body: { oordeel: 'terecht', toelichting: 'Acuut gevaar was aannemelijk; terecht.' },
      };
    case 'GET /doorbraken/{id}':
      return { method, path: `/api/v1/doorbraken/${grantId}` };
    case 'POST /bezorging/{id}/ontvangstbevestiging':
      return { method, path: `/api/v1/bezorging/${bezorgdId}/ontvangstbevestiging` };
    case 'POST /bezorging/{id}/opnieuw':
      return { method, path: `/api/v1/bezorging/${onbestelbaarId}/opnieuw` };
    case 'POST /doorbraken':
      // Each within its own domain: VT a report routed to a VT, the ZVH its own casus.
      return {
        method,
        path: api,
        body: {
          onderwerpType: actor === 'zvh-procesregisseur' ? 'Casus' : 'Zorgmelding',
          onderwerpId: actor === 'zvh-procesregisseur' ? (cs.lees?.id ?? '') : zm.doorbraak,
          verantwoording:
            'Acuut gevaar voor een kind; de behandelaar is onbereikbaar en de melding moet nu gelezen worden.',
          duurMinuten: 15,
        },
      };
    case 'POST /zorgmeldingen':
      return { method, path: api, body: { ...meldingIn('GM0599'), status: 'concept' } };
    case 'GET /zorgmeldingen/{id}':
      return { method, path: `/api/v1/zorgmeldingen/${zm.lees}` };
    case 'PUT /zorgmeldingen/{id}':
      return {
        method,
        path: `/api/v1/zorgmeldingen/${zm.concept}`,
        body: { ...meldingIn('GM0599'), status: 'concept' },
      };
    case 'POST /zorgmeldingen/{id}/indienen':
      return {
        method,
        path: `/api/v1/zorgmeldingen/${zm.indienen}/indienen`,
        body: meldingIn('GM0599'),
        headers: { 'idempotency-key': MATRIX_SLEUTEL },
      };
    case 'POST /zorgmeldingen/{id}/herrouteren':
      return {
        method,
        path: `/api/v1/zorgmeldingen/${zm.uitzondering}/herrouteren`,
        body: {
          vtOrganisatie: 'vt-zuid-holland-zuid',
          reden: 'Woont volgens de melder in Dordrecht.',
        },
      };
    case 'GET /vt/zorgmeldingen/{id}':
      return { method, path: `/api/v1/vt/zorgmeldingen/${zm.lees}` };
    case 'GET /zorgmeldingen/{id}/pdf':
      return { method, path: `/api/v1/zorgmeldingen/${zm.lees}/pdf` };
    case 'GET /vt/zorgmeldingen/{id}/pdf':
      return { method, path: `/api/v1/vt/zorgmeldingen/${zm.lees}/pdf` };
    case 'DELETE /zorgmeldingen/{id}':
      return { method, path: `/api/v1/zorgmeldingen/${zm.verwijderen}` };
    case 'POST /zorgmeldingen/zoeken':
    case 'POST /vt/zoeken':
      return { method, path: api, body: { kenmerk: zm.kenmerk } };
    case 'POST /vt/zorgmeldingen/{id}/oppakken':
      return { method, path: `/api/v1/vt/zorgmeldingen/${zm.oppakken}/oppakken` };
    case 'POST /vt/zorgmeldingen/{id}/ontvangst':
      return { method, path: `/api/v1/vt/zorgmeldingen/${zm.ontvangst}/ontvangst`, body: {} };
    case 'POST /vt/zorgmeldingen/{id}/toewijzing':
      return {
        method,
        path: `/api/v1/vt/zorgmeldingen/${zm.toewijzing}/toewijzing`,
        body: { medewerker: ACTORS['vt-coordinator'] },
      };
    case 'POST /vt/zorgmeldingen/{id}/beoordeling':
      return {
        method,
        path: `/api/v1/vt/zorgmeldingen/${zm.beoordeling}/beoordeling`,
        body: { uitkomst: 'omzetten-naar-advies', datum: vandaagInAmsterdam() },
      };
    case 'POST /vt/zorgmeldingen/{id}/terugkoppeling':
      return {
        method,
        path: `/api/v1/vt/zorgmeldingen/${zm.terugkoppeling}/terugkoppeling`,
        body: { bericht: 'Omgezet naar advies.' },
      };
    case 'POST /rechten/verzoeken':
      return {
        method,
        path: api,
        body: {
          soort: 'inzage',
          bsn: '111222333',
          identiteitVastgesteld: true,
          identiteitWijze: 'digid',
        },
      };
    case 'GET /rechten/verzoeken/{id}':
      return { method, path: rvPad(rv.lees) };
    case 'POST /rechten/verzoeken/{id}/verlenging':
      return {
        method,
        path: rvPad(rv.verlengen, '/verlenging'),
        body: { maanden: 1, reden: 'Gegevens bij meerdere organisaties op te vragen.' },
      };
    case 'POST /rechten/verzoeken/{id}/afhandeling':
      return {
        method,
        path: rvPad(rv.afhandelen, '/afhandeling'),
        body: { uitkomst: 'afgehandeld', antwoord: 'Het overzicht is verstuurd.' },
      };
    case 'POST /rechten/verzoeken/{id}/inzage':
      return { method, path: rvPad(rv.lees, '/inzage') };
    case 'POST /rechten/verzoeken/{id}/inzage/pdf':
      return { method, path: rvPad(rv.lees, '/inzage/pdf') };
    case 'POST /rechten/verzoeken/{id}/rectificatie':
      return {
        method,
        path: rvPad(rv.rectificatie, '/rectificatie'),
        body: { wijzigingen: { voornamen: 'Anna' }, reden: 'Voornaam bevestigd door betrokkene.' },
      };
    case 'POST /rechten/verzoeken/{id}/wissing':
      return { method, path: rvPad(rv.wissing, '/wissing') };
    case 'POST /rechten/verzoeken/{id}/beperking':
      return {
        method,
        path: rvPad(rv.beperking, '/beperking'),
        body: { toegestaneActiviteiten: [], reden: 'Betrokkene betwist de juistheid.' },
      };
    case 'POST /rectificatiemeldingen/{id}/bevestiging':
      return { method, path: `/api/v1/rectificatiemeldingen/${rectificatiemelding}/bevestiging` };
    case 'POST /rechten/verzoeken/{id}/beperking/opheffing':
      return { method, path: rvPad(rv.beperking, '/beperking/opheffing') };
    case 'POST /casussen':
      return { method, path: api, body: aanmelding([persoon('hoofdpersoon')]) };
    case 'POST /casussen/personen/tijdlijn':
      return { method, path: api, body: { bsn: casusPersoon().bsn } };
    case 'GET /casussen/{id}':
      return { method, path: `/api/v1/casussen/${cs.lees?.id ?? ''}` };
    case 'POST /casussen/{id}/opschaling':
      return {
        method,
        path: `/api/v1/casussen/${cs.opschaling}/opschaling`,
        body: { criteria: ALLE_CRITERIA, motivering: 'Meerdere leefdomeinen en ketens.' },
      };
    case 'POST /casussen/{id}/triage':
      return {
        method,
        path: `/api/v1/casussen/${cs.triage}/triage`,
        body: { besluit: 'accepteren' },
      };
    case 'POST /casussen/{id}/deelnemers':
      return {
        method,
        path: `/api/v1/casussen/${cs.uitnodigen}/deelnemers`,
        body: { organisatie: 'om-rotterdam', categorieen: ['identificatie'] },
      };
    case 'PUT /casussen/{id}/deelnemers/{organisatie}':
      return {
        method,
        path: `/api/v1/casussen/${cs.lees?.id ?? ''}/deelnemers/om-rotterdam`,
        body: { categorieen: ['identificatie'] },
      };
    case 'DELETE /casussen/{id}/deelnemers/{organisatie}':
      return { method, path: `/api/v1/casussen/${cs.verwijderen}/deelnemers/ggz-rijnmond` };
    case 'POST /casussen/{id}/uitwisselingen':
      return {
        method,
        path: `/api/v1/casussen/${cs.lees?.id ?? ''}/uitwisselingen`,
        body: {
          // No organisation sends to itself (422): the ZVH sends to the OM, the others to the ZVH.
          naar: [actor === 'zvh-procesregisseur' ? 'om-rotterdam' : 'zvh-rotterdam-rijnmond'],
          betrokkenen: [casusPersoon().persoonId],
          categorieen: ['identificatie'],
          proportionaliteit: 'Alleen de identificatie, nodig voor het casusoverleg.',
          subsidiariteit: 'Zonder deze gegevens is de persoon niet te bespreken.',
          inhoud: 'Persoon is bij ons bekend.',
        },
      };
    case 'POST /casussen/{id}/uitwisselingen/{uitwisselingId}/ontvangst':
      return {
        method,
        path: `/api/v1/casussen/${cs.lees?.id ?? ''}/uitwisselingen/${cs.ontvangst}/ontvangst`,
      };
    case 'POST /casussen/{id}/betrokkenen/{persoonId}/informeren':
      return {
        method,
        path: `/api/v1/casussen/${cs.lees?.id ?? ''}/betrokkenen/${casusPersoon().persoonId}/informeren`,
        body: { besluit: 'geinformeerd', op: vandaagInAmsterdam() },
      };
    case 'POST /casussen/{id}/afsluiting':
      return {
        method,
        path: `/api/v1/casussen/${cs.afsluiten?.id ?? ''}/afsluiting`,
        body: {
          reden: 'Doelen bereikt.',
          herbeoordelingen: (cs.afsluiten?.personen ?? []).map((p) => ({
            persoonId: p.persoonId,
            besluit: 'geinformeerd',
            op: vandaagInAmsterdam(),
          })),
        },
      };
    case 'GET /bewaring/vernietigingslijsten/{id}':
      return { method, path: `/api/v1/bewaring/vernietigingslijsten/${bw.voorgesteld}` };
    case 'POST /bewaring/vernietigingslijsten/{id}/goedkeuring':
      return {
        method,
        path: `/api/v1/bewaring/vernietigingslijsten/${bw.voorgesteld}/goedkeuring`,
        body: {},
      };
    case 'POST /bewaring/vernietigingslijsten/{id}/bevestiging':
      return {
        method,
        path: `/api/v1/bewaring/vernietigingslijsten/${bw.goedgekeurd}/bevestiging`,
        body: {},
      };
    case 'GET /bewaring/vernietigingslijsten/{id}/verklaring':
      return { method, path: `/api/v1/bewaring/vernietigingslijsten/${bw.vernietigd}/verklaring` };
    case 'POST /bewaring/blokkades':
      return {
        method,
        path: api,
        body: {
          soort: 'bewaarplicht',
          objectSoort: 'zorgmelding',
          objectId: zm.lees,
          reden: 'Proef van de autorisatiematrix.',
        },
      };
    case 'POST /bewaring/blokkades/{id}/opheffing':
      return { method, path: `/api/v1/bewaring/blokkades/${bw.blokkade}/opheffing`, body: {} };
    case 'POST /bewaring/vernietigingsverzoeken':
      return {
        method,
        path: api,
        body: {
          zorgmeldingId: zm.doorbraak,
          verzoeker: 'betrokkene',
          ontvangenOp: new Date().toISOString().slice(0, 10),
          besluit: 'afgewezen',
          motivering: 'Proef van de autorisatiematrix: afgewezen.',
        },
      };
    default:
      return { method, path: api };
  }
}

describe('authorization matrix (real app, real logins, real HTTP)', () => {
  let t: TestApp;
  let routes: DiscoveredRoute[];
  const sessions = new Map<ActorName, Session>();
  /** The published contract, and each actor as the API knows it (`/auth/me`). */
  let openapi: OpenApi;
  const profielen = new Map<ActorName, Actor>();
  /** Keys in answers that no rule of the actor permits. */
  let veldFouten: string[] = [];
  let bearer = '';
  /** Answers of the current row that lack their audit records. */
  let logFailures: string[] = [];

  let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;

  beforeAll(async () => {
    // A database of its own, so this app leads the audit sequencer and the rows are stable.
    isolated = await isolatedDatabase();
    t = await startTestApp(isolated.env);
    routes = discoverRoutes(t.app);
    const token = await systemToken(
      t.url,
      ACTORS.systeem,
      join(t.config.DATA_DIR, 'dev-idp', `${ACTORS.systeem}.private.jwk.json`),
    );
    bearer = token.accessToken ?? '';
    const ds = t.app.get(DataSource);
    const vt = await loginAs(t.url, ACTORS['vt-medewerker']);
    sessions.set('vt-medewerker', vt);
    // A delivery source for the matrix, and one delivered and one undeliverable delivery.
    t.app.get(Uitgaand).registreerBron('matrixproef', {
      activiteit: 'zorgmelding-indienen',
      render: () =>
        Promise.resolve({
          payload: { proef: true },
          betrokkenen: [{ identificatie: '999990019', categorieen: ['identificatie'] }],
          verstrekker: 'politie-rotterdam',
        }),
    });
    const [bezorgd] = await ds.query<{ id: string }[]>(
      `INSERT INTO bezorging (soort, object_id, ontvanger_code, idempotentie_sleutel, status,
         pogingen, intern_bezorgd_op, feed_positie)
       SELECT 'matrixproef', 'm-1', 'vt-rotterdam-rijnmond', 'matrix-1', 'bezorgd', 1, now(),
              coalesce(max(feed_positie), 0) + 1 FROM bezorging
       RETURNING id`,
    );
    bezorgdId = bezorgd?.id ?? '';
    const [onbestelbaar] = await ds.query<{ id: string }[]>(
      `INSERT INTO bezorging (soort, object_id, ontvanger_code, idempotentie_sleutel, status,
         pogingen, laatste_fout)
       VALUES ('matrixproef', 'm-2', 'vt-zuid-holland-zuid', 'matrix-2', 'onbestelbaar', 10, 'http-503')
       RETURNING id`,
    );
    onbestelbaarId = onbestelbaar?.id ?? '';
    await maakZorgmeldingen(vt);
    await maakCasussen();
    await maakVoorstel();
    await maakVerzoeken();
    await maakBewaring(ds);
    openapi = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as OpenApi;
    // The vt-medewerker's grant (made after the records it opens exist).
    const made = await vt.fetch('/api/v1/doorbraken', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        verwerkingsactiviteit: 'zorgmelding-ontvangen-beoordelen',
      },
      body: JSON.stringify(requestFor('POST /doorbraken').body),
    });
    grantId = ((await made.json()) as { id: string }).id;
    await t.app.get(AuditSequencer).sealNow();
    const [sealed] = await ds.query<{ record_id: string }[]>(
      'SELECT record_id FROM audit_positie LIMIT 1',
    );
    auditRecordId = sealed?.record_id ?? '';
    const [latest] = await ds.query<{ n: string }[]>(
      'SELECT max(tree_size) AS n FROM audit_checkpoint',
    );
    auditSize = Number(latest?.n);
    const [grantAudit] = await ds.query<{ id: string }[]>(
      `SELECT id FROM actor_audit WHERE object_type = 'Doorbraak' AND object_id = $1`,
      [grantId],
    );
    grantAuditId = grantAudit?.id ?? '';
  });

  /** Destruction lists of VT Rotterdam Rijnmond in each state (references only), and a hold. */
  async function maakBewaring(ds: DataSource): Promise<void> {
    const lijst = async (status: string, extra: string) => {
      const id = randomUUID();
      await ds.query(
        `INSERT INTO vernietigingslijst (id, nummer, organisatie, soort, status, peildatum,
           voorgesteld_op, voorgesteld_door, goedgekeurd_door, goedgekeurd_door_naam, goedgekeurd_op,
           vernietigd_op)
         VALUES ($1, $2, 'vt-rotterdam-rijnmond', 'termijn', $3, CURRENT_DATE, now(), 'bewaring-dagtaak',
           $4::text, $4::text, CASE WHEN $4::text IS NULL THEN NULL ELSE now() END,
           CASE WHEN $3 = 'vernietigd' THEN now() END)`,
        [id, `VL-1999-${extra}`, status, status === 'voorgesteld' ? null : 'demo-fg-zvh'],
      );
      await ds.query(
        `INSERT INTO vernietigingslijst_item (lijst_id, object_soort, object_id, referentie,
           activiteit_id, activiteit_versie, bewaartermijn, bewaartermijn_vanaf, vanaf, bewaar_tot, status)
         VALUES ($1, 'zorgmelding', $2::uuid, $2::text, 'zorgmelding-ontvangen-beoordelen', 1, 'P20Y', 'afsluiting',
           '1970-01-01', '1990-01-01', $3)`,
        [id, randomUUID(), status === 'vernietigd' ? 'vernietigd' : 'voorgesteld'],
      );
      return id;
    };
    bw.voorgesteld = await lijst('voorgesteld', '0001');
    bw.goedgekeurd = await lijst('goedgekeurd', '0002');
    bw.vernietigd = await lijst('vernietigd', '0003');
    bw.blokkade = randomUUID();
    await ds.query(
      `INSERT INTO bewaar_blokkade (id, soort, object_soort, object_id, organisatie, reden,
         gezet_door, gezet_door_naam, gezet_op)
       VALUES ($1, 'bewaarplicht', 'zorgmelding', $2, 'vt-rotterdam-rijnmond', 'Matrixproef.',
         'demo-fg-vt-rr', 'Ruben Hendriks', now())`,
      [bw.blokkade, zm.lees],
    );
  }

  /** The register content the PUT row narrows, and a proposal for the FG's decision. */
  async function maakVoorstel(): Promise<void> {
    const beheerder = await loginAs(t.url, ACTORS.beheerder);
    sessions.set('beheerder', beheerder);
    const list = (await (
      await beheerder.fetch('/api/v1/verwerkingsactiviteiten')
    ).json()) as Record<string, unknown>[];
    // The content only: what the register records about a version is not input.
    const {
      id: _i,
      versie: _v,
      vastgelegdDoor: _d,
      vastgelegdOp: _o,
      status: _s,
      beoordeeldDoor: _bd,
      beoordeeldOp: _bo,
      beoordelingToelichting: _bt,
      ...inhoud
    } = list.find((a) => a.id === 'verantwoording-toezicht') ?? {};
    toezichtInhoud = inhoud;
    const {
      id: _vi,
      versie: _vv,
      vastgelegdDoor: _vd,
      vastgelegdOp: _vo,
      status: _vs,
      beoordeeldDoor: _vbd,
      beoordeeldOp: _vbo,
      beoordelingToelichting: _vbt,
      ...voorstel
    } = list.find((a) => a.id === VOORSTEL_ID) ?? {};
    const res = await beheerder.fetch(`/api/v1/verwerkingsactiviteiten/${VOORSTEL_ID}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...voorstel,
        grondslag: `${String(voorstel.grondslag)} (matrixproef)`,
      }),
    });
    if (res.status !== 202) throw new Error(`voorstel: ${String(res.status)}`);
    voorstelVersie = ((await res.json()) as { versie: number }).versie;
  }

  /** Requests at the FG's rights desk, one per route that changes one. */
  async function maakVerzoeken(): Promise<void> {
    const fg = await loginAs(t.url, ACTORS.fg);
    sessions.set('fg', fg);
    const maak = async (soort: string, bsn: string) => {
      const r = await api(fg, 'POST', '/rechten/verzoeken', 'rechten-betrokkenen', {
        soort,
        bsn,
        identiteitVastgesteld: true,
        identiteitWijze: 'identiteitsbewijs-gezien',
      });
      if (r.status !== 201) throw new Error(`verzoek: ${String(r.status)} ${r.text}`);
      return (r.body as { id: string }).id;
    };
    rv.lees = await maak('inzage', '111222333');
    rv.verlengen = await maak('inzage', '111222333');
    rv.afhandelen = await maak('inzage', '111222333');
    // The person of a report in the matrix (known to Schakel), and a casus person whose casus
    // only closes: a restriction on them stops no other row's exchange or delivery.
    rv.rectificatie = await maak('rectificatie', '111222333');
    rv.wissing = await maak('wissing', '111222333');
    rv.beperking = await maak('beperking', cs.afsluiten?.personen[0]?.bsn ?? '');
    // The ZVH's FG rectifies the person of the exchange to the OM: a notice to the OM.
    const fgZvh = await loginAs(t.url, 'demo-fg-zvh');
    const rect = await api(fgZvh, 'POST', '/rechten/verzoeken', 'rechten-betrokkenen', {
      soort: 'rectificatie',
      bsn: casusPersoon().bsn,
      identiteitVastgesteld: true,
      identiteitWijze: 'identiteitsbewijs-gezien',
    });
    const rid = (rect.body as { id: string }).id;
    const r = await api(
      fgZvh,
      'POST',
      `/rechten/verzoeken/${rid}/rectificatie`,
      'rechten-betrokkenen',
      {
        wijzigingen: { voornamen: 'Matrix' },
        reden: 'Voornaam verbeterd voor de matrix.',
      },
    );
    if (r.status !== 200) throw new Error(`rectificatie: ${String(r.status)} ${r.text}`);
    const om = await loginAs(t.url, ACTORS.ketenpartner);
    const l = await api(om, 'GET', '/rectificatiemeldingen', 'ketenpartner-deelname');
    rectificatiemelding = (l.body as { id: string }[])[0]?.id ?? '';
    if (!rectificatiemelding) throw new Error('geen rectificatiemelding');
  }

  /** Casussen in the states the casus routes need, made through the API itself. */
  async function maakCasussen(): Promise<void> {
    const wijkteam = await loginAs(t.url, ACTORS['wijkteam-medewerker']);
    sessions.set('wijkteam-medewerker', wijkteam);
    const zvh = await loginAs(t.url, ACTORS['zvh-procesregisseur']);
    sessions.set('zvh-procesregisseur', zvh);
    const deelnemer = (organisatie: string) => ({ organisatie, categorieen: ['identificatie'] });
    cs.lees = await maakCasus(wijkteam, zvh, {
      tot: 'actief',
      deelnemers: ['politie-rotterdam', 'vt-rotterdam-rijnmond', 'om-rotterdam'].map(deelnemer),
    });
    cs.opschaling = (await maakCasus(wijkteam, zvh, { tot: 'aangemeld' })).id;
    cs.triage = (await maakCasus(wijkteam, zvh, { tot: 'in-triage' })).id;
    cs.uitnodigen = (await maakCasus(wijkteam, zvh, { tot: 'geaccepteerd' })).id;
    cs.verwijderen = (
      await maakCasus(wijkteam, zvh, { tot: 'actief', deelnemers: [deelnemer('ggz-rijnmond')] })
    ).id;
    cs.afsluiten = await maakCasus(wijkteam, zvh, {
      tot: 'actief',
      deelnemers: [deelnemer('ggz-rijnmond')],
    });
    const x = await api(zvh, 'POST', `/casussen/${cs.lees.id}/uitwisselingen`, REGIE, {
      naar: ['om-rotterdam'],
      betrokkenen: [casusPersoon().persoonId],
      categorieen: ['identificatie'],
      proportionaliteit: 'Alleen de identificatie.',
      subsidiariteit: 'Geen lichter middel.',
      inhoud: 'Persoon is in beeld bij het Zorg- en Veiligheidshuis.',
    });
    if (x.status !== 201) throw new Error(`uitwisseling: ${String(x.status)} ${x.text}`);
    cs.ontvangst = (x.body as { id: string }).id;
  }

  /** Reports in the states the zorgmelding routes need, made through the API itself. */
  async function maakZorgmeldingen(vt: Session): Promise<void> {
    const politie = await loginAs(t.url, ACTORS['politie-medewerker']);
    sessions.set('politie-medewerker', politie);
    const zhz = await loginAs(t.url, ACTORS['vt-coordinator']);
    sessions.set('vt-coordinator', zhz);
    const post = async (s: Session, path: string, doel: string, body: unknown, extra = {}) => {
      const res = await s.fetch(`/api/v1${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', verwerkingsactiviteit: doel, ...extra },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { id: string };
      if (res.status >= 300) throw new Error(`${path}: ${String(res.status)}`);
      return json.id;
    };
    const nieuw = () =>
      post(politie, '/zorgmeldingen', 'zorgmelding-indienen', { status: 'concept' });
    const dienIn = async (gemeente: string) => {
      const id = await nieuw();
      await post(
        politie,
        `/zorgmeldingen/${id}/indienen`,
        'zorgmelding-indienen',
        meldingIn(gemeente),
        {
          'idempotency-key': `matrix-fixture-${id}`,
        },
      );
      return id;
    };
    const stap = (s: Session, id: string, naam: string, doel: string, body: unknown = {}) =>
      post(s, `/vt/zorgmeldingen/${id}/${naam}`, doel, body);
    zm.concept = await nieuw();
    zm.indienen = await nieuw();
    zm.lees = await dienIn('GM0599');
    const gelezen = await politie.fetch(`/api/v1/zorgmeldingen/${zm.lees}`, {
      headers: { verwerkingsactiviteit: 'zorgmelding-indienen' },
    });
    zm.kenmerk = ((await gelezen.json()) as { kenmerk: string }).kenmerk;
    // With persons: deleting it is processing of their data (a processing record).
    zm.verwijderen = await post(politie, '/zorgmeldingen', 'zorgmelding-indienen', {
      ...meldingIn('GM0599'),
      status: 'concept',
    });
    zm.oppakken = await dienIn('GM0599');
    await stap(vt, zm.oppakken, 'ontvangst', 'zorgmelding-ontvangen-beoordelen');
    zm.ontvangst = await dienIn('GM0606');
    zm.beoordeling = await dienIn('GM0622');
    await stap(vt, zm.beoordeling, 'ontvangst', 'zorgmelding-ontvangen-beoordelen');
    zm.terugkoppeling = await dienIn('GM0502');
    await stap(vt, zm.terugkoppeling, 'ontvangst', 'zorgmelding-ontvangen-beoordelen');
    await stap(vt, zm.terugkoppeling, 'beoordeling', 'zorgmelding-ontvangen-beoordelen', {
      uitkomst: 'afsluiten',
      datum: vandaagInAmsterdam(),
    });
    zm.toewijzing = await dienIn('GM0505');
    await stap(zhz, zm.toewijzing, 'ontvangst', 'zorgmelding-ontvangen-beoordelen');
    zm.uitzondering = await dienIn('GM0344');
    // Routed to VT Zuid-Holland Zuid; only break the glass opens it to others.
    zm.doorbraak = await dienIn('GM0505');
  }
  afterAll(async () => {
    await t.close();
    await isolated.drop();
  });

  it('finds every route declared public or with a policy', () => {
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes.filter((r) => !r.isPublic && !r.policy).map((r) => r.key);
    expect(undeclared).toEqual([]);
  });

  it('has a row for every route, and no row for a route that does not exist', () => {
    expect(routes.map((r) => r.key).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('walks the routes of the published OpenAPI document: the same set as the controllers', async () => {
    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const published = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`),
    );
    // /metrics is for Prometheus, the tiled log for tlog clients: outside the API's document.
    expect(published.sort()).toEqual(
      routes
        .map((r) => r.key)
        .filter((k) => k !== 'GET /metrics' && !k.startsWith('GET /audit/tlog/'))
        .sort(),
    );
  });

  /** Calls the route as the actor and checks that both logs hold what the answer implies. */
  async function call(actor: ActorName, key: string, doel: string): Promise<number> {
    const traceId = randomBytes(16).toString('hex');
    const { status, body } = await send(actor, key, doel, traceId);
    const route = routes.find((r) => r.key === key);
    if (status < 300 && body !== undefined && route?.policy?.doelbinding && actor !== 'anoniem') {
      const ability = defineAbility(
        await profiel(actor),
        { id: doel, versie: 1 },
        await t.app.get(DoorbraakService).active(await profiel(actor)),
      );
      const schema = antwoordSchema(openapi, route.method, route.path, status);
      for (const f of verbodenVelden(openapi, schema, body, ability, WEERGAVEN)) {
        veldFouten.push(`${key} ${actor} ${doel}: ${f}`);
      }
    }
    if (actor === 'anoniem' || !route?.policy || NO_PERSONAL_DATA.has(key)) return status;
    const ds = t.app.get(DataSource);
    const audit = await ds.query<{ resultaat: string }[]>(
      'SELECT resultaat FROM actor_audit WHERE trace_id = $1',
      [traceId],
    );
    const logged = (r: string) => audit.some((a) => a.resultaat === r);
    const purposeDenied =
      status === 400 &&
      route.policy.doelbinding === true &&
      (doel === '-' || doel === 'bestaat-niet');
    if (status < 300 && !logged('toegestaan'))
      logFailures.push(`${key} ${actor} ${doel}: no toegestaan`);
    if ((status === 403 || purposeDenied) && !logged('geweigerd'))
      logFailures.push(`${key} ${actor} ${doel} ${String(status)}: no geweigerd`);
    if (status < 300 && SUBJECT_ROUTES.has(key)) {
      const [n] = await ds.query<{ n: string }[]>(
        'SELECT count(*) AS n FROM verwerkingslog WHERE trace_id = $1',
        [traceId],
      );
      if (Number(n?.n) === 0) logFailures.push(`${key} ${actor} ${doel}: no processing record`);
    }
    return status;
  }

  async function send(
    actor: ActorName,
    key: string,
    doel: string,
    traceId: string,
  ): Promise<{ status: number; body?: unknown }> {
    const req = requestFor(key, actor);
    const headers: Record<string, string> = {
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      ...req.headers,
    };
    if (doel !== '-') headers.verwerkingsactiviteit = doel;
    const init: RequestInit = { method: req.method, headers, redirect: 'manual' };
    if (req.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(req.body);
    }
    // The whole body is read: a streamed answer commits its audit record before it ends.
    const statusOf = async (res: Response) => {
      const text = await res.text();
      const json = (res.headers.get('content-type') ?? '').startsWith('application/json');
      return { status: res.status, body: json && text ? (JSON.parse(text) as unknown) : undefined };
    };
    if (actor === 'anoniem') return statusOf(await fetch(`${t.url}${req.path}`, init));
    if (actor === 'systeem') {
      headers.authorization = `Bearer ${bearer}`;
      return statusOf(await fetch(`${t.url}${req.path}`, init));
    }
    // Logging out ends the session: use a fresh one for that row.
    const fresh = key === 'POST /auth/logout';
    let session = fresh ? undefined : sessions.get(actor);
    if (!session) {
      session = await loginAs(t.url, ACTORS[actor]);
      if (!fresh) sessions.set(actor, session);
    }
    return statusOf(await session.fetch(req.path, init));
  }

  /** The actor as the API resolves it, for the rules the answers are checked against. */
  async function profiel(actor: ActorName): Promise<Actor> {
    const bekend = profielen.get(actor);
    if (bekend) return bekend;
    const res =
      actor === 'systeem'
        ? await fetch(`${t.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${bearer}` } })
        : await (sessions.get(actor) ?? (await loginAs(t.url, ACTORS[actor] ?? ''))).fetch(
            '/api/v1/auth/me',
          );
    const p = (await res.json()) as Actor;
    const actorVan: Actor = {
      soort: p.soort,
      id: p.id,
      organisatie: p.organisatie,
      rollen: p.rollen,
      herkomst: {},
    };
    profielen.set(actor, actorVan);
    return actorVan;
  }

  it.each(Object.keys(MATRIX))(
    '%s answers every actor and activity as the matrix says, and logs each answer',
    async (key) => {
      const rows = MATRIX[key] ?? {};
      logFailures = [];
      veldFouten = [];
      const got: string[] = [];
      const want: string[] = [];
      for (const [doel, row] of Object.entries(rows)) {
        for (const actor of NAMES) {
          want.push(`${actor} / ${doel}: ${String(row[actor])}`);
          got.push(`${actor} / ${doel}: ${String(await call(actor, key, doel))}`);
        }
      }
      expect(got).toEqual(want);
      expect(logFailures).toEqual([]);
      // Every answer holds only keys the actor's rules permit for each part's subject.
      expect(veldFouten).toEqual([]);
    },
  );

  it('knows, for every data route, which rules cut its answer (or why none do)', () => {
    const onbekend = routes
      .filter((r) => r.policy?.doelbinding)
      .flatMap((r) => {
        const top =
          antwoordSchema(openapi, r.method, r.path, r.method === 'POST' ? 201 : 200) ??
          antwoordSchema(openapi, r.method, r.path, 200);
        const ref = top?.$ref ?? top?.items?.$ref;
        const naam = ref?.replace('#/components/schemas/', '');
        return naam && !(naam in WEERGAVEN) && !(naam in NIET_GESNEDEN)
          ? [`${r.key}: ${naam}`]
          : [];
      });
    expect(onbekend).toEqual([]);
    expect(bereikbareSchemas(openapi, 'GET', '/casussen/{id}').has('CasusPersoonView')).toBe(true);
  });

  it('shapes responses by field-level rules: only beheerder and FG see who recorded a version', async () => {
    const politie =
      sessions.get('politie-medewerker') ?? (await loginAs(t.url, ACTORS['politie-medewerker']));
    const beheerder = sessions.get('beheerder') ?? (await loginAs(t.url, ACTORS.beheerder));
    const asPolitie = (await (
      await politie.fetch('/api/v1/verwerkingsactiviteiten')
    ).json()) as Record<string, unknown>[];
    const asBeheerder = (await (
      await beheerder.fetch('/api/v1/verwerkingsactiviteiten')
    ).json()) as Record<string, unknown>[];
    expect(asPolitie.length).toBeGreaterThanOrEqual(8);
    expect(asPolitie.every((a) => !('vastgelegdDoor' in a))).toBe(true);
    expect(asPolitie[0]).toHaveProperty('grondslag');
    expect(asBeheerder.every((a) => typeof a.vastgelegdDoor === 'string')).toBe(true);
  });

  it('breaks the glass only with a written justification, for a limited time, visible to the own FG', async () => {
    const vt = await loginAs(t.url, ACTORS['vt-medewerker']);
    const post = (body: unknown) =>
      vt.fetch('/api/v1/doorbraken', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          verwerkingsactiviteit: 'zorgmelding-ontvangen-beoordelen',
        },
        body: JSON.stringify(body),
      });
    const kort = await post({
      onderwerpType: 'Zorgmelding',
      onderwerpId: zm.doorbraak,
      verantwoording: 'spoed',
    });
    expect(kort.status).toBe(400);
    expect(((await kort.json()) as { detail: string }).detail).toContain(
      'verantwoording (minLength)',
    );
    const bsnAlsId = await post({
      onderwerpType: 'Persoon',
      onderwerpId: '123456782 ',
      verantwoording: 'x'.repeat(50),
    });
    expect(bsnAlsId.status).toBe(400);
    const ok = await post({
      onderwerpType: 'Zorgmelding',
      onderwerpId: zm.doorbraak,
      verantwoording:
        'Kind in acuut gevaar, behandelaar onbereikbaar; melding moet direct worden gelezen.',
      duurMinuten: 30,
    });
    expect(ok.status).toBe(201);
    const grant = (await ok.json()) as { id: string; verlooptOp: string; activiteit: string };
    expect(grant.activiteit).toBe('zorgmelding-ontvangen-beoordelen');
    const minutes = (new Date(grant.verlooptOp).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(28);
    expect(minutes).toBeLessThanOrEqual(30);
    const own = (await (
      await vt.fetch('/api/v1/doorbraken', {
        headers: { verwerkingsactiviteit: 'zorgmelding-ontvangen-beoordelen' },
      })
    ).json()) as { id: string }[];
    expect(own.map((d) => d.id)).toContain(grant.id);
    const fgSame = await loginAs(t.url, 'demo-fg-vt-rr');
    const fgOther = await loginAs(t.url, 'demo-fg-zvh');
    expect(
      (
        (await (
          await fgSame.fetch('/api/v1/doorbraken', {
            headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
          })
        ).json()) as { id: string }[]
      ).map((d) => d.id),
    ).toContain(grant.id);
    expect(
      (
        (await (
          await fgOther.fetch('/api/v1/doorbraken', {
            headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
          })
        ).json()) as { id: string }[]
      ).map((d) => d.id),
    ).not.toContain(grant.id);
  });
});
