import { loadDemoAccounts, loadOrganisaties, type Actor } from '@schakel/identity';
import { defineAbility } from './abilities.js';
import { regelTekst } from './regelteksten.js';

const ACTIVITEITEN = [
  undefined,
  'zorgmelding-indienen',
  'zorgmelding-ontvangen-beoordelen',
  'zorgmelding-terugkoppeling',
  'casus-signalering-opschaling',
  'casusregie-zvh',
  'ketenpartner-deelname',
  'verantwoording-toezicht',
  'platformbeheer',
  'rechten-betrokkenen',
  'bewaring-vernietiging',
];

describe('every rule has a Dutch text', () => {
  it('for every demo account under every activity, each rule id reads as a sentence', () => {
    const orgs = new Map(loadOrganisaties().map((o) => [o.code, o]));
    const zonder: string[] = [];
    for (const a of loadDemoAccounts()) {
      const o = orgs.get(a.organisatie);
      if (!o) continue;
      const actor: Actor = {
        soort: 'gebruiker',
        id: a.sub,
        organisatie: { code: o.code, naam: o.naam, type: o.type },
        rollen: a.rollen,
        herkomst: {},
      };
      for (const id of ACTIVITEITEN) {
        const doel = id ? { id, versie: 1 } : undefined;
        const grants = [
          { id: 'g1', onderwerpType: 'Casus', onderwerpId: 'x', activiteit: id ?? '' },
        ];
        for (const r of defineAbility(actor, doel, grants).rules) {
          if (!r.reason || regelTekst(r.reason) === null)
            zonder.push(`${a.sub}/${id ?? '-'}: ${r.reason ?? '?'}`);
        }
      }
    }
    expect(zonder).toEqual([]);
  });

  it('says no rule as null, a grant as break-the-glass, a scope by its category', () => {
    expect(regelTekst(null)).toBeNull();
    expect(regelTekst('doorbraak:1234')).toMatch(/glazen brak/);
    expect(regelTekst('deelnemer:scope-woonsituatie')).toMatch(/woonsituatie/);
    expect(regelTekst('bestaat-niet')).toBeNull();
  });
});
