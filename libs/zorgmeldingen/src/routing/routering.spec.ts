import { readFileSync } from 'node:fs';
import type { Betrokkene } from '../zorgmelding.js';
import { ROUTERINGSTABEL, laadRouteringstabel, routeer, versieOp } from './routering.js';

const identity = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../identity/src/data/${file}`, import.meta.url), 'utf8'));
const OP = new Date('2026-11-10T10:00:00Z');
const kind = (gemeentecode?: string): Betrokkene => ({
  rol: 'kind-in-het-gezin',
  ...(gemeentecode ? { adres: { gemeentecode } } : {}),
});
const slachtoffer = (gemeentecode?: string): Betrokkene => ({
  rol: 'slachtoffer',
  ...(gemeentecode ? { adres: { gemeentecode } } : {}),
});

/** The seed table of docs/domain.md, written out here independently of routering.json. */
const DOMEIN: [string, string][] = [
  ...[
    'GM0613',
    'GM0489',
    'GM0502',
    'GM1924',
    'GM0542',
    'GM1621',
    'GM0556',
    'GM1930',
    'GM0597',
    'GM0599',
    'GM0606',
    'GM0622',
    'GM1992',
  ].map((c): [string, string] => [c, 'vt-rotterdam-rijnmond']),
  ...[
    'GM0482',
    'GM0505',
    'GM0512',
    'GM0523',
    'GM0531',
    'GM1963',
    'GM1978',
    'GM0590',
    'GM0610',
    'GM0642',
  ].map((c): [string, string] => [c, 'vt-zuid-holland-zuid']),
];

describe('routing table (data)', () => {
  const v1 = versieOp(ROUTERINGSTABEL, '2026-11-10');

  it('version 1, valid from 2025-01-01, holds exactly the 23 municipalities of domain.md', () => {
    expect(v1).toMatchObject({ versie: 1, geldigVanaf: '2025-01-01' });
    expect(v1.gemeenten.map((g) => [g.gemeentecode, g.veiligThuis]).sort()).toEqual(
      [...DOMEIN].sort(),
    );
  });

  it('agrees with the organisations and municipalities of the identity context', () => {
    const organisaties = (
      identity('organisaties.json') as { organisaties: { code: string; type: string }[] }
    ).organisaties;
    const gemeenten = (
      identity('gemeenten.json') as { gemeenten: { code: string; veiligThuis: string }[] }
    ).gemeenten;
    for (const g of v1.gemeenten) {
      expect(organisaties.find((o) => o.code === g.veiligThuis)?.type).toBe('veilig-thuis');
      expect(gemeenten.find((x) => x.code === g.gemeentecode)?.veiligThuis).toBe(g.veiligThuis);
    }
    expect(gemeenten).toHaveLength(v1.gemeenten.length);
  });

  it('refuses a table with a duplicate municipality or without versions', () => {
    const rij = { gemeentecode: 'GM0599', naam: 'Rotterdam', veiligThuis: 'vt-rotterdam-rijnmond' };
    expect(() => laadRouteringstabel({ versies: [] })).toThrow('zonder versies');
    expect(() =>
      laadRouteringstabel({
        versies: [{ versie: 1, geldigVanaf: '2025-01-01', gemeenten: [rij, rij] }],
      }),
    ).toThrow('dubbele gemeente');
  });
});

describe('routeer', () => {
  it.each(DOMEIN)('a child living in %s goes to %s', (gemeentecode, vt) => {
    expect(routeer({ betrokkenen: [kind(gemeentecode)] }, OP)).toEqual({
      uitkomst: 'veilig-thuis',
      veiligThuis: vt,
      gemeentecode,
      regel: 'woonplaats-kind',
      tabelVersie: 1,
      tabelGeldigVanaf: '2025-01-01',
    });
  });

  it.each(DOMEIN)('without a child, a victim living in %s goes to %s', (gemeentecode, vt) => {
    expect(routeer({ betrokkenen: [slachtoffer(gemeentecode)] }, OP)).toMatchObject({
      uitkomst: 'veilig-thuis',
      veiligThuis: vt,
      regel: 'woonplaats-slachtoffer',
    });
  });

  it("the child's residence goes before the victim's", () => {
    const r = routeer({ betrokkenen: [slachtoffer('GM0599'), kind('GM0505')] }, OP);
    expect(r).toMatchObject({ veiligThuis: 'vt-zuid-holland-zuid', regel: 'woonplaats-kind' });
  });

  it("a child without a known residence falls back to the victim's", () => {
    const r = routeer({ betrokkenen: [kind(), slachtoffer('GM0642')] }, OP);
    expect(r).toMatchObject({
      veiligThuis: 'vt-zuid-holland-zuid',
      regel: 'woonplaats-slachtoffer',
    });
  });

  it('a perpetrator or witness never decides', () => {
    const r = routeer(
      {
        betrokkenen: [
          { rol: 'pleger', adres: { gemeentecode: 'GM0599' } },
          { rol: 'getuige', adres: { gemeentecode: 'GM0505' } },
        ],
      },
      OP,
    );
    expect(r).toEqual({
      uitkomst: 'uitzondering',
      reden: 'geen-woonplaats-bekend',
      tabelVersie: 1,
      tabelGeldigVanaf: '2025-01-01',
    });
  });

  it('a Dutch municipality outside the unit is an exception: buiten de eenheid', () => {
    expect(routeer({ betrokkenen: [kind('GM0363')] }, OP)).toEqual({
      uitkomst: 'uitzondering',
      reden: 'buiten-de-eenheid',
      gemeentecode: 'GM0363',
      regel: 'woonplaats-kind',
      tabelVersie: 1,
      tabelGeldigVanaf: '2025-01-01',
    });
  });

  it('a code that is no municipality (any more) is an exception: onbekende gemeente', () => {
    // Brielle merged into Voorne aan Zee in 2023; a stored concept may still hold its code.
    expect(routeer({ betrokkenen: [slachtoffer('GM0501')] }, OP)).toMatchObject({
      uitkomst: 'uitzondering',
      reden: 'onbekende-gemeente',
      gemeentecode: 'GM0501',
    });
  });

  it('no betrokkenen at all is an exception: geen woonplaats bekend', () => {
    expect(routeer({}, OP)).toMatchObject({
      uitkomst: 'uitzondering',
      reden: 'geen-woonplaats-bekend',
    });
  });

  it('uses the table version in force on the date', () => {
    const v1 = versieOp(ROUTERINGSTABEL, '2026-01-01');
    const tabel = laadRouteringstabel({
      versies: [
        v1,
        {
          versie: 2,
          geldigVanaf: '2027-01-01',
          gemeenten: v1.gemeenten.filter((g) => g.gemeentecode !== 'GM0505'),
        },
      ],
    });
    expect(
      routeer({ betrokkenen: [kind('GM0505')] }, new Date('2026-12-31T12:00:00Z'), tabel),
    ).toMatchObject({
      uitkomst: 'veilig-thuis',
      tabelVersie: 1,
    });
    // 2026-12-31T23:30Z is already 1 January 2027 in Amsterdam.
    expect(
      routeer({ betrokkenen: [kind('GM0505')] }, new Date('2026-12-31T23:30:00Z'), tabel),
    ).toMatchObject({
      uitkomst: 'uitzondering',
      reden: 'buiten-de-eenheid',
      tabelVersie: 2,
    });
    expect(() => routeer({ betrokkenen: [] }, new Date('2024-06-01T12:00:00Z'))).toThrow(
      'Geen routeringstabel',
    );
  });
});
