import { subject } from '@casl/ability';
import type { Actor, OrganisatieType, Rol } from '@schakel/identity';
import { defineAbility, matchedRule, type Action, type SubjectType } from './abilities.js';
import { shape } from './fields.interceptor.js';

/** The kind of organisation each role belongs to, and a code of one. */
const ORGANISATIE: Record<Rol, [OrganisatieType, string]> = {
  'politie-medewerker': ['politie', 'politie-rotterdam'],
  'vt-medewerker': ['veilig-thuis', 'vt-rotterdam-rijnmond'],
  'vt-coordinator': ['veilig-thuis', 'vt-rotterdam-rijnmond'],
  'wijkteam-medewerker': ['sociaal-wijkteam', 'wijkteam-gm0599'],
  'zvh-procesregisseur': ['zorg-en-veiligheidshuis', 'zvh-rotterdam-rijnmond'],
  ketenpartner: ['ggz', 'ggz-rijnmond'],
  fg: ['veilig-thuis', 'vt-rotterdam-rijnmond'],
  'privacy-officer': ['veilig-thuis', 'vt-rotterdam-rijnmond'],
  informatiebeheerder: ['zorg-en-veiligheidshuis', 'zvh-rotterdam-rijnmond'],
  beheerder: ['platform', 'schakel-beheer'],
  'regionaal-analist': ['politie', 'politie-rotterdam'],
  systeem: ['veilig-thuis', 'vt-rotterdam-rijnmond'],
};
const actor = (rollen: Rol[], soort: Actor['soort'] = 'gebruiker', org?: string): Actor => {
  const [type, code] = ORGANISATIE[rollen[0] ?? 'fg'];
  return {
    soort,
    id: `a-${rollen.join('-')}`,
    organisatie: { code: org ?? code, naam: org ?? code, type },
    rollen,
    herkomst: {},
  };
};
const doel = { id: 'zorgmelding-ontvangen-beoordelen', versie: 1 };

