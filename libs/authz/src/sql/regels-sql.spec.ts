import { PGlite } from '@electric-sql/pglite';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Action } from '../abilities.js';
import { type ColumnType } from './casl-to-sql.js';
import { LIJSTFILTERS } from './kolommen.js';
import {
  BIJWERKEN_COMMANDO,
  genereerRegelsSql,
  representatieveActoren,
  verschil,
  type SnapshotInvoer,
} from './regels-sql.js';

/*
 * The SQL snapshot of the rules: regels.sql must be what the rules make of today's demo
 * accounts and register. After an intended rule change, rewrite it with
 *   SQL_SNAPSHOT_BIJWERKEN=1 npm test -- libs/authz/src/sql/regels-sql
 * and review the change of regels.sql with the change of the rules.
 */

const lees = (pad: string): unknown =>
  JSON.parse(readFileSync(new URL(pad, import.meta.url), 'utf8'));

function invoer(): SnapshotInvoer {
  const identity = '../../../identity/src/';
  return {
    accounts: (
      lees(`${identity}dev-idp/demo-accounts.json`) as SnapshotInvoer & {
        accounts: SnapshotInvoer['accounts'];
      }
    ).accounts,
    systeemclients: (
      lees(`${identity}data/systeemclients.json`) as {
        clients: SnapshotInvoer['systeemclients'];
      }
    ).clients,
    organisaties: (
      lees(`${identity}data/organisaties.json`) as {
        organisaties: SnapshotInvoer['organisaties'];
      }
    ).organisaties,
    activiteiten: (
      lees('../../../purpose/src/data/verwerkingsregister.json') as {
        verwerkingsactiviteiten: SnapshotInvoer['activiteiten'];
      }
    ).verwerkingsactiviteiten,
  };
}

const BESTAND = new URL('./regels.sql', import.meta.url);

