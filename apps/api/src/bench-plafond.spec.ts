import { kortNaam, pgbenchScript, type Opname } from './bench-plafond.js';

const MELDING = '11111111-2222-4333-8444-555555555555';
const AUDIT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const SLEUTEL = '99999999-8888-4777-8666-555555555555';

const opnamen: Opname[] = [
  { text: 'SELECT * FROM "zorgmelding" "z" WHERE "z"."id" = $1', waarden: [MELDING] },
  { text: 'START TRANSACTION', waarden: [] },
  {
    text: 'UPDATE "zorgmelding" SET "kenmerk" = $1, "idempotentie_sleutel" = $2 WHERE "id" = $3',
    waarden: ['ZM-2026-000123', `bench-${SLEUTEL}`, MELDING],
  },
  {
    text: 'WITH a AS (INSERT INTO actor_audit (id, object_id) VALUES ($1, $2)) SELECT 1',
    waarden: [AUDIT, MELDING],
  },
  { text: 'COMMIT', waarden: [] },
];

describe('pgbenchScript', () => {
  const script = pgbenchScript(opnamen, [`bench-${SLEUTEL}`]);
  const regels = script.split('\n');

  it('draws :nieuw once per transaction, first', () => {
    expect(regels[0]).toBe('\\set nieuw random(100000000000, 999999999999)');
  });

  it('keeps an id the request read before it wrote (an existing row)', () => {
    expect(regels[1]).toContain(`'${MELDING}'`);
    expect(script).not.toContain(`${MELDING.slice(0, 24)}:nieuw`);
  });

  it('makes new per transaction what the request made: its record ids, key and kenmerk', () => {
    expect(script).toContain(`'${AUDIT.slice(0, 24)}:nieuw'`);
    expect(script).not.toContain(AUDIT);
    expect(script).toContain(`'bench-${SLEUTEL.slice(0, 24)}:nieuw'`);
    expect(script).toContain(`'ZM-2026-:nieuw'`);
  });

  it("keeps the app's transaction control and one statement per line", () => {
    expect(regels.filter(Boolean)).toEqual([
      expect.stringMatching(/^\\set/),
      expect.stringMatching(/^SELECT/),
      'START TRANSACTION;',
      expect.stringMatching(/^UPDATE/),
      expect.stringMatching(/^WITH a AS/),
      'COMMIT;',
    ]);
  });
});

describe('kortNaam', () => {
  it('names a statement by its verb and table', () => {
    expect(kortNaam('SELECT "z"."id" FROM "zorgmelding" "z" WHERE 1')).toBe('FROM zorgmelding');
    expect(kortNaam('INSERT INTO "zorgmelding"("id") VALUES (1)')).toBe('INSERT INTO zorgmelding');
    expect(kortNaam('WITH a AS ( INSERT INTO actor_audit (id) VALUES (1))')).toBe(
      'INSERT INTO actor_audit',
    );
    expect(kortNaam('COMMIT;')).toBe('COMMIT');
  });
});
