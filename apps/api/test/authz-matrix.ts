/*
 * The authorization matrix as data: what every route answers every actor under every
 * processing activity. authz-matrix.e2e.spec.ts calls the real app and compares; the fast
 * authz-matrix-doc.spec.ts renders it into docs/authorization-matrix.md. Nothing here starts
 * the app, so both can import it.
 */

/** Who asks: nobody, one demo account per role, and the demo system client. */
export const ACTORS = {
  anoniem: undefined,
  'politie-medewerker': 'demo-politie-1',
  'vt-medewerker': 'demo-vt-rr-medewerker',
  'vt-coordinator': 'demo-vt-zhz-coordinator',
  'wijkteam-medewerker': 'demo-wijkteam-dordrecht',
  'zvh-procesregisseur': 'demo-zvh-procesregisseur',
  ketenpartner: 'demo-om-partner',
  fg: 'demo-fg-vt-rr',
  // Beside the FG (ADR 0035): the rights desk of VT Rotterdam Rijnmond, the ZVH's record manager.
  'privacy-officer': 'demo-privacy-vt-rr',
  informatiebeheerder: 'demo-informatiebeheer-zvh',
  beheerder: 'demo-beheerder',
  'regionaal-analist': 'demo-analist',
  systeem: 'vt-rotterdam-rijnmond-systeem',
} as const;
export type ActorName = keyof typeof ACTORS;
export const NAMES = Object.keys(ACTORS) as ActorName[];

/** Expected status per actor; `{ ...all(x), anoniem: 401 }` reads as "x for everyone logged in". */
export type Row = Record<ActorName, number>;
const all = (status: number): Row => Object.fromEntries(NAMES.map((n) => [n, status])) as Row;
const loggedIn = (status: number): Row => ({ ...all(status), anoniem: 401 });

/**
 * The authorization matrix: route x actor x processing activity (header Verwerkingsactiviteit,
 * `-` for none) -> expected HTTP status. Every route of the app must be here.
 */
