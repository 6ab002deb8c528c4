import { jest } from '@jest/globals';
import { AuditSequencer, CheckpointSigner, UUID_V7_SQL, verifyAuditTrail } from '@schakel/audit';
import { DataSource } from 'typeorm';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';

/**
 * A backlog of more than one batch is sealed with the next batch taken, on the sequencer's
 * second connection, while the batch before it is still open (ADR 0038). The positions run on
 * without gaps, every batch gets its checkpoint, and verify recomputes the same tree. A batch
 * taken alongside that hits a phantom queue entry stops sealing after the batch before it,
 * at the phantom's position. A log sealed with two leaf versions verifies, and a change is
 * found in records of either (ADR 0039).
 */
describe('sealing a backlog: the next batch is taken while the one before is open', () => {
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;
  let t: TestApp;
  let ds: DataSource;
  const sequencer = () => t.app.get(AuditSequencer);

  /** `n` actor-audit records straight into the log and its queue, as the app writes them. */
  const records = async (n: number, id: 'v4' | 'v7') => {
    await ds.query(
      `WITH r AS (
         INSERT INTO actor_audit (id, tijd, actor_id, actor_soort, organisatie_code, rollen,
                                  actie, object_type, resultaat, doorbraak, velden, trace_id)
         SELECT ${id === 'v7' ? UUID_V7_SQL : 'gen_random_uuid()'}, now(), 'demo-fg-vt-rr',
                'gebruiker', 'vt-rotterdam-rijnmond', '{fg}', 'lezen', 'batchproef',
                'toegestaan', false, '{}', md5(i::text)
           FROM generate_series(1, $1) AS i ORDER BY i RETURNING id)
       INSERT INTO audit_wachtrij (tabel, record_id) SELECT 'actor_audit', id FROM r`,
      [n],
    );
  };
  const grootte = async () => {
    const [r] = await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM audit_positie');
    return Number(r?.n ?? 0);
  };
  const checkpoints = async (vanaf: number) =>
    (
      await ds.query<{ s: string }[]>(
        'SELECT tree_size::text AS s FROM audit_checkpoint WHERE tree_size > $1 ORDER BY tree_size',
        [vanaf],
      )
    ).map((r) => Number(r.s));
  /** The checkpoints from `basis` on land at these offsets, and verify holds over the log. */
  const klopt = async (basis: number, bij: number[]) => {
    expect(await checkpoints(basis)).toEqual(bij.map((b) => basis + b));
    const eind = basis + (bij.at(-1) ?? 0);
    expect(await grootte()).toBe(eind);
    const result = await verifyAuditTrail(ds, t.app.get(CheckpointSigner).publicKey);
    expect(result).toMatchObject({ ok: true, records: eind });
  };
  type Anker = (m: unknown, na: string) => Promise<string | undefined>;
  /**
   * Seals with the sequencer's first lookup of where the batch after next starts replaced by
   * \`plaats\` (given the real lookup), expects \`verzegeld\` records sealed, and returns how
   * often the lookup ran.
   */
  const metAnker = async (
    verzegeld: number,
    plaats: (echt: Anker, m: unknown, na: string) => Promise<string | undefined>,
  ): Promise<number> => {
    const seq = sequencer() as unknown as { anker: Anker };
    const echt = seq.anker.bind(seq);
    const spion = jest.spyOn(seq, 'anker').mockImplementationOnce((m, na) => plaats(echt, m, na));
    try {
      expect(await sequencer().sealNow()).toBe(verzegeld);
      return spion.mock.calls.length;
    } finally {
      spion.mockRestore();
    }
  };

  /** Waits (at most 5 s) until a sealing statement's session is in `state`. */
  const verzegeling = async (state: 'active' | 'idle in transaction') => {
    for (let i = 0; i < 500; i++) {
      const rijen = await ds.query<unknown[]>(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database()
           AND state = $1 AND query LIKE 'WITH queued AS%'`,
        [state],
      );
      if (rijen.length > 0) return;
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  /**
   * Where the batch after next starts, as if a later snapshot saw 1,000 entries more inside
   * the range after `na`: 1,000 entries before that batch's end.
   */
  const overlappend = async (na: string) => {
    const [rij] = await ds.query<{ id: string }[]>(
      'SELECT id::text AS id FROM audit_wachtrij WHERE id > $1 ORDER BY id OFFSET 18999 LIMIT 1',
      [na],
    );
    return rij?.id;
  };

  beforeAll(async () => {
    isolated = await isolatedDatabase();
    t = await startTestApp({
      ...isolated.env,
      AUDIT_SEQUENCER_INTERVAL_S: '3600',
      // A statement that waits for ever fails the pass within the test's time.
      AUDIT_SEQUENCER_STATEMENT_TIMEOUT_S: '15',
    });
    ds = t.app.get(DataSource);
    await sequencer().sealNow();
  });
  afterAll(async () => {
    await t.close();
    await isolated.drop();
  });

  it('seals 45,000 queued records in three batches, two of them taken alongside, both statements running at once', async () => {
    const basis = await grootte();
    const voor = sequencer().naastElkaar;
    await records(20_000, 'v4');
    await records(25_000, 'v7');
    expect(await sequencer().sealNow()).toBe(45_000);
    expect(sequencer().naastElkaar - voor).toBe(2);
    expect(await checkpoints(basis)).toEqual([basis + 20_000, basis + 40_000, basis + 45_000]);
    const [r] = await ds.query<{ n: string; m: string }[]>(
      'SELECT count(*) AS n, max(positie) + 1 AS m FROM audit_positie',
    );
    expect(Number(r?.n)).toBe(basis + 45_000);
    expect(Number(r?.m)).toBe(basis + 45_000);
    expect((await ds.query<unknown[]>('SELECT 1 FROM audit_wachtrij')).length).toBe(0);
    const signer = t.app.get(CheckpointSigner);
    const result = await verifyAuditTrail(ds, signer.publicKey);
    expect(result).toMatchObject({ ok: true, records: basis + 45_000 });
  });

  it('stops after the batch before a phantom in the batch taken alongside, at its position', async () => {
    const basis = await grootte();
    await records(20_000, 'v7');
    await ds.query(
      `INSERT INTO audit_wachtrij (tabel, record_id) VALUES ('actor_audit', '00000000-0000-4000-8000-00000000dead')`,
    );
    await records(10, 'v7');
    expect(await sequencer().sealNow()).toBe(0);
    expect(sequencer().toestand().gestopt).toMatchObject({
      positie: basis + 20_000,
      reden: expect.stringContaining('00000000-0000-4000-8000-00000000dead'),
    });
    // The full batch before it is sealed and checkpointed; nothing after it.
    expect(await grootte()).toBe(basis + 20_000);
    expect(await checkpoints(basis)).toEqual([basis + 20_000]);
    // Once the phantom is gone, sealing resumes and the trail holds.
    await ds.query(
      `DELETE FROM audit_wachtrij WHERE record_id = '00000000-0000-4000-8000-00000000dead'`,
    );
    expect(await sequencer().sealNow()).toBe(10);
    expect(sequencer().toestand().gestopt).toBeNull();
    const result = await verifyAuditTrail(ds, t.app.get(CheckpointSigner).publicKey);
    expect(result).toMatchObject({ ok: true, records: basis + 20_010 });
  });

  it('takes the batch after next alongside, and takes it afresh when the one before comes back short', async () => {
    const basis = await grootte();
    const voor = sequencer().naastElkaar;
    await records(20_000, 'v7');
    await records(19_000, 'v7');
    // When the third batch's start is looked up, the second batch's statement is running (in
    // its own snapshot, with 19,000 entries after the first batch). 2,000 more entries are
    // committed just then: the lookup sees 21,000, so a third batch is taken alongside, with
    // positions from +40,000, on the guess that the second comes back full. It does not.
    const aanroepen = await metAnker(41_000, async (echt, m, na) => {
      await verzegeling('active');
      await records(2000, 'v7');
      return echt(m, na);
    });
    expect(aanroepen).toBe(1);
    // Second batch alongside, third alongside (rolled back), then taken afresh.
    expect(sequencer().naastElkaar - voor).toBe(2);
    await klopt(basis, [20_000, 39_000, 41_000]);
  });

  it('takes the batch after next alongside when its range overlaps the one before: it waits and skips what that one took', async () => {
    const basis = await grootte();
    await records(20_000, 'v7');
    await records(20_000, 'v7');
    await records(5000, 'v7');
    // As when the later snapshot saw 1,000 entries more inside the second batch's range: the
    // third batch starts 1,000 entries before the second one's end.
    await metAnker(45_000, (_echt, _m, na) => overlappend(na));
    await klopt(basis, [20_000, 40_000, 45_000]);
  });

  it('rolls the later batch back when the earlier one waits on its rows (a cycle PostgreSQL cannot see), and takes it afresh', async () => {
    const basis = await grootte();
    const teruggenomen = sequencer().teruggenomen;
    await records(20_000, 'v7');
    await records(20_000, 'v7');
    await records(5000, 'v7');
    // The second batch's first entry is locked, so its delete stops there. The third batch
    // overlaps the second one's last 1,000 entries (as in the test above) and takes them first.
    // Once its statement is done the lock goes: the second batch's delete then reaches those
    // entries and waits on the third's transaction, which the sequencer holds open until the
    // second commits.
    const [eerste] = await ds.query<{ id: string }[]>(
      'SELECT id::text AS id FROM audit_wachtrij ORDER BY id OFFSET 20000 LIMIT 1',
    );
    const slot = ds.createQueryRunner();
    await slot.connect();
    await slot.startTransaction();
    await slot.query('SELECT 1 FROM audit_wachtrij WHERE id = $1 FOR UPDATE', [eerste?.id]);
    let los: Promise<void> = Promise.resolve();
    try {
      await metAnker(45_000, async (_echt, _m, na) => {
        const anker = await overlappend(na);
        los = (async () => {
          await verzegeling('idle in transaction');
          await slot.commitTransaction();
        })();
        return anker;
      });
    } finally {
      await los;
      if (slot.isTransactionActive) await slot.rollbackTransaction();
      await slot.release();
    }
    expect(sequencer().teruggenomen - teruggenomen).toBe(1);
    await klopt(basis, [20_000, 40_000, 45_000]);
  });

  it('verifies a log sealed partly with the JSON leaf (version 2) and partly with the binary one (version 3), and finds a change in either', async () => {
    const basis = await grootte();
    // The old way seals with the JSON leaf of that time (version 2), the new way with version 3.
    sequencer().oudeManier = true;
    try {
      await records(6000, 'v4');
      expect(await sequencer().sealNow()).toBe(6000);
    } finally {
      sequencer().oudeManier = false;
    }
    await records(6000, 'v7');
    expect(await sequencer().sealNow()).toBe(6000);
    const versies = await ds.query<{ v: number; n: string }[]>(
      `SELECT blad_versie AS v, count(*) AS n FROM audit_positie WHERE positie >= $1
        GROUP BY 1 ORDER BY 1`,
      [basis],
    );
    expect(versies).toEqual([
      { v: 2, n: '6000' },
      { v: 3, n: '6000' },
    ]);
    const key = t.app.get(CheckpointSigner).publicKey;
    // Pages read as one row (two connections) and row by row (none), both modes.
    for (const [modus, verbindingen] of [
      ['strikt', 2],
      ['snel', 2],
      ['strikt', 0],
      ['snel', 0],
    ] as const) {
      expect(await verifyAuditTrail(ds, key, undefined, modus, [], verbindingen)).toMatchObject({
        ok: true,
        records: basis + 12_000,
      });
    }
    for (const positie of [basis + 4321, basis + 9876]) {
      const [rij] = await ds.query<{ record_id: string }[]>(
        'SELECT record_id FROM audit_positie WHERE positie = $1',
        [positie],
      );
      const runner = ds.createQueryRunner();
      await runner.connect();
      try {
        await runner.query('SET session_replication_role = replica');
        await runner.query(`UPDATE actor_audit SET resultaat = 'geweigerd' WHERE id = $1`, [
          rij?.record_id,
        ]);
        for (const modus of ['strikt', 'snel'] as const) {
          expect((await verifyAuditTrail(ds, key, undefined, modus, [], 2)).fout).toMatchObject({
            positie,
            reden: expect.stringContaining('gewijzigd'),
          });
        }
        await runner.query(`UPDATE actor_audit SET resultaat = 'toegestaan' WHERE id = $1`, [
          rij?.record_id,
        ]);
      } finally {
        await runner.query('RESET session_replication_role');
        await runner.release();
      }
    }
    expect((await verifyAuditTrail(ds, key)).ok).toBe(true);
  });
});