describe('defineAbility: deny by default', () => {
  it.each<[Rol[], Action, SubjectType, boolean]>([
    [['politie-medewerker'], 'read', 'Verwerkingsactiviteit', true],
    [['politie-medewerker'], 'create', 'Verwerkingsactiviteit', false],
    [['beheerder'], 'create', 'Verwerkingsactiviteit', true],
    [['beheerder'], 'update', 'Verwerkingsactiviteit', true],
    [['fg'], 'update', 'Verwerkingsactiviteit', false],
    [['beheerder'], 'read', 'Zorgmelding', false],
    [['fg'], 'read', 'Zorgmelding', false],
    [['vt-medewerker'], 'read', 'Zorgmelding', false],
    [['vt-medewerker'], 'delete', 'Sessie', true],
    [['systeem'], 'delete', 'Sessie', false],
    [['ketenpartner'], 'create', 'Doorbraak', false],
  ])('%j %s %s -> %s', (rollen, action, type, expected) => {
    const soort = rollen.includes('systeem') ? 'systeem' : 'gebruiker';
    expect(defineAbility(actor(rollen, soort)).can(action, type)).toBe(expected);
  });

  it('shows figures only to the analyst (region) and the VT coordinator (own VT), only under statistics', () => {
    const stat = { id: 'statistiek-veiligheidsbeeld', versie: 1 };
    const analist = defineAbility(actor(['regionaal-analist']), stat);
    expect(analist.can('read', 'Cijfers')).toBe(true);
    expect(analist.can('read', 'CijfersVeiligThuis')).toBe(false);
    expect(analist.can('read', 'Zorgmelding')).toBe(false);
    expect(analist.can('read', 'ZorgmeldingVt')).toBe(false);
    expect(analist.can('read', 'Casus')).toBe(false);
    expect(analist.can('read', 'AuditRecord')).toBe(false);
    expect(matchedRule(analist, 'read', 'Cijfers')).toBe('regionaal-analist:cijfers-regio');
    // Not without the purpose, nor under another one.
    expect(defineAbility(actor(['regionaal-analist'])).can('read', 'Cijfers')).toBe(false);
    expect(defineAbility(actor(['regionaal-analist']), doel).can('read', 'Cijfers')).toBe(false);
    // Not in an organisation of another kind.
    const elders: Actor = {
      ...actor(['regionaal-analist']),
      organisatie: { code: 'ggz-rijnmond', naam: 'GGZ', type: 'ggz' },
    };
    expect(defineAbility(elders, stat).can('read', 'Cijfers')).toBe(false);
    const coord = defineAbility(actor(['vt-coordinator']), stat);
    expect(coord.can('read', 'Cijfers')).toBe(false);
    expect(
      coord.can('read', subject('CijfersVeiligThuis', { vtOrganisatie: 'vt-rotterdam-rijnmond' })),
    ).toBe(true);
    expect(
      coord.can('read', subject('CijfersVeiligThuis', { vtOrganisatie: 'vt-zuid-holland-zuid' })),
    ).toBe(false);
    for (const rol of ['vt-medewerker', 'fg', 'politie-medewerker', 'beheerder'] as Rol[]) {
      const a = defineAbility(actor([rol]), stat);
      expect(a.can('read', 'Cijfers') || a.can('read', 'CijfersVeiligThuis')).toBe(false);
    }
  });

  it('lets only break-the-glass roles create a grant, and only under a bound purpose', () => {
    expect(defineAbility(actor(['vt-medewerker']), doel).can('create', 'Doorbraak')).toBe(true);
    expect(defineAbility(actor(['vt-medewerker'])).can('create', 'Doorbraak')).toBe(false);
    expect(defineAbility(actor(['politie-medewerker']), doel).can('create', 'Doorbraak')).toBe(
      false,
    );
  });

  it('opens exactly the record of an active grant, and names the grant as the matched rule', () => {
    const a = defineAbility(actor(['vt-medewerker']), doel, [
      { id: 'g1', onderwerpType: 'Zorgmelding', onderwerpId: 'z-1', activiteit: doel.id },
    ]);
    expect(a.can('inzien', subject('Zorgmelding', { id: 'z-1' }))).toBe(true);
    expect(a.can('inzien', subject('Zorgmelding', { id: 'z-2' }))).toBe(false);
    // Never the police view of it, never a step.
    expect(a.can('read', subject('Zorgmelding', { id: 'z-1' }))).toBe(false);
    expect(a.can('update', subject('Zorgmelding', { id: 'z-1' }))).toBe(false);
    expect(a.can('read', subject('Casus', { id: 'z-1' }))).toBe(false);
    expect(matchedRule(a, 'inzien', subject('Zorgmelding', { id: 'z-1' }))).toBe('doorbraak:g1');
    expect(matchedRule(a, 'inzien', subject('Zorgmelding', { id: 'z-2' }))).toBeUndefined();
  });

  it('keeps the matched rule of each decision', () => {
    expect(
      matchedRule(defineAbility(actor(['beheerder'])), 'create', 'Verwerkingsactiviteit'),
    ).toBe('beheerder:verwerkingsregister-beheren');
    expect(
      matchedRule(defineAbility(actor(['fg'])), 'create', 'Verwerkingsactiviteit'),
    ).toBeUndefined();
  });

  it('lets an FG read the grants of their own organisation only, under verantwoording-toezicht', () => {
    const grant = subject('Doorbraak', { organisatieCode: 'zvh-rotterdam-rijnmond', actorId: 'x' });
    const zonderDoel = defineAbility(actor(['fg'], 'gebruiker', 'zvh-rotterdam-rijnmond'));
    expect(zonderDoel.can('read', grant)).toBe(false);
    const fg = defineAbility(actor(['fg'], 'gebruiker', 'zvh-rotterdam-rijnmond'), {
      id: 'verantwoording-toezicht',
      versie: 1,
    });
    expect(
      fg.can(
        'read',
        subject('Doorbraak', { organisatieCode: 'zvh-rotterdam-rijnmond', actorId: 'x' }),
      ),
    ).toBe(true);
    expect(
      fg.can('read', subject('Doorbraak', { organisatieCode: 'politie-rotterdam', actorId: 'x' })),
    ).toBe(false);
  });

  it('lets the holder read a grant only under the activity it was granted for', () => {
    const vt = actor(['vt-medewerker'], 'gebruiker', 'vt-rotterdam-rijnmond');
    const grant = (activiteit: string) => subject('Doorbraak', { actorId: vt.id, activiteit });
    const onder = (id: string) => defineAbility(vt, { id, versie: 1 });
    expect(
      onder('zorgmelding-ontvangen-beoordelen').can(
        'read',
        grant('zorgmelding-ontvangen-beoordelen'),
      ),
    ).toBe(true);
    expect(defineAbility(vt).can('read', grant('zorgmelding-ontvangen-beoordelen'))).toBe(false);
    expect(onder('zorgmelding-ontvangen-beoordelen').can('read', grant('casusregie-zvh'))).toBe(
      false,
    );
  });
});