describe('regels.sql: the rules as SQL', () => {
  it('matches the rules (rewrite with SQL_SNAPSHOT_BIJWERKEN=1)', () => {
    const actueel = genereerRegelsSql(invoer());
    if (process.env.SQL_SNAPSHOT_BIJWERKEN === '1') {
      writeFileSync(BESTAND, actueel);
      return;
    }
    const vastgelegd = existsSync(BESTAND) ? readFileSync(BESTAND, 'utf8') : '';
    if (vastgelegd !== actueel) {
      throw new Error(
        [
          'libs/authz/src/sql/regels.sql differs from the SQL the rules make now',
          '(- in regels.sql, + from the rules):',
          '',
          verschil(vastgelegd, actueel),
          '',
          'If the change is intended, rewrite the file and review its diff:',
          `  ${BIJWERKEN_COMMANDO}`,
        ].join('\n'),
      );
    }
  });

  it('is deterministic', () => {
    expect(genereerRegelsSql(invoer())).toBe(genereerRegelsSql(invoer()));
  });

  it('covers every role of the demo accounts and system clients', () => {
    const rollen = new Set(representatieveActoren(invoer()).flatMap((a) => a.rollen));
    expect([...rollen].sort()).toEqual(
      [...new Set([...invoer().accounts.flatMap((a) => a.rollen), 'systeem'])].sort(),
    );
  });

  it('shows denials and break-the-glass grants', () => {
    const tekst = genereerRegelsSql(invoer());
    expect(tekst).toContain('SELECT * FROM casus AS c WHERE FALSE;');
    // A casus grant shows in the ZVH's list clauses under its activity; a report grant opens
    // one report read-only (`inzien`), never a list, so it shows in no clause.
    expect(tekst).toContain('doorbraak:doorbraak-casus');
    expect(tekst).not.toContain('doorbraak:doorbraak-zorgmelding');
  });

  it('lists each subject once', () => {
    const subjects = LIJSTFILTERS.map((f) => f.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it('covers every applyAccessFilter call of the libs and the api', () => {
    const wortel = new URL('../../../../', import.meta.url);
    const bestanden = ['libs', 'apps/api/src'].flatMap((map) =>
      readdirSync(new URL(map, wortel), { recursive: true, encoding: 'utf8' })
        .filter(
          (f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && !f.endsWith('casl-to-sql.ts'),
        )
        .map((f) => new URL(`${map}/${f}`, wortel)),
    );
    const ontbrekend: string[] = [];
    let aanroepen = 0;
    for (const bestand of bestanden) {
      const bron = readFileSync(bestand, 'utf8');
      // applyAccessFilter(qb, ability, 'action' or a variable, 'Subject', ...)
      for (const m of bron.matchAll(
        /applyAccessFilter\(\s*[^,()]+,\s*[^,()]+,\s*('(\w+)'|\w+),\s*'(\w+)'/g,
      )) {
        aanroepen++;
        const [, , actie, subject] = m;
        const filter = LIJSTFILTERS.find((f) => f.subject === subject);
        if (!filter || (actie !== undefined && !filter.acties.includes(actie as Action))) {
          ontbrekend.push(`${subject ?? '?'} ${actie ?? '(variable)'} in ${bestand.pathname}`);
        }
      }
    }
    expect(aanroepen).toBeGreaterThan(5);
    expect(ontbrekend).toEqual([]);
  });
});

describe('regels.sql is valid SQL', () => {
  const TYPEN: Record<ColumnType, string> = {
    text: 'text',
    int: 'integer',
    bool: 'boolean',
    uuid: 'uuid',
    timestamptz: 'timestamptz',
    'text[]': 'text[]',
  };

  it('runs every statement on tables with the mapped columns (embedded PostgreSQL)', async () => {
    const tabellen = new Map<string, Map<string, string>>();
    for (const filter of LIJSTFILTERS) {
      const kolommen = tabellen.get(filter.tabel) ?? new Map<string, string>();
      for (const spec of Object.values(filter.kolommen))
        kolommen.set(spec.column, TYPEN[spec.type]);
      tabellen.set(filter.tabel, kolommen);
    }
    const statements = new Set<string>();
    let huidig: string[] = [];
    for (const regel of genereerRegelsSql(invoer()).split('\n')) {
      if (huidig.length === 0 && !regel.startsWith('SELECT ')) continue;
      huidig.push(regel);
      if (regel.endsWith(';')) {
        statements.add(huidig.join('\n'));
        huidig = [];
      }
    }
    expect(statements.size).toBeGreaterThan(10);
    const db = await PGlite.create();
    try {
      for (const [tabel, kolommen] of tabellen) {
        const definities = [...kolommen].map(([kolom, type]) => `"${kolom}" ${type}`);
        await db.exec(`CREATE TABLE ${tabel} (${definities.join(', ')})`);
      }
      for (const statement of statements) {
        await expect(db.query(statement)).resolves.toMatchObject({ rows: [] });
      }
    } finally {
      await db.close();
    }
  });
});

describe('verschil', () => {
  it('shows changed lines with context and the section they are in', () => {
    const oud = ['kop', '-- ## rol a', 'x', 'y', 'z', '-- ## rol b', 'p', 'q', 'r', 's'].join('\n');
    const nieuw = ['kop', '-- ## rol a', 'x', 'y', 'z', '-- ## rol b', 'p', 'Q', 'r', 's'].join(
      '\n',
    );
    expect(verschil(oud, nieuw)).toBe(
      ['@@ regel 5 @@ rol a', '  z', '  -- ## rol b', '  p', '- q', '+ Q', '  r', '  s'].join('\n'),
    );
  });

  it('is empty for equal texts', () => {
    expect(verschil('a\nb', 'a\nb')).toBe('');
  });
});

/*
 * The snapshot shows the SQL the contexts run only if they use these maps: no context may
 * declare a column map of its own.
 */
describe('every context filters with the column maps of kolommen.ts', () => {
  it('finds no other ColumnMap declaration in libs or apps', () => {
    const eigen: string[] = [];
    const zoek = (map: URL): void => {
      for (const e of readdirSync(map, { withFileTypes: true })) {
        const pad = new URL(`${e.name}${e.isDirectory() ? '/' : ''}`, map);
        if (e.isDirectory()) {
          if (e.name !== 'node_modules') zoek(pad);
        } else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')) {
          const bron = readFileSync(pad, 'utf8');
          if (/:\s*ColumnMap\s*=\s*\{/.test(bron) && !pad.pathname.endsWith('sql/kolommen.ts')) {
            eigen.push(pad.pathname.replace(/^.*\/(libs|apps)\//, '$1/'));
          }
        }
      }
    };
    zoek(new URL('../../../', import.meta.url));
    zoek(new URL('../../../../apps/api/src/', import.meta.url));
    expect(eigen).toEqual([]);
  });
});
