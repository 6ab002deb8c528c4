import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { PersonenService } from '@schakel/personen';
import { canoniek, volledigeMelding, type Zorgmelding } from '@schakel/zorgmeldingen';
import {
  DataSource,
  type EntitySubscriberInterface,
  type QueryRunner,
  type BeforeQueryEvent,
} from 'typeorm';
import { loginAs, type Session } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';

const INDIENEN = 'zorgmelding-indienen';
const BEOORDELEN = 'zorgmelding-ontvangen-beoordelen';

interface Antwoord {
  status: number;
  body: Record<string, unknown>;
  traceId: string;
}

/** A concept with three persons without a BSN (the case that left persons behind). */
function concept(versie: number): Zorgmelding {
  return {
    status: 'concept',
    relaas: `Versie ${String(versie)}.`,
    betrokkenen: [
      {
        rol: 'slachtoffer',
        identiteit: { voornamen: `Anna${String(versie)}`, geslachtsnaam: 'Kwak' },
      },
      { rol: 'pleger', identiteit: { voornamen: 'Bert', geslachtsnaam: 'Kwak' } },
      {
        rol: 'kind-in-het-gezin',
        identiteit: {
          voornamen: 'Cas',
          geslachtsnaam: 'Kwak',
          geboortedatum: '2019-03-0' + String(versie + 1),
        },
      },
    ],
  };
}