describe('field-level rules', () => {
  const record = {
    id: 'platformbeheer',
    versie: 2,
    naam: 'Beheer',
    vastgelegdDoor: 'demo-beheerder',
    vastgelegdOp: 'x',
  };

  it('hides who recorded a register version from everyone but the beheerder and the FG', () => {
    expect(
      shape(defineAbility(actor(['politie-medewerker'])), 'read', 'Verwerkingsactiviteit', [
        record,
      ]),
    ).toEqual([{ id: 'platformbeheer', versie: 2, naam: 'Beheer', vastgelegdOp: 'x' }]);
    expect(
      shape(defineAbility(actor(['beheerder'])), 'read', 'Verwerkingsactiviteit', record),
    ).toEqual(record);
    expect(shape(defineAbility(actor(['fg'])), 'read', 'Verwerkingsactiviteit', record)).toEqual(
      record,
    );
  });

  it('returns nothing of a record type the actor may not read', () => {
    expect(
      shape(defineAbility(actor(['politie-medewerker'])), 'read', 'Zorgmelding', {
        id: 'z',
        bsn: '1',
      }),
    ).toEqual({});
  });
});

describe('casus rules: need-to-know per category, only while participating', () => {
  const partner = (org: string, rollen: Rol[] = ['ketenpartner']): Actor => ({
    ...actor(rollen, 'gebruiker', org),
    organisatie: { code: org, naam: org, type: 'ggz' },
  });
  const deelname = { id: 'ketenpartner-deelname', versie: 1 };
  // The casus person as the service builds it: who participates, whose scope has which category.
  const persoon = (deelnemers: string[], scope: Record<string, string[]>) =>
    subject('CasusPersoon', {
      persoonId: 'p',
      rol: 'hoofdpersoon',
      sleutelpartner: 'wijkteam-gm0599',
      regieOrganisatie: 'zvh-rotterdam-rijnmond',
      deelnemers,
      scope_identificatie: scope.identificatie ?? [],
      scope_woonsituatie: scope.woonsituatie ?? [],
    });
  const velden = (a: ReturnType<typeof defineAbility>, s: ReturnType<typeof persoon>) =>
    ['persoonId', 'bsn', 'achternaam', 'straat', 'postcode', 'informeren'].filter((v) =>
      a.can('read', s, v),
    );

  it('shows a participant exactly the person fields of its scope', () => {
    const ggz = defineAbility(partner('ggz-rijnmond'), deelname);
    const s = persoon(['ggz-rijnmond', 'politie-rotterdam'], {
      identificatie: ['ggz-rijnmond'],
      woonsituatie: ['politie-rotterdam'],
    });
    expect(velden(ggz, s)).toEqual(['persoonId', 'bsn', 'achternaam']);
    expect(matchedRule(ggz, 'read', s)).toBe('deelnemer:scope-identificatie');
  });

  it('shows nothing once the participation ended, whatever the scope said', () => {
    const ggz = defineAbility(partner('ggz-rijnmond'), deelname);
    const s = persoon(['politie-rotterdam'], { identificatie: ['ggz-rijnmond'] });
    expect(velden(ggz, s)).toEqual([]);
    expect(ggz.can('read', subject('Casus', { deelnemers: ['politie-rotterdam'] }) as never)).toBe(
      false,
    );
  });

  it('needs the participation activity: the same partner under another purpose sees nothing', () => {
    const ggz = defineAbility(partner('ggz-rijnmond'), { id: 'zorgmelding-indienen', versie: 1 });
    expect(velden(ggz, persoon(['ggz-rijnmond'], { identificatie: ['ggz-rijnmond'] }))).toEqual([]);
  });

  it('lets a recipient acknowledge only exchanges addressed to its organisation', () => {
    const ggz = defineAbility(partner('ggz-rijnmond'), deelname);
    const aan = (ontvangers: string[]) =>
      subject('Uitwisseling', {
        regieOrganisatie: 'zvh-rotterdam-rijnmond',
        deelnemers: ['ggz-rijnmond', 'politie-rotterdam'],
        van: 'zvh-rotterdam-rijnmond',
        ontvangers,
      });
    expect(ggz.can('bevestigen', aan(['ggz-rijnmond']))).toBe(true);
    expect(ggz.can('bevestigen', aan(['politie-rotterdam']))).toBe(false);
    expect(ggz.can('read', aan(['politie-rotterdam']))).toBe(false);
  });

  it('gives the FG the register of cases its organisation took part in, not the casus', () => {
    const fg = defineAbility(
      { ...actor(['fg'], 'gebruiker', 'ggz-rijnmond') },
      { id: 'verantwoording-toezicht', versie: 1 },
    );
    expect(
      fg.can('read', subject('Uitwisselingsregister', { organisaties: ['ggz-rijnmond'] })),
    ).toBe(true);
    expect(
      fg.can('read', subject('Uitwisselingsregister', { organisaties: ['om-rotterdam'] })),
    ).toBe(false);
    expect(fg.can('read', 'Casus')).toBe(false);
    expect(fg.can('read', 'CasusPersoon')).toBe(false);
  });

  it('lets only a wijkteam worker of a wijkteam register, and only the own ZVH triage', () => {
    const wijkteam: Actor = {
      ...actor(['wijkteam-medewerker'], 'gebruiker', 'wijkteam-gm0599'),
      organisatie: { code: 'wijkteam-gm0599', naam: 'w', type: 'sociaal-wijkteam' },
    };
    const signalering = { id: 'casus-signalering-opschaling', versie: 1 };
    expect(defineAbility(wijkteam, signalering).can('create', 'Casus')).toBe(true);
    expect(defineAbility(partner('ggz-rijnmond'), signalering).can('create', 'Casus')).toBe(false);
    const zvh: Actor = {
      ...actor(['zvh-procesregisseur'], 'gebruiker', 'zvh-rotterdam-rijnmond'),
      organisatie: { code: 'zvh-rotterdam-rijnmond', naam: 'z', type: 'zorg-en-veiligheidshuis' },
    };
    const regie = defineAbility(zvh, { id: 'casusregie-zvh', versie: 1 });
    expect(
      regie.can('triageren', subject('Casus', { regieOrganisatie: 'zvh-rotterdam-rijnmond' })),
    ).toBe(true);
    expect(regie.can('triageren', subject('Casus', { regieOrganisatie: 'zvh-elders' }))).toBe(
      false,
    );
  });
});