export const MATRIX: Record<string, Record<string, Row>> = {
  'GET /health/live': { '-': all(200) },
  'GET /health/ready': { '-': all(200) },
  'GET /openapi.json': { '-': all(200) },
  // Published message schemas: no personal data, for anyone.
  'GET /schemas/zorgmelding/v1': { '-': all(200) },
  'GET /metrics': { '-': all(200) },
  'GET /auth/login': { '-': all(302) },
  // Integrity of the audit trail: hashes, signatures and positions only, for anyone.
  'GET /audit/sleutel': { '-': all(200) },
  'GET /audit/checkpoints/laatste': { '-': all(200) },
  'GET /audit/checkpoints/{grootte}': { '-': all(200) },
  'GET /audit/records/{id}/opnamebewijs': { '-': all(200) },
  'GET /audit/consistentiebewijs': { '-': all(200) },
  // The same as a C2SP tiled log (checkpoint note, hash tiles), outside the OpenAPI document.
  'GET /audit/tlog/checkpoint': { '-': all(200) },
  'GET /audit/tlog/tile/*pad': { '-': all(200) },
  // Without an authorization response the strategy starts a new login at the IdP.
  'GET /auth/callback': { '-': all(302) },
  'GET /auth/me': { '-': loggedIn(200) },
  // Each pile is read under its own activity's rules inside; the route itself is everyone's.
  'GET /mijn-werk': { '-': loggedIn(200) },
  // Organisations are reference data; users are staff data, only for platform management.
  'GET /organisaties': { '-': loggedIn(200) },
  'GET /beheer/gebruikers': {
    '-': loggedIn(400),
    platformbeheer: { ...loggedIn(403), beheerder: 200 },
    // The FG chooses an actor by name in the audit search (ADR 0034).
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
  },
  'GET /beheer/gezondheid': { '-': { ...loggedIn(403), beheerder: 200 } },
  'POST /auth/logout': { '-': { ...loggedIn(200), systeem: 403 } },
  'GET /verwerkingsactiviteiten': { '-': loggedIn(200) },
  'GET /verwerkingsactiviteiten/{id}/versies': { '-': loggedIn(200) },
  // Where dpl.core.processing_activity_id of the processing log points (ADR 0021).
  'GET /verwerkingsactiviteiten/{id}/versies/{versie}': { '-': loggedIn(200) },
  // A new activity names roles the code has no rules for yet: the beheerder passes the
  // guard and is refused by the register (422). The PUT narrows (a text edit): in force (200).
  'POST /verwerkingsactiviteiten': { '-': { ...loggedIn(403), beheerder: 422 } },
  'PUT /verwerkingsactiviteiten/{id}': { '-': { ...loggedIn(403), beheerder: 200 } },
  // Proposals that widen the register: only an FG sees and decides them, under
  // verantwoording-toezicht (the beheerder passes the guard under platformbeheer, not the FG check).
  'GET /verwerkingsactiviteiten/voorstellen': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
    platformbeheer: loggedIn(403),
  },
  'POST /verwerkingsactiviteiten/{id}/versies/{versie}/goedkeuring': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
    platformbeheer: loggedIn(403),
  },
  'GET /doelcompatibiliteit': { '-': loggedIn(200) },
  // Retention and destruction (ADR 0027), under bewaring-vernietiging only. The lists are
  // VT Rotterdam Rijnmond's (the fg's organisation); the vt-coordinator is Zuid-Holland Zuid's:
  // they pass the guard for lists (their requests' certificates) but not these (404).
  // The informatiebeheerder is the ZVH's (ADR 0035): its own organisation's lists, holds and
  // warnings; the fixtures of VT Rotterdam Rijnmond are another organisation's (404).
  'GET /bewaring/vernietigingslijsten': {
    '-': loggedIn(400),
    'bewaring-vernietiging': {
      ...loggedIn(403),
      fg: 200,
      'vt-coordinator': 200,
      informatiebeheerder: 200,
    },
    'verantwoording-toezicht': loggedIn(403),
  },
  'POST /bewaring/vernietigingslijsten': {
    '-': loggedIn(400),
    'bewaring-vernietiging': { ...loggedIn(403), fg: 200, informatiebeheerder: 200 },
  },
  'GET /bewaring/vernietigingslijsten/{id}': {
    '-': loggedIn(400),
    'bewaring-vernietiging': {
      ...loggedIn(403),
      fg: 200,
      'vt-coordinator': 404,
      informatiebeheerder: 404,
    },
  },
  'POST /bewaring/vernietigingslijsten/{id}/goedkeuring': {
    '-': loggedIn(400),
    'bewaring-vernietiging': { ...loggedIn(403), fg: 200, informatiebeheerder: 404 },
  },
  // Approved by the ZVH's FG: the fg (a second, different person) confirms.
  'POST /bewaring/vernietigingslijsten/{id}/bevestiging': {
    '-': loggedIn(400),
    'bewaring-vernietiging': { ...loggedIn(403), fg: 200, informatiebeheerder: 404 },
  },
  'GET /bewaring/vernietigingslijsten/{id}/verklaring': {
    '-': loggedIn(400),
    'bewaring-vernietiging': {
      ...loggedIn(403),
      fg: 200,
      'vt-coordinator': 404,
      informatiebeheerder: 404,
    },
  },
  'GET /bewaring/blokkades': {
    '-': loggedIn(400),
    'bewaring-vernietiging': { ...loggedIn(403), fg: 200, informatiebeheerder: 200 },
  },
  'POST /bewaring/blokkades': {
    '-': loggedIn(400),
    'bewaring-vernietiging': { ...loggedIn(403), fg: 201, informatiebeheerder: 404 },
  },
  'POST /bewaring/blokkades/{id}/opheffing': {
    '-': loggedIn(400),
    'bewaring-vernietiging': { ...loggedIn(403), fg: 200, informatiebeheerder: 404 },
  },
  'GET /bewaring/signaleringen': {
    '-': loggedIn(400),
    'bewaring-vernietiging': { ...loggedIn(403), fg: 200, informatiebeheerder: 200 },
  },
  'GET /bewaring/vernietigingsverzoeken': {
    '-': loggedIn(400),
    'bewaring-vernietiging': {
      ...loggedIn(403),
      fg: 200,
      'vt-coordinator': 200,
      informatiebeheerder: 200,
    },
  },
  // The request is about a report of VT Zuid-Holland Zuid, refused (nothing destroyed).
  'POST /bewaring/vernietigingsverzoeken': {
    '-': loggedIn(400),
    'bewaring-vernietiging': { ...loggedIn(403), 'vt-coordinator': 201 },
  },

  'POST /doorbraken': {
    '-': loggedIn(400),
    'bestaat-niet': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 201,
      'vt-coordinator': 201,
    },
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 201 },
    'zorgmelding-indienen': loggedIn(403),
    platformbeheer: loggedIn(403),
  },
  // The FG's workplace: only an FG, only under verantwoording-toezicht.
  'POST /verantwoording/zoeken': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
  // The record is the vt-medewerker's grant (VT Rotterdam Rijnmond): that VT's FG may see it.
  'GET /verantwoording/records/{id}': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
  },
  'GET /verantwoording/integriteit': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
  },
  'GET /verantwoording/statistieken': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
  },
  'POST /verantwoording/export': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
  },
  // The read extension of Logboek Dataverwerkingen (ADR 0021): the FG, as the search.
  'POST /verantwoording/ldv/processing-activities': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
  // Reading grants is bound to a purpose: the FG's review under verantwoording-toezicht.
  'GET /doorbraken/te-beoordelen': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
  'POST /doorbraken/{id}/beoordeling': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 201 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
  // The holder lists own grants under the activity they were granted for; the FG under
  // verantwoording-toezicht.
  'GET /doorbraken': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 200,
      'vt-coordinator': 200,
    },
  },
  // Delivery: the signing keys are public; the feed and its acknowledgement are for the system
  // client of the receiving VT (Rotterdam Rijnmond, whose delivery is asked for); the dead
  // letters for the coordinator of the receiving VT (Zuid-Holland Zuid, whose delivery it is).
  'GET /bezorging/jwks.json': { '-': all(200) },
  'GET /bezorging/feed': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': { ...loggedIn(403), systeem: 200 },
  },
  'POST /bezorging/{id}/ontvangstbevestiging': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': { ...loggedIn(403), systeem: 200 },
  },
  'GET /bezorging/onbestelbaar': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': { ...loggedIn(403), 'vt-coordinator': 200 },
  },
  'POST /bezorging/{id}/opnieuw': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': { ...loggedIn(403), 'vt-coordinator': 200 },
  },
  // The grant was made by the vt-medewerker of VT Rotterdam Rijnmond: only they and that VT's FG see it.
  'GET /doorbraken/{id}': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 200,
      'vt-coordinator': 404,
    },
  },
  // Zorgmeldingen (ADR 0016). Police: own reports under zorgmelding-indienen; VT (the
  // vt-medewerker is of VT Rotterdam Rijnmond, the vt-coordinator of VT Zuid-Holland Zuid):
  // reports routed to the own VT; coordinators: the unit's routing exceptions.
  'POST /zorgmeldingen': {
    '-': loggedIn(400),
    'zorgmelding-indienen': { ...loggedIn(403), 'politie-medewerker': 201 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
  // The police's own list. Break the glass opens VT's view of one report, never this list.
  'GET /zorgmeldingen': {
    '-': loggedIn(400),
    'zorgmelding-indienen': { ...loggedIn(403), 'politie-medewerker': 200 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
  // The police view: only the police. Break the glass never opens it (VT sees its own view).
  'GET /zorgmeldingen/{id}': {
    '-': loggedIn(400),
    'zorgmelding-indienen': { ...loggedIn(403), 'politie-medewerker': 200 },
    'zorgmelding-terugkoppeling': { ...loggedIn(403), 'politie-medewerker': 200 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
  'PUT /zorgmeldingen/{id}': {
    '-': loggedIn(400),
    'zorgmelding-indienen': { ...loggedIn(403), 'politie-medewerker': 200 },
  },
  'POST /zorgmeldingen/{id}/indienen': {
    '-': loggedIn(400),
    'zorgmelding-indienen': { ...loggedIn(403), 'politie-medewerker': 200 },
  },
  // Issue 14: search (name and BSN only in the body), delete an own concept, print for the file.
  'POST /zorgmeldingen/zoeken': {
    '-': loggedIn(400),
    'zorgmelding-indienen': { ...loggedIn(403), 'politie-medewerker': 200 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
  'DELETE /zorgmeldingen/{id}': {
    '-': loggedIn(400),
    'zorgmelding-indienen': { ...loggedIn(403), 'politie-medewerker': 204 },
  },
  'GET /zorgmeldingen/{id}/pdf': {
    '-': loggedIn(400),
    'zorgmelding-indienen': { ...loggedIn(403), 'politie-medewerker': 200 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
  'GET /zorgmeldingen/routeringsuitzonderingen': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': { ...loggedIn(403), 'vt-coordinator': 200 },
  },
  'POST /zorgmeldingen/{id}/herrouteren': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': { ...loggedIn(403), 'vt-coordinator': 200 },
  },
  'GET /vt/inbox': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 200,
      'vt-coordinator': 200,
    },
    'zorgmelding-indienen': loggedIn(403),
  },
  // The report is routed to VT Rotterdam Rijnmond: VT Zuid-Holland Zuid's coordinator gets 404.
  'GET /vt/zorgmeldingen/{id}': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 200,
      'vt-coordinator': 404,
    },
    'zorgmelding-indienen': loggedIn(403),
  },
  'POST /vt/zorgmeldingen/{id}/ontvangst': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 200,
      'vt-coordinator': 404,
    },
  },
  // Search in the own VT's reports (the coordinator's VT has none that match: an empty list).
  'POST /vt/zoeken': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 200,
      'vt-coordinator': 200,
    },
    'zorgmelding-indienen': loggedIn(403),
  },
  'GET /vt/zorgmeldingen/{id}/pdf': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 200,
      'vt-coordinator': 404,
    },
    'zorgmelding-indienen': loggedIn(403),
  },
  // A VT worker takes a received report of the own VT (Rotterdam Rijnmond).
  'POST /vt/zorgmeldingen/{id}/oppakken': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 200,
      'vt-coordinator': 404,
    },
  },
  // The colleagues a coordinator may assign a report to: only for a coordinator.
  'GET /vt/collegas': {
    '-': loggedIn(400),
    // Names for "toegewezen aan" (vt-medewerker) and to assign to (vt-coordinator), ADR 0034.
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-coordinator': 200,
      'vt-medewerker': 200,
    },
    'zorgmelding-indienen': loggedIn(403),
  },
  // This report is routed to VT Zuid-Holland Zuid; only a coordinator assigns (to a colleague
  // of that VT: here the coordinator itself, who has logged in).
  'POST /vt/zorgmeldingen/{id}/toewijzing': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': { ...loggedIn(403), 'vt-coordinator': 200 },
  },
  'POST /vt/zorgmeldingen/{id}/beoordeling': {
    '-': loggedIn(400),
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 200,
      'vt-coordinator': 404,
    },
  },
  'POST /vt/zorgmeldingen/{id}/terugkoppeling': {
    '-': loggedIn(400),
    'zorgmelding-terugkoppeling': { ...loggedIn(403), 'vt-medewerker': 200, 'vt-coordinator': 404 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
  // Casussen (ADR 0017). The ZVH has no participant's rules: under ketenpartner-deelname it
  // gets 403 like any role without one. The cases are registered by the wijkteam-medewerker's team (Dordrecht,
  // the sleutelpartner) and directed by the ZVH. In the case read here, the police, VT Rotterdam
  // Rijnmond (the vt-medewerker) and the OM (the ketenpartner) take part; VT Zuid-Holland Zuid
  // (the vt-coordinator) does not: 404. Reference data: any logged-in user, any header; the
  // system client has no rule for it (403).
  'GET /casussen/referentie': {
    '-': { ...loggedIn(200), systeem: 403 },
    'casusregie-zvh': { ...loggedIn(200), systeem: 403 },
  },
  'POST /casussen': {
    '-': loggedIn(400),
    'bestaat-niet': loggedIn(400),
    'casus-signalering-opschaling': { ...loggedIn(403), 'wijkteam-medewerker': 201 },
    'casusregie-zvh': loggedIn(403),
    'ketenpartner-deelname': loggedIn(403),
  },
  'GET /casussen': {
    '-': loggedIn(400),
    'casus-signalering-opschaling': { ...loggedIn(403), 'wijkteam-medewerker': 200 },
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 200 },
    'ketenpartner-deelname': {
      ...loggedIn(403),
      'politie-medewerker': 200,
      'vt-medewerker': 200,
      'vt-coordinator': 200,
      'wijkteam-medewerker': 200,
      ketenpartner: 200,
    },
    'verantwoording-toezicht': loggedIn(403),
  },
  'GET /casussen/triage': {
    '-': loggedIn(400),
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 200 },
    'casus-signalering-opschaling': loggedIn(403),
  },
  // The ZVH's procesregisseurs to name at acceptance: only the ZVH, under its own purpose.
  'GET /casussen/procesregisseurs': {
    '-': loggedIn(400),
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 200 },
    'casus-signalering-opschaling': loggedIn(403),
    'ketenpartner-deelname': loggedIn(403),
  },
  // Asks for a person of the case read below; an actor outside it gets an empty list.
  'POST /casussen/personen/tijdlijn': {
    '-': loggedIn(400),
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 200 },
    'ketenpartner-deelname': {
      ...loggedIn(403),
      'politie-medewerker': 200,
      'vt-medewerker': 200,
      'vt-coordinator': 200,
      'wijkteam-medewerker': 200,
      ketenpartner: 200,
    },
    'casus-signalering-opschaling': { ...loggedIn(403), 'wijkteam-medewerker': 200 },
    'verantwoording-toezicht': loggedIn(403),
  },
  'GET /casussen/{id}': {
    '-': loggedIn(400),
    'casus-signalering-opschaling': { ...loggedIn(403), 'wijkteam-medewerker': 200 },
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 200 },
    'ketenpartner-deelname': {
      ...loggedIn(403),
      'politie-medewerker': 200,
      'vt-medewerker': 200,
      'vt-coordinator': 404,
      'wijkteam-medewerker': 200,
      ketenpartner: 200,
    },
    'verantwoording-toezicht': loggedIn(403),
  },
  'POST /casussen/{id}/opschaling': {
    '-': loggedIn(400),
    'casus-signalering-opschaling': { ...loggedIn(403), 'wijkteam-medewerker': 200 },
    'casusregie-zvh': loggedIn(403),
  },
  'POST /casussen/{id}/triage': {
    '-': loggedIn(400),
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 200 },
    'casus-signalering-opschaling': loggedIn(403),
  },
  'POST /casussen/{id}/deelnemers': {
    '-': loggedIn(400),
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 201 },
    'ketenpartner-deelname': loggedIn(403),
  },
  'PUT /casussen/{id}/deelnemers/{organisatie}': {
    '-': loggedIn(400),
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 200 },
    'ketenpartner-deelname': loggedIn(403),
  },
  'DELETE /casussen/{id}/deelnemers/{organisatie}': {
    '-': loggedIn(400),
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 200 },
    'ketenpartner-deelname': loggedIn(403),
  },
  // Identification only, from the own organisation to another participant (the ZVH; the ZVH to the OM).
  'POST /casussen/{id}/uitwisselingen': {
    '-': loggedIn(400),
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 201 },
    'ketenpartner-deelname': {
      ...loggedIn(403),
      'politie-medewerker': 201,
      'vt-medewerker': 201,
      'vt-coordinator': 404,
      'wijkteam-medewerker': 201,
      ketenpartner: 201,
    },
  },
  // An exchange from the ZVH to the OM: only the OM acknowledges it.
  'POST /casussen/{id}/uitwisselingen/{uitwisselingId}/ontvangst': {
    '-': loggedIn(400),
    'ketenpartner-deelname': {
      ...loggedIn(403),
      'politie-medewerker': 404,
      'vt-medewerker': 404,
      'vt-coordinator': 404,
      'wijkteam-medewerker': 404,
      ketenpartner: 200,
    },
  },
  'POST /casussen/{id}/betrokkenen/{persoonId}/informeren': {
    '-': loggedIn(400),
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 200 },
    'ketenpartner-deelname': loggedIn(403),
  },
  'POST /casussen/{id}/afsluiting': {
    '-': loggedIn(400),
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 200 },
    'ketenpartner-deelname': loggedIn(403),
  },
  // The FG's register of exchanges: metadata of the cases its organisation takes part in.
  'GET /uitwisselingsregister': {
    '-': loggedIn(400),
    'verantwoording-toezicht': { ...loggedIn(403), fg: 200 },
    'casusregie-zvh': loggedIn(403),
  },
  // The FG's rights desk (ADR 0028): only an FG, only under rechten-betrokkenen, only the own
  // organisation's requests. Under verantwoording-toezicht the FG passes purpose binding but
  // no rule: 403.
  // The privacy officer of VT Rotterdam Rijnmond acts after its FG on the same requests
  // (ADR 0035): what the FG did once (extension, closing, erasure) is a 409 then.
  'POST /rechten/verzoeken': {
    '-': loggedIn(400),
    'rechten-betrokkenen': { ...loggedIn(403), fg: 201, 'privacy-officer': 201 },
    'verantwoording-toezicht': loggedIn(403),
  },
  'GET /rechten/verzoeken': {
    '-': loggedIn(400),
    'rechten-betrokkenen': { ...loggedIn(403), fg: 200, 'privacy-officer': 200 },
    'verantwoording-toezicht': loggedIn(403),
  },
  'GET /rechten/verzoeken/{id}': {
    '-': loggedIn(400),
    'rechten-betrokkenen': { ...loggedIn(403), fg: 200, 'privacy-officer': 200 },
  },
  'POST /rechten/verzoeken/{id}/verlenging': {
    '-': loggedIn(400),
    'rechten-betrokkenen': { ...loggedIn(403), fg: 200, 'privacy-officer': 409 },
  },
  'POST /rechten/verzoeken/{id}/afhandeling': {
    '-': loggedIn(400),
    'rechten-betrokkenen': { ...loggedIn(403), fg: 200, 'privacy-officer': 409 },
  },
  'POST /rechten/verzoeken/{id}/inzage': {
    '-': loggedIn(400),
    'rechten-betrokkenen': { ...loggedIn(403), fg: 200, 'privacy-officer': 200 },
    'verantwoording-toezicht': loggedIn(403),
  },
  'POST /rechten/verzoeken/{id}/inzage/pdf': {
    '-': loggedIn(400),
    'rechten-betrokkenen': { ...loggedIn(403), fg: 200, 'privacy-officer': 200 },
  },
  'POST /rechten/verzoeken/{id}/rectificatie': {
    '-': loggedIn(400),
    'rechten-betrokkenen': { ...loggedIn(403), fg: 200, 'privacy-officer': 200 },
  },
  // A granted erasure (ADR 0035): the fixture's person has only VT's report, which is kept.
  'POST /rechten/verzoeken/{id}/wissing': {
    '-': loggedIn(400),
    'rechten-betrokkenen': { ...loggedIn(403), fg: 200, 'privacy-officer': 409 },
  },
  'POST /rechten/verzoeken/{id}/beperking': {
    '-': loggedIn(400),
    'rechten-betrokkenen': { ...loggedIn(403), fg: 200, 'privacy-officer': 200 },
  },
  'POST /rechten/verzoeken/{id}/beperking/opheffing': {
    '-': loggedIn(400),
    'rechten-betrokkenen': { ...loggedIn(403), fg: 200, 'privacy-officer': 200 },
  },
  // The register of processing activities with every version (AVG art. 30): for everyone
  // logged in, cut like the register's other views.
  // Notices of a rectification (ADR 0035): the recipient's organisation, under the activity it
  // received the data for. The fixture's notice is to the OM (an exchange from the ZVH).
  'GET /rectificatiemeldingen': {
    '-': loggedIn(400),
    'ketenpartner-deelname': {
      ...loggedIn(403),
      'politie-medewerker': 200,
      'vt-medewerker': 200,
      'vt-coordinator': 200,
      'wijkteam-medewerker': 200,
      ketenpartner: 200,
    },
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 200 },
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 200,
      'vt-coordinator': 200,
    },
    'rechten-betrokkenen': loggedIn(403),
  },
  'POST /rectificatiemeldingen/{id}/bevestiging': {
    '-': loggedIn(400),
    'ketenpartner-deelname': {
      ...loggedIn(403),
      'politie-medewerker': 404,
      'vt-medewerker': 404,
      'vt-coordinator': 404,
      'wijkteam-medewerker': 404,
      ketenpartner: 200,
    },
    'casusregie-zvh': { ...loggedIn(403), 'zvh-procesregisseur': 404 },
    'zorgmelding-ontvangen-beoordelen': {
      ...loggedIn(403),
      'vt-medewerker': 404,
      'vt-coordinator': 404,
    },
  },
  'GET /verwerkingsregister/export': { '-': loggedIn(200) },
  // Figures without persons (ADR 0030): the region for the analyst, the own VT for its
  // coordinator, only under the statistics activity.
  'GET /cijfers/gemeenten': {
    '-': loggedIn(400),
    'statistiek-veiligheidsbeeld': { ...loggedIn(403), 'regionaal-analist': 200 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
  'GET /cijfers/regio': {
    '-': loggedIn(400),
    'statistiek-veiligheidsbeeld': { ...loggedIn(403), 'regionaal-analist': 200 },
    'verantwoording-toezicht': loggedIn(403),
  },
  'GET /cijfers/regio/export': {
    '-': loggedIn(400),
    'statistiek-veiligheidsbeeld': { ...loggedIn(403), 'regionaal-analist': 200 },
  },
  'GET /cijfers/veilig-thuis': {
    '-': loggedIn(400),
    'statistiek-veiligheidsbeeld': { ...loggedIn(403), 'vt-coordinator': 200 },
    'zorgmelding-ontvangen-beoordelen': loggedIn(403),
  },
};

/** Routes outside the global prefix `/api/v1`. */
const ZONDER_PREFIX = new Set(['/metrics']);

/** The URL path of a matrix key's path: `/api/v1` in front, except for `/metrics`. */
export const apiPad = (path: string): string => (ZONDER_PREFIX.has(path) ? path : `/api/v1${path}`);
