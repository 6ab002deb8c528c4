import { subject } from '@casl/ability';
import type { Actor, Rol } from '@schakel/identity';
import { defineAbility, matchedRule, type Action, type SubjectType } from './abilities.js';
import { shape } from './fields.interceptor.js';

const actor = (
  rollen: Rol[],
  soort: Actor['soort'] = 'gebruiker',
  org = 'vt-rotterdam-rijnmond',
): Actor => ({
  soort,
  id: `a-${rollen.join('-')}`,
  organisatie: { code: org, naam: org, type: 'veilig-thuis' },
  rollen,
  herkomst: {},
});
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

  it('lets only break-the-glass roles create a grant, and only under a bound purpose', () => {
    expect(defineAbility(actor(['vt-medewerker']), doel).can('create', 'Doorbraak')).toBe(true);
    expect(defineAbility(actor(['vt-medewerker'])).can('create', 'Doorbraak')).toBe(false);
    expect(defineAbility(actor(['politie-medewerker']), doel).can('create', 'Doorbraak')).toBe(
      false,
    );
  });

  it('opens exactly the record of an active grant, and names the grant as the matched rule', () => {
    const a = defineAbility(actor(['vt-medewerker']), doel, [
      { id: 'g1', onderwerpType: 'Zorgmelding', onderwerpId: 'z-1' },
    ]);
    expect(a.can('read', subject('Zorgmelding', { id: 'z-1' }))).toBe(true);
    expect(a.can('read', subject('Zorgmelding', { id: 'z-2' }))).toBe(false);
    expect(a.can('update', subject('Zorgmelding', { id: 'z-1' }))).toBe(false);
    expect(a.can('read', subject('Casus', { id: 'z-1' }))).toBe(false);
    expect(matchedRule(a, 'read', subject('Zorgmelding', { id: 'z-1' }))).toBe('doorbraak:g1');
    expect(matchedRule(a, 'read', subject('Zorgmelding', { id: 'z-2' }))).toBeUndefined();
  });

  it('keeps the matched rule of each decision', () => {
    expect(
      matchedRule(defineAbility(actor(['beheerder'])), 'create', 'Verwerkingsactiviteit'),
    ).toBe('beheerder:verwerkingsregister-beheren');
    expect(
      matchedRule(defineAbility(actor(['fg'])), 'create', 'Verwerkingsactiviteit'),
    ).toBeUndefined();
  });

  it('lets an FG read the grants of their own organisation only', () => {
    const fg = defineAbility(actor(['fg'], 'gebruiker', 'zvh-rotterdam-rijnmond'));
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