describe('break the glass: only within its own domain, for the one purpose', () => {
  const zvh = actor(['zvh-procesregisseur']);
  const regie = { id: 'casusregie-zvh', versie: 1 };
  const grant = { id: 'g1', onderwerpType: 'Casus', onderwerpId: 'c1', activiteit: regie.id };

  it('opens that casus of the ZVH with its persons and exchanges for reading only', () => {
    const a = defineAbility(zvh, regie, [grant]);
    expect(matchedRule(a, 'read', subject('Casus', { id: 'c1' }))).toBe('doorbraak:g1');
    expect(a.can('read', subject('CasusPersoon', { casusId: 'c1' }), 'bsn')).toBe(true);
    expect(a.can('read', subject('Uitwisseling', { casusId: 'c1' }))).toBe(true);
    expect(a.can('read', subject('Casus', { id: 'c2' }))).toBe(false);
    expect(a.can('read', subject('CasusPersoon', { casusId: 'c2' }), 'bsn')).toBe(false);
    expect(a.can('create', subject('Uitwisseling', { casusId: 'c1' }))).toBe(false);
    expect(a.can('regisseren', subject('Casus', { id: 'c1' }))).toBe(false);
  });

  it('opens nothing under another purpose than the one it was granted for', () => {
    const a = defineAbility(zvh, { id: 'ketenpartner-deelname', versie: 1 }, [grant]);
    expect(a.can('read', subject('Casus', { id: 'c1' }))).toBe(false);
    const vt = defineAbility(
      actor(['vt-medewerker']),
      { id: 'zorgmelding-terugkoppeling', versie: 1 },
      [{ id: 'g2', onderwerpType: 'Zorgmelding', onderwerpId: 'z1', activiteit: doel.id }],
    );
    expect(vt.can('inzien', subject('Zorgmelding', { id: 'z1' }))).toBe(false);
  });

  it('lets VT open only reports routed to a Veilig Thuis, and the ZVH only its own casussen', () => {
    const vt = defineAbility(actor(['vt-medewerker']), doel);
    const zorgmelding = (vtOrganisatieType: string | null) =>
      subject('Doorbraak', { onderwerpType: 'Zorgmelding', vtOrganisatieType });
    const casus = (regieOrganisatie: string | null) =>
      subject('Doorbraak', { onderwerpType: 'Casus', regieOrganisatie });
    expect(vt.can('create', zorgmelding('veilig-thuis'))).toBe(true);
    expect(vt.can('create', zorgmelding(null))).toBe(false);
    expect(vt.can('create', casus('zvh-rotterdam-rijnmond'))).toBe(false);
    const z = defineAbility(zvh, regie);
    expect(z.can('create', casus('zvh-rotterdam-rijnmond'))).toBe(true);
    expect(z.can('create', casus('zvh-elders'))).toBe(false);
    expect(z.can('create', zorgmelding('veilig-thuis'))).toBe(false);
    // A VT grant for a casus never opens it, even if one were written.
    const v = defineAbility(actor(['vt-medewerker']), doel, [{ ...grant, activiteit: doel.id }]);
    expect(v.can('read', subject('Casus', { id: 'c1' }))).toBe(false);
  });
});

