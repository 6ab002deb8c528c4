import { randomBytes, randomUUID } from 'node:crypto';
import { AuditQueryService, AuditService } from '@schakel/audit';
import type { Actor } from '@schakel/identity';
import {
  GegevensOnleesbaarError,
  PersonenRotatie,
  PersonenService,
  SleutelOnbekendError,
  type Identiteit,
} from '@schakel/personen';
import { loadConfig, ProblemException } from '@schakel/platform';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { bsn, encodings } from './fictief.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';

const key = () => randomBytes(32).toString('base64');
const K1 = key();
const K2 = key();

describe('personen: encrypted identity, blind index, crypto-shredding, rotation', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let t: TestApp;
  let ds: DataSource;
  let personen: PersonenService;
  let audit: AuditService;
  const logLines: string[] = [];
  let getampered = '';
  const tx = <T>(work: (m: EntityManager) => Promise<T>) => ds.transaction(work);

  /** The app's config with other master keys. */
  const configMet = (keys: string, active?: string) =>
    loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: t.config.DATA_DIR,
      PERSONEN_MASTER_KEYS: keys,
      ...(active ? { PERSONEN_MASTER_KEY_ID: active } : {}),
      PERSONEN_BSN_INDEX_KEY: t.config.PERSONEN_BSN_INDEX_KEY ?? '',
    });
  /** A PersonenService of the same app with other master keys. */
  const metSleutels = (keys: string, active?: string) =>
    new PersonenService(configMet(keys, active), audit);
  /** The key rotation of the same app with other master keys. */
  const rotatieMet = (keys: string, active?: string) =>
    new PersonenRotatie(configMet(keys, active), ds);

  beforeAll(async () => {
    db = await isolatedDatabase();
    t = await startTestApp({
      ...db.env,
      PERSONEN_MASTER_KEYS: `k1:${K1}`,
      PERSONEN_BSN_INDEX_KEY: randomBytes(32).toString('base64url'),
    });
    ds = t.app.get(DataSource);
    personen = t.app.get(PersonenService);
    audit = t.app.get(AuditService);
    // From here every line of the app's pino logger, at debug level, for the privacy check.
    const root = PinoLogger.root as unknown as Record<symbol, { write(s: string): boolean }>;
    const stream = root[pino.symbols.streamSym];
    if (!stream) throw new Error('no pino stream');
    stream.write = (line: string) => {
      logLines.push(line);
      return true;
    };
    (PinoLogger.root as unknown as { level: string }).level = 'debug';
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const sanne: Identiteit = {
    bsn: bsn(),
    voornamen: 'Sanne Maria',
    voorvoegsel: 'van der',
    achternaam: 'Klompenmaker',
    geboortedatum: '1987-04-12',
    straat: 'Zwaanshals',
    huisnummer: '17B',
    postcode: '3035 KS',
    woonplaats: 'Rotterdam',
    gemeenteCode: 'GM0599',
  };

  it('round-trips every field, and reads only the requested fields', async () => {
    const { id, nieuw } = await tx((m) => personen.registreer(m, sanne));
    expect(nieuw).toBe(true);
    const gelezen = await tx((m) => personen.lees(m, id));
    expect(gelezen).toEqual({
      id,
      status: 'beschikbaar',
      gegevens: { ...sanne, postcode: '3035KS' },
    });
    expect(await tx((m) => personen.leesVelden(m, id, ['gemeenteCode', 'bsn']))).toEqual({
      id,
      status: 'beschikbaar',
      gegevens: { gemeenteCode: 'GM0599', bsn: sanne.bsn },
    });
    const [sleutel] = await ds.query<{ sleutel_id: string }[]>(
      'SELECT sleutel_id FROM persoon_sleutel WHERE persoon_id = $1',
      [id],
    );
    expect(sleutel?.sleutel_id).toBe('k1');
  });

  it('answers 404 for an unknown or malformed id, and refuses invalid input without a 500', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'niet-een-uuid', "'; DROP"]) {
      await expect(tx((m) => personen.lees(m, id))).rejects.toMatchObject({
        code: 'niet-gevonden',
      });
    }
    await expect(tx((m) => personen.registreer(m, { bsn: '123456789' }))).rejects.toMatchObject({
      code: 'ongeldige-invoer',
    });
    await expect(tx((m) => personen.zoekOpBsn(m, '12345'))).rejects.toBeInstanceOf(
      ProblemException,
    );
  });

  it('dedupes on the BSN through the blind index, and finds a person by BSN', async () => {
    const nummer = bsn();
    const a = await tx((m) => personen.registreer(m, { bsn: nummer, achternaam: 'Eerste' }));
    const b = await tx((m) => personen.registreer(m, { bsn: nummer, achternaam: 'Tweede' }));
    expect(b).toEqual({ id: a.id, nieuw: false });
    expect(await tx((m) => personen.zoekOpBsn(m, nummer))).toBe(a.id);
    expect(await tx((m) => personen.zoekOpBsn(m, bsn()))).toBeNull();
    // Without a BSN there is nothing to dedupe on.
    const c = await tx((m) => personen.registreer(m, { achternaam: 'Zonder' }));
    const d = await tx((m) => personen.registreer(m, { achternaam: 'Zonder' }));
    expect(c.id).not.toBe(d.id);
    // Concurrent registrations of one BSN meet on the unique index.
    const nog = bsn();
    const ids = await Promise.all(
      [1, 2, 3].map(() => tx((m) => personen.registreer(m, { bsn: nog }))),
    );
    expect(new Set(ids.map((r) => r.id)).size).toBe(1);
    expect(ids.filter((r) => r.nieuw)).toHaveLength(1);
  });

  it('gives a person with a BSN the pseudonym the FG search computes, else one from the id', async () => {
    const nummer = bsn();
    const met = await tx((m) => personen.registreer(m, { bsn: nummer, voornamen: 'Piet' }));
    const zonder = await tx((m) => personen.registreer(m, { voornamen: 'Piet' }));
    expect(await tx((m) => personen.auditPseudoniem(m, met.id))).toBe(audit.pseudonym(nummer));
    expect(await tx((m) => personen.auditPseudoniem(m, zonder.id))).toBe(
      audit.pseudonym(`persoon:${zonder.id}`),
    );
    // A processing record written by pseudonym is found by the FG's search by BSN.
    const actor: Actor = {
      soort: 'gebruiker',
      id: 'demo-politie-1',
      organisatie: { code: 'politie-rotterdam', naam: 'Politie', type: 'politie' },
      rollen: ['politie-medewerker'],
      herkomst: {},
    };
    const auditId = await tx(async (m) =>
      audit.record(m, {
        actor,
        actie: 'create',
        objectType: 'Persoon',
        objectId: met.id,
        resultaat: 'toegestaan',
        doel: { id: 'zorgmelding-indienen', versie: 1 },
        trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) },
        betrokkenen: [await personen.betrokkene(m, met.id, ['identificerende gegevens'])],
      }),
    );
    const gevonden = await t.app
      .get(AuditQueryService)
      .search({ betrokkene: nummer, limiet: 10 }, (qb) => qb);
    expect(gevonden.map((r) => r.id)).toEqual([auditId]);
  });

  it('detects tampering: a changed byte, and envelopes or keys swapped between persons', async () => {
    const a = await tx((m) => personen.registreer(m, { bsn: bsn(), achternaam: 'Aalbers' }));
    const b = await tx((m) => personen.registreer(m, { bsn: bsn(), achternaam: 'Bakker' }));
    // b gets a's envelopes: the AAD names a's id, so b cannot open them (nor with a's key).
    await ds.query(
      'UPDATE persoon SET velden = (SELECT velden FROM persoon WHERE id = $1) WHERE id = $2',
      [a.id, b.id],
    );
    await expect(tx((m) => personen.lees(m, b.id))).rejects.toBeInstanceOf(GegevensOnleesbaarError);
    await ds.query(
      'UPDATE persoon_sleutel SET verpakt = (SELECT verpakt FROM persoon_sleutel WHERE persoon_id = $1) WHERE persoon_id = $2',
      [a.id, b.id],
    );
    await expect(tx((m) => personen.lees(m, b.id))).rejects.toBeInstanceOf(GegevensOnleesbaarError);
    getampered = b.id;
    // One bit of a's ciphertext (last byte: ciphertext) and of its tag (byte 20).
    const [row] = await ds.query<{ velden: Record<string, string> }[]>(
      'SELECT velden FROM persoon WHERE id = $1',
      [a.id],
    );
    for (const at of [-1, 20]) {
      const env = Buffer.from(row?.velden.achternaam ?? '', 'base64');
      const i = at < 0 ? env.length + at : at;
      env[i] = (env[i] ?? 0) ^ 0x80;
      await ds.query(
        `UPDATE persoon SET velden = jsonb_set(velden, '{achternaam}', $2) WHERE id = $1`,
        [a.id, JSON.stringify(env.toString('base64'))],
      );
      await expect(tx((m) => personen.leesVelden(m, a.id, ['achternaam']))).rejects.toMatchObject({
        code: 'gegevens-onleesbaar',
        status: 500,
      });
      // Least data: the untouched field still opens.
      expect(await tx((m) => personen.leesVelden(m, a.id, ['bsn']))).toMatchObject({
        status: 'beschikbaar',
      });
    }
  });

  it('refuses a wrong master key under the same id, and names an unknown key id', async () => {
    const { id } = await tx((m) => personen.registreer(m, { achternaam: 'Sleutelproef' }));
    await expect(tx((m) => metSleutels(`k1:${K2}`).lees(m, id))).rejects.toBeInstanceOf(
      GegevensOnleesbaarError,
    );
    await expect(tx((m) => metSleutels(`k2:${K2}`).lees(m, id))).rejects.toBeInstanceOf(
      SleutelOnbekendError,
    );
  });

  it('crypto-shreds: no key, no blind index hit, reads answer "vernietigd", never garbage', async () => {
    const nummer = bsn();
    const { id } = await tx((m) =>
      personen.registreer(m, { bsn: nummer, voornamen: 'Wendelien', achternaam: 'Vernietig' }),
    );
    const [voor] = await ds.query<{ velden: unknown }[]>(
      'SELECT velden FROM persoon WHERE id = $1',
      [id],
    );
    const { auditPseudoniem } = await tx((m) => personen.vernietig(m, id));
    expect(auditPseudoniem).toBe(audit.pseudonym(nummer));
    expect(
      await ds.query('SELECT 1 FROM persoon_sleutel WHERE persoon_id = $1', [id]),
    ).toHaveLength(0);
    const [na] = await ds.query<{ velden: unknown; bsn_index: Buffer | null }[]>(
      'SELECT velden, bsn_index FROM persoon WHERE id = $1',
      [id],
    );
    // The ciphertext is still there; without the key it is unreadable to anyone.
    expect(na?.velden).toEqual(voor?.velden);
    expect(na?.bsn_index).toBeNull();
    const gelezen = await tx((m) => personen.lees(m, id));
    expect(gelezen).toEqual({ id, status: 'vernietigd', vernietigdOp: expect.any(Date) });
    expect(await tx((m) => personen.leesVelden(m, id, ['achternaam']))).toMatchObject({
      status: 'vernietigd',
    });
    expect(await tx((m) => personen.zoekOpBsn(m, nummer))).toBeNull();
    const acts: ((m: EntityManager) => Promise<unknown>)[] = [
      (m: EntityManager) => personen.auditPseudoniem(m, id),
      (m: EntityManager) => personen.wijzig(m, id, { achternaam: 'Terug' }),
      (m: EntityManager) => personen.vernietig(m, id),
    ];
    for (const act of acts) {
      await expect(tx(act)).rejects.toMatchObject({ code: 'gegevens-vernietigd', status: 410 });
    }
    // The BSN is free again: a new registration is a new person.
    const opnieuw = await tx((m) => personen.registreer(m, { bsn: nummer }));
    expect(opnieuw.nieuw).toBe(true);
    expect(opnieuw.id).not.toBe(id);
  });

  it('stores no readable BSN, name or address in any table, also after changes', async () => {
    const oud = { ...sanne, bsn: bsn(), achternaam: 'Oudehuijzen', straat: 'Mathenesserdijk' };
    const { id } = await tx((m) => personen.registreer(m, oud));
    const nieuw = { bsn: bsn(), achternaam: 'Nieuwenhuijzen', straat: 'Vierambachtsstraat' };
    await tx((m) => personen.wijzig(m, id, nieuw));
    expect(await tx((m) => personen.zoekOpBsn(m, oud.bsn))).toBeNull();
    expect(await tx((m) => personen.zoekOpBsn(m, nieuw.bsn))).toBe(id);
    expect(await tx((m) => personen.leesVelden(m, id, ['achternaam', 'straat']))).toMatchObject({
      gegevens: { achternaam: 'Nieuwenhuijzen', straat: 'Vierambachtsstraat' },
    });

    const needles = [
      oud.bsn,
      nieuw.bsn,
      oud.voornamen,
      oud.voorvoegsel,
      oud.achternaam,
      nieuw.achternaam,
      oud.straat,
      nieuw.straat,
      sanne.bsn,
      sanne.achternaam,
      '3035KS',
      '1987-04-12',
    ].filter((n): n is string => typeof n === 'string');
    const tables = await ds.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(tables.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['persoon', 'persoon_sleutel']),
    );
    let rows = 0;
    for (const { table_name } of tables) {
      // The whole row as text (bytea as hex, jsonb as text), plus bytea read as raw bytes.
      const byteaCols = await ds.query<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = $1 AND data_type = 'bytea'`,
        [table_name],
      );
      const raw = byteaCols.map((c) => `encode("${c.column_name}", 'escape')`);
      const dump = await ds.query<{ t: string }[]>(
        `SELECT concat_ws(' ', r::text${raw.map((e) => `, ${e}`).join('')}) AS t FROM "${table_name}" r`,
      );
      rows += dump.length;
      for (const { t: text } of dump) {
        for (const value of needles) {
          for (const enc of encodings(value)) {
            if (text.includes(enc))
              throw new Error(
                `${table_name} holds a readable ${enc.length}-char form of personal data`,
              );
          }
        }
      }
    }
    expect(rows).toBeGreaterThan(10);
  });

  it('writes no BSN, name or address to the application log (debug level)', async () => {
    const nummer = bsn();
    const { id } = await tx((m) =>
      personen.registreer(m, { bsn: nummer, voornamen: 'Loglinde', achternaam: 'Geheimhouder' }),
    );
    await tx((m) => personen.lees(m, id));
    await tx((m) => personen.wijzig(m, id, { straat: 'Logstraat' }));
    await tx((m) => personen.vernietig(m, id));
    const all = logLines.join('');
    // The capture works: the service's debug lines are there, with the id only.
    expect(all).toContain('persoon geregistreerd');
    expect(all).toContain(id);
    for (const value of [
      nummer,
      sanne.bsn ?? '',
      'Loglinde',
      'Geheimhouder',
      'Logstraat',
      'Klompenmaker',
    ]) {
      expect(all).not.toContain(value);
    }
  });

  it('keeps what each context recorded for a known BSN apart, and shreds it with the person', async () => {
    const nummer = bsn();
    const eerst = await tx((m) => personen.registreer(m, { ...sanne, bsn: nummer }));
    const tweede = await tx((m) =>
      personen.registreer(m, { bsn: nummer, achternaam: 'Anders', woonplaats: 'Dordrecht' }),
    );
    expect(tweede).toEqual({ id: eerst.id, nieuw: false });
    const [a, b] = await tx(async (m) => [
      await personen.legVast(m, eerst.id, 'casus/a', { ...sanne, bsn: nummer }),
      await personen.legVast(m, eerst.id, 'casus/b', { bsn: nummer, achternaam: 'Anders' }),
    ]);
    const velden = ['bsn', 'voornamen', 'achternaam', 'straat'] as const;
    expect(await tx((m) => personen.leesVastgelegd(m, eerst.id, 'casus/b', b, velden))).toEqual({
      id: eerst.id,
      status: 'beschikbaar',
      gegevens: { bsn: nummer, achternaam: 'Anders' },
    });
    expect(
      await tx((m) => personen.leesVastgelegd(m, eerst.id, 'casus/a', a, ['achternaam'])),
    ).toMatchObject({ gegevens: { achternaam: sanne.achternaam } });
    // Bound to its context: another context's envelope does not open as this one.
    await expect(
      tx((m) => personen.leesVastgelegd(m, eerst.id, 'casus/b', a, velden)),
    ).rejects.toThrow();
    await tx((m) => personen.vernietig(m, eerst.id));
    expect(
      await tx((m) => personen.leesVastgelegd(m, eerst.id, 'casus/b', b, velden)),
    ).toMatchObject({ status: 'vernietigd' });
  });

  it("rotates the content keys of other contexts' records (zorgmelding, casus) too", async () => {
    await ds.query(
      'CREATE TABLE inhoud_rotatie (id uuid PRIMARY KEY, sleutel_id text NOT NULL, verpakte_sleutel bytea NOT NULL)',
    );
    const oud = metSleutels(`k1:${K1}`);
    const ids = Array.from({ length: 5 }, () => randomUUID()).sort();
    const sleutels = new Map<string, Buffer>();
    for (const id of ids) {
      const s = oud.kluis.nieuweSleutel(`rotatie/${id}`);
      sleutels.set(id, s.sleutel);
      await ds.query('INSERT INTO inhoud_rotatie VALUES ($1, $2, $3)', [
        id,
        s.sleutelId,
        s.verpakt,
      ]);
    }
    // One record's wrapped key belongs to another record: it cannot be opened, the rest can.
    const [eerste, tweede] = ids as [string, string];
    await ds.query(
      'UPDATE inhoud_rotatie SET verpakte_sleutel = (SELECT verpakte_sleutel FROM inhoud_rotatie WHERE id = $2) WHERE id = $1',
      [eerste, tweede],
    );
    const beide = rotatieMet(`k1:${K1},k2:${K2}`, 'k2');
    const doel = { tabel: 'inhoud_rotatie', context: 'rotatie' };
    expect(await beide.roteerInhoudsleutels(doel, 2)).toEqual({
      herverpakt: 4,
      mislukt: [eerste],
      sleutelId: 'k2',
    });
    expect(await beide.roteerInhoudsleutels(doel)).toMatchObject({ herverpakt: 0 });
    // The same data keys, now opened with the new master key alone.
    const alleenNieuw = metSleutels(`k2:${K2}`);
    for (const r of await ds.query<{ id: string; sleutel_id: string; verpakte_sleutel: Buffer }[]>(
      'SELECT * FROM inhoud_rotatie WHERE id <> $1',
      [eerste],
    )) {
      expect(r.sleutel_id).toBe('k2');
      const open = alleenNieuw.kluis.openSleutel(`rotatie/${r.id}`, {
        sleutelId: r.sleutel_id,
        verpakt: r.verpakte_sleutel,
      });
      expect(open.equals(sleutels.get(r.id) ?? Buffer.alloc(0))).toBe(true);
    }
    await expect(
      beide.roteerInhoudsleutels({ tabel: 'persoon; DROP TABLE x', context: 'x' }),
    ).rejects.toThrow('ongeldige tabel');
    await ds.query('DROP TABLE inhoud_rotatie');
  });

  // Last: afterwards the app's own service (k1 only) no longer has the active key.
  it('rotates: re-wraps every data key under the new active key, data stays readable', async () => {
    const { id } = await tx((m) => personen.registreer(m, { ...sanne, bsn: bsn() }));
    const count = async (sleutelId: string) =>
      Number(
        (
          await ds.query<{ n: string }[]>(
            'SELECT count(*) AS n FROM persoon_sleutel WHERE sleutel_id = $1',
            [sleutelId],
          )
        )[0]?.n,
      );
    const voor = await count('k1');
    expect(voor).toBeGreaterThan(3);
    const beide = metSleutels(`k1:${K1},k2:${K2}`, 'k2');
    const rotatie = rotatieMet(`k1:${K1},k2:${K2}`, 'k2');
    // The person whose wrapped key was swapped in the tampering test cannot be re-wrapped.
    expect(await rotatie.roteerSleutels(2)).toEqual({
      herverpakt: voor - 1,
      mislukt: [getampered],
      sleutelId: 'k2',
    });
    expect(await count('k1')).toBe(1);
    expect(await count('k2')).toBe(voor - 1);
    expect(await rotatie.roteerSleutels()).toEqual({
      herverpakt: 0,
      mislukt: [getampered],
      sleutelId: 'k2',
    });
    // Only the new key is needed now; the old one alone no longer opens anything.
    expect(
      await tx((m) => metSleutels(`k2:${K2}`).leesVelden(m, id, ['achternaam'])),
    ).toMatchObject({ gegevens: { achternaam: 'Klompenmaker' } });
    await expect(tx((m) => personen.lees(m, id))).rejects.toBeInstanceOf(SleutelOnbekendError);
    // New registrations under the rotated ring get the new key id.
    const nieuw = await tx((m) => beide.registreer(m, { achternaam: 'Na rotatie' }));
    const [r] = await ds.query<{ sleutel_id: string }[]>(
      'SELECT sleutel_id FROM persoon_sleutel WHERE persoon_id = $1',
      [nieuw.id],
    );
    expect(r?.sleutel_id).toBe('k2');
  });
});