describe('zorgmelding steps: persons in place, assignment to colleagues, reads without a lock, SQL per step', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let t: TestApp;
  let ds: DataSource;
  let politie: Session;
  let vtRr: Session;
  let vtRrCoord: Session;
  let vtZhzCoord: Session;
  /** Every statement TypeORM sends, with the query runner (connection) that sent it. */
  const statements: { runner: QueryRunner | undefined; query: string; parameters: unknown[] }[] =
    [];

  const call = async (
    s: Session,
    method: string,
    path: string,
    doel: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<Antwoord> => {
    const traceId = randomBytes(16).toString('hex');
    const headers: Record<string, string> = {
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      verwerkingsactiviteit: doel,
      ...extra,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await s.fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      traceId,
    };
  };

  /** The statements of the step's transaction: the one that wrote the audit record of the trace. */
  const stapStatements = (traceId: string): string[] => {
    const runner = statements.find(
      (s) => s.query.includes('actor_audit') && s.parameters.includes(traceId),
    )?.runner;
    if (!runner) throw new Error('no audit record of this trace');
    return statements.filter((s) => s.runner === runner).map((s) => s.query);
  };

  const personen = async (id: string) =>
    ds.query<{ volgnummer: number; persoon_id: string | null }[]>(
      'SELECT volgnummer, persoon_id FROM zorgmelding_betrokkene WHERE zorgmelding_id = $1 ORDER BY volgnummer',
      [id],
    );
  const telPersonen = async () =>
    Number((await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM persoon'))[0]?.n);
  const ongekoppeld = async () =>
    Number(
      (
        await ds.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM persoon p
            WHERE NOT EXISTS (SELECT 1 FROM zorgmelding_betrokkene b WHERE b.persoon_id = p.id)`,
        )
      )[0]?.n,
    );

  /** A report submitted by the police and routed to VT Rotterdam Rijnmond. */
  const ingediend = async (): Promise<string> => {
    const m = volledigeMelding();
    const maak = await call(politie, 'POST', '/zorgmeldingen', INDIENEN, {
      ...m,
      status: 'concept',
    });
    expect(maak.status).toBe(201);
    const id = maak.body.id as string;
    const r = await call(politie, 'POST', `/zorgmeldingen/${id}/indienen`, INDIENEN, m, {
      'idempotency-key': `stappen-${randomBytes(6).toString('hex')}`,
    });
    expect([r.status, r.body.vtOrganisatie]).toEqual([200, 'vt-rotterdam-rijnmond']);
    return id;
  };

  beforeAll(async () => {
    db = await isolatedDatabase();
    t = await startTestApp(db.env);
    ds = t.app.get(DataSource);
    const teller: EntitySubscriberInterface = {
      beforeQuery(event: BeforeQueryEvent) {
        statements.push({
          runner: event.queryRunner,
          query: event.query,
          parameters: (event.parameters ?? []) as unknown[],
        });
      },
    };
    ds.subscribers.push(teller);
    politie = await loginAs(t.url, 'demo-politie-1');
    vtRr = await loginAs(t.url, 'demo-vt-rr-medewerker');
    vtRrCoord = await loginAs(t.url, 'demo-vt-rr-coordinator');
    vtZhzCoord = await loginAs(t.url, 'demo-vt-zhz-coordinator');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('one create and three saves of a concept: as many person rows as persons, all linked, changed in place', async () => {
    const voor = await telPersonen();
    const maak = await call(politie, 'POST', '/zorgmeldingen', INDIENEN, concept(0));
    expect(maak.status).toBe(201);
    const id = maak.body.id as string;
    const eerst = await personen(id);
    for (const versie of [1, 2, 3]) {
      const r = await call(politie, 'PUT', `/zorgmeldingen/${id}`, INDIENEN, concept(versie));
      expect(r.status).toBe(200);
      const b = (r.body.melding as { betrokkenen: { identiteit?: { voornamen?: string } }[] })
        .betrokkenen;
      expect(b[0]?.identiteit?.voornamen).toBe(`Anna${String(versie)}`);
    }
    expect((await telPersonen()) - voor).toBe(3);
    expect(await ongekoppeld()).toBe(0);
    // The same persons, changed in place.
    expect(await personen(id)).toEqual(eerst);

    // A person dropped from the concept goes (nobody else can link a person without BSN);
    // a role without identity gets no person.
    const zonder = concept(4);
    zonder.betrokkenen = [zonder.betrokkenen?.[0] ?? {}, { rol: 'pleger' }];
    const r = await call(politie, 'PUT', `/zorgmeldingen/${id}`, INDIENEN, zonder);
    expect(r.status).toBe(200);
    expect((await telPersonen()) - voor).toBe(1);
    expect(await ongekoppeld()).toBe(0);
    expect((await personen(id)).map((p) => p.persoon_id)).toEqual([eerst[0]?.persoon_id, null]);
  });

  it('lists the VT colleagues a coordinator may assign to; assigning anyone else is 422 (logged)', async () => {
    const collegas = await call(vtRrCoord, 'GET', '/vt/collegas', BEOORDELEN);
    expect(collegas.status).toBe(200);
    const lijst = collegas.body as unknown as { id: string; naam: string }[];
    expect(lijst.map((c) => c.id).sort()).toEqual(
      ['demo-vt-rr-coordinator', 'demo-vt-rr-medewerker'].sort(),
    );
    expect(lijst.every((c) => Object.keys(c).sort().join() === 'id,naam')).toBe(true);
    // The worker reads the same names (who holds a report, ADR 0034) but does not assign;
    // other VTs list their own; under another activity nobody lists them.
    const voorWerker = await call(vtRr, 'GET', '/vt/collegas', BEOORDELEN);
    expect(voorWerker.status).toBe(200);
    expect(voorWerker.body).toEqual(collegas.body);
    expect((await call(vtRr, 'GET', '/vt/collegas', 'zorgmelding-terugkoppeling')).status).toBe(
      403,
    );
    const zhz = (await call(vtZhzCoord, 'GET', '/vt/collegas', BEOORDELEN)).body as unknown as {
      id: string;
    }[];
    expect(zhz.map((c) => c.id)).toEqual(['demo-vt-zhz-coordinator']);

    const id = await ingediend();
    expect(
      (await call(vtRr, 'POST', `/vt/zorgmeldingen/${id}/ontvangst`, BEOORDELEN, {})).status,
    ).toBe(200);
    for (const medewerker of ['demo-politie-1', 'bestaat-niet', 'demo-vt-zhz-coordinator']) {
      const r = await call(vtRrCoord, 'POST', `/vt/zorgmeldingen/${id}/toewijzing`, BEOORDELEN, {
        medewerker,
      });
      expect([medewerker, r.status, String(r.body.type).split(':').at(-1)]).toEqual([
        medewerker,
        422,
        'geen-vt-collega',
      ]);
      expect(JSON.stringify(r.body)).not.toContain(medewerker);
      const audit = await ds.query<{ resultaat: string; reden: string }[]>(
        'SELECT resultaat, reden FROM actor_audit WHERE trace_id = $1',
        [r.traceId],
      );
      expect(audit).toEqual([{ resultaat: 'geweigerd', reden: 'geen-vt-collega' }]);
    }
    const [rij] = await ds.query<{ status: string; toegewezen_aan: string | null }[]>(
      'SELECT status, toegewezen_aan FROM zorgmelding WHERE id = $1',
      [id],
    );
    expect(rij).toEqual({ status: 'ontvangen', toegewezen_aan: null });
    const ok = await call(vtRrCoord, 'POST', `/vt/zorgmeldingen/${id}/toewijzing`, BEOORDELEN, {
      medewerker: 'demo-vt-rr-medewerker',
    });
    expect([ok.status, ok.body.toegewezenAan]).toEqual([200, 'demo-vt-rr-medewerker']);
  });

  it('reads take no row lock: a report locked by a writer is still read, while a write waits', async () => {
    const id = await ingediend();
    const slot = ds.createQueryRunner();
    await slot.connect();
    await slot.startTransaction();
    try {
      await slot.query('SELECT id FROM zorgmelding WHERE id = $1 FOR UPDATE', [id]);
      const binnen = <T>(p: Promise<T>, ms: number) =>
        Promise.race([
          p,
          new Promise<'wacht'>((r) =>
            setTimeout(() => {
              r('wacht');
            }, ms),
          ),
        ]);
      const vt = await binnen(call(vtRr, 'GET', `/vt/zorgmeldingen/${id}`, BEOORDELEN), 5000);
      expect(vt === 'wacht' ? 'wacht' : vt.status).toBe(200);
      const pol = await binnen(call(politie, 'GET', `/zorgmeldingen/${id}`, INDIENEN), 5000);
      expect(pol === 'wacht' ? 'wacht' : pol.status).toBe(200);
      // A write does queue behind the lock (the check above would catch a lock-free test).
      const schrijf = call(vtRr, 'POST', `/vt/zorgmeldingen/${id}/ontvangst`, BEOORDELEN, {});
      expect(await binnen(schrijf, 500)).toBe('wacht');
      await slot.commitTransaction();
      expect((await schrijf).status).toBe(200);
    } finally {
      if (slot.isTransactionActive) await slot.rollbackTransaction();
      await slot.release();
    }
    const vtLees = await call(vtRr, 'GET', `/vt/zorgmeldingen/${id}`, BEOORDELEN);
    expect(stapStatements(vtLees.traceId).some((q) => /FOR (UPDATE|SHARE)/i.test(q))).toBe(false);
  });

  it('a submit and a VT read each run fewer than 10 statements in their transaction', async () => {
    const m = volledigeMelding();
    const maak = await call(politie, 'POST', '/zorgmeldingen', INDIENEN, {
      ...m,
      status: 'concept',
    });
    const id = maak.body.id as string;
    const indienen = await call(politie, 'POST', `/zorgmeldingen/${id}/indienen`, INDIENEN, m, {
      'idempotency-key': `tel-${randomBytes(6).toString('hex')}`,
    });
    expect(indienen.status).toBe(200);
    const lees = await call(vtRr, 'GET', `/vt/zorgmeldingen/${id}`, BEOORDELEN);
    expect(lees.status).toBe(200);
    const transactie = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i;
    const tel = (traceId: string) => {
      const alle = stapStatements(traceId);
      return {
        alle: alle.length,
        sql: alle.filter((q) => !transactie.test(q)).length,
        alle_: alle,
      };
    };
    const submit = tel(indienen.traceId);
    const read = tel(lees.traceId);
    console.info(
      `statements per step (with / without transaction control): submit ${String(submit.alle)} / ${String(submit.sql)}, VT read ${String(read.alle)} / ${String(read.sql)}`,
    );
    expect(submit.sql).toBeLessThan(10);
    expect(read.sql).toBeLessThan(10);
    // The report row is read once per step, persons once (one query for all of them).
    const persoon = (q: string[]) => q.filter((s) => /FROM persoon\b/.test(s)).length;
    expect(persoon(submit.alle_)).toBe(1);
    expect(persoon(read.alle_)).toBe(1);
    expect(read.alle_.filter((s) => s.includes('FROM "zorgmelding" "z"'))).toHaveLength(1);
  });

  it('hashes a submit for idempotency under an HKDF subkey, never under the data key itself', async () => {
    const m = volledigeMelding();
    const maak = await call(politie, 'POST', '/zorgmeldingen', INDIENEN, {
      ...m,
      status: 'concept',
    });
    const id = maak.body.id as string;
    const r = await call(politie, 'POST', `/zorgmeldingen/${id}/indienen`, INDIENEN, m, {
      'idempotency-key': `hkdf-${randomBytes(6).toString('hex')}`,
    });
    expect(r.status).toBe(200);
    const [rij] = await ds.query<
      { indien_hash: Buffer; sleutel_id: string; verpakte_sleutel: Buffer }[]
    >('SELECT indien_hash, sleutel_id, verpakte_sleutel FROM zorgmelding WHERE id = $1', [id]);
    if (!rij) throw new Error('report missing');
    const context = `zorgmelding/${id}`;
    const sleutel = t.app
      .get(PersonenService)
      .kluis.openSleutel(context, { sleutelId: rij.sleutel_id, verpakt: rij.verpakte_sleutel });
    const tekst = canoniek(m);
    const sub = Buffer.from(
      hkdfSync('sha256', sleutel, context, 'schakel/zorgmelding/idempotentie', 32),
    );
    expect(rij.indien_hash.equals(createHmac('sha256', sub).update(tekst).digest())).toBe(true);
    expect(rij.indien_hash.equals(createHmac('sha256', sleutel).update(tekst).digest())).toBe(
      false,
    );
  });
});