describe('every rule needs role, kind of organisation and purpose together', () => {
  const deelname = { id: 'ketenpartner-deelname', versie: 1 };
  const casus = subject('Casus', { deelnemers: ['politie-rotterdam'] });

  it('gives an FG nothing under the participation activity, even if the register allowed it', () => {
    const fg = defineAbility(actor(['fg'], 'gebruiker', 'politie-rotterdam'), deelname);
    expect(fg.can('read', casus)).toBe(false);
    expect(
      fg.can(
        'read',
        subject('Uitwisseling', {
          deelnemers: ['politie-rotterdam'],
          ontvangers: ['politie-rotterdam'],
        }),
      ),
    ).toBe(false);
  });

  it('gives a role nothing in an organisation of another kind', () => {
    const agent = actor(['politie-medewerker']);
    expect(defineAbility(agent, deelname).can('read', casus)).toBe(true);
    const elders: Actor = { ...agent, organisatie: { ...agent.organisatie, type: 'ggz' } };
    expect(defineAbility(elders, deelname).can('read', casus)).toBe(false);
    const beheerderElders: Actor = {
      ...actor(['beheerder']),
      organisatie: { code: 'ggz-rijnmond', naam: 'g', type: 'ggz' },
    };
    expect(defineAbility(beheerderElders).can('update', 'Verwerkingsactiviteit')).toBe(false);
  });
});

describe('the sleutelpartner follows its signal, then sees only what its scope allows', () => {
  const wijkteam = actor(['wijkteam-medewerker']);
  const signalering = { id: 'casus-signalering-opschaling', versie: 1 };
  const casus = (status: string, deelnemers: string[]) =>
    subject('Casus', { sleutelpartner: 'wijkteam-gm0599', status, deelnemers });
  const persoon = (status: string, deelnemers: string[], identificatie: string[]) =>
    subject('CasusPersoon', {
      sleutelpartner: 'wijkteam-gm0599',
      status,
      deelnemers,
      scope_identificatie: identificatie,
      scope_woonsituatie: [],
    });

  it.each([
    ['aangemeld', [], true, true],
    ['in-triage', [], true, true],
    ['afgewezen', [], true, true],
    ['actief', ['wijkteam-gm0599', 'zvh-rotterdam-rijnmond'], true, false],
    ['actief', ['zvh-rotterdam-rijnmond'], false, false],
    // Closed by the ZVH: the wijkteam keeps its own casus under its own purpose (the hand-back).
    ['afgesloten', [], true, true],
  ])(
    '%s with participants %j -> sees %s, the signal %s',
    (status, deelnemers, zichtbaar, signaal) => {
      for (const doel of [signalering, { id: 'ketenpartner-deelname', versie: 1 }]) {
        const a = defineAbility(wijkteam, doel);
        const voorTriage = doel === signalering;
        expect(a.can('read', casus(status, deelnemers))).toBe(
          zichtbaar && (voorTriage || !signaal),
        );
        expect(a.can('read', casus(status, deelnemers), 'aanleiding')).toBe(signaal && voorTriage);
      }
    },
  );

  it('after closure, keeps the persons it registered as identified, not their address', () => {
    const a = defineAbility(wijkteam, signalering);
    expect(a.can('read', persoon('afgesloten', [], []), 'bsn')).toBe(true);
    expect(a.can('read', persoon('afgesloten', [], []), 'straat')).toBe(false);
    const ander = defineAbility(
      { ...wijkteam, organisatie: { ...wijkteam.organisatie, code: 'wijkteam-gm0505' } },
      signalering,
    );
    expect(ander.can('read', casus('afgesloten', []))).toBe(false);
  });

  it('after acceptance, names no purpose that shows more than its scope', () => {
    const deelnemers = ['wijkteam-gm0599', 'zvh-rotterdam-rijnmond'];
    for (const doel of [signalering, { id: 'ketenpartner-deelname', versie: 1 }]) {
      const a = defineAbility(wijkteam, doel);
      // Scope narrowed to gezin-en-jeugd: no identification, no address, no reason.
      expect(a.can('read', persoon('actief', deelnemers, []), 'bsn')).toBe(false);
      expect(a.can('read', persoon('actief', deelnemers, []), 'straat')).toBe(false);
      expect(a.can('read', persoon('actief', deelnemers, ['wijkteam-gm0599']), 'bsn')).toBe(true);
      expect(a.can('read', casus('actief', deelnemers), 'levensdomeinen')).toBe(false);
      expect(a.can('read', casus('actief', deelnemers), 'bewaarTot')).toBe(false);
    }
  });

  it("never shows it the informing decisions or the others' scopes", () => {
    const a = defineAbility(wijkteam, signalering);
    expect(a.can('read', casus('actief', ['wijkteam-gm0599']), 'informeren')).toBe(false);
    expect(
      a.can(
        'read',
        subject('CasusDeelnemer', {
          deelnemers: ['wijkteam-gm0599'],
          organisatie: 'ggz-rijnmond',
          status: 'actief',
        }),
        'categorieen',
      ),
    ).toBe(false);
  });
});

describe('the privacy officer and the informatiebeheerder beside the FG (ADR 0035)', () => {
  const rechten = { id: 'rechten-betrokkenen', versie: 1 };
  const bewaring = { id: 'bewaring-vernietiging', versie: 1 };
  const toezicht = { id: 'verantwoording-toezicht', versie: 1 };
  const verzoek = (org: string) => subject('Rechtenverzoek', { organisatieCode: org });
  const lijst = (org: string) =>
    subject('Vernietigingslijst', { organisatie: org, status: 'voorgesteld' });

  it.each([
    // [role, activity, check, allowed]
    [
      'privacy-officer',
      rechten,
      (a: AppAbilityLike) => a.can('update', verzoek('vt-rotterdam-rijnmond')),
      true,
    ],
    [
      'privacy-officer',
      rechten,
      (a: AppAbilityLike) => a.can('read', verzoek('politie-rotterdam')),
      false,
    ],
    [
      'privacy-officer',
      bewaring,
      (a: AppAbilityLike) => a.can('goedkeuren', lijst('vt-rotterdam-rijnmond')),
      false,
    ],
    ['privacy-officer', toezicht, (a: AppAbilityLike) => a.can('read', 'AuditRecord'), false],
    [
      'informatiebeheerder',
      bewaring,
      (a: AppAbilityLike) => a.can('goedkeuren', lijst('zvh-rotterdam-rijnmond')),
      true,
    ],
    [
      'informatiebeheerder',
      bewaring,
      (a: AppAbilityLike) => a.can('goedkeuren', lijst('vt-rotterdam-rijnmond')),
      false,
    ],
    [
      'informatiebeheerder',
      rechten,
      (a: AppAbilityLike) => a.can('read', verzoek('zvh-rotterdam-rijnmond')),
      false,
    ],
    ['informatiebeheerder', toezicht, (a: AppAbilityLike) => a.can('read', 'Doorbraak'), false],
  ] as const)('%s under %o: %#', (rol, d, check, allowed) => {
    expect(check(defineAbility(actor([rol]), d))).toBe(allowed);
  });

  it('names its own rule, and gives nothing on the platform', () => {
    expect(
      matchedRule(
        defineAbility(actor(['privacy-officer']), rechten),
        'update',
        verzoek('vt-rotterdam-rijnmond'),
      ),
    ).toBe('privacy-officer:rechtenverzoeken-eigen-organisatie');
    expect(
      matchedRule(
        defineAbility(actor(['informatiebeheerder']), bewaring),
        'goedkeuren',
        lijst('zvh-rotterdam-rijnmond'),
      ),
    ).toBe('informatiebeheerder:vernietigingslijst-goedkeuren');
    const platform = {
      ...actor(['informatiebeheerder']),
      organisatie: { code: 'schakel-beheer', naam: 'beheer', type: 'platform' as const },
    };
    expect(defineAbility(platform, bewaring).can('read', lijst('schakel-beheer'))).toBe(false);
  });
});

type AppAbilityLike = ReturnType<typeof defineAbility>;
