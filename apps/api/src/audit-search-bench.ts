import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  type ActorAudit,
  AuditQueryService,
  AuditService,
  type AuditZoekfilter,
} from '@schakel/audit';
import { applyAccessFilter, AUDITRECORD_KOLOMMEN, defineAbility } from '@schakel/authz';
import type { Actor } from '@schakel/identity';
import {
  dataSourceOptions,
  loadConfig,
  openDatabase,
  runMigrationsLocked,
} from '@schakel/platform';
import { DataSource, type Logger, type SelectQueryBuilder } from 'typeorm';
import { ENTITIES } from './entities.js';

/**
 * `npm run bench:search -- <records>`: the FG's audit search on a large actor audit log.
 * Seeds <records> synthetic actor audit records (with one processing record each) into the
 * configured database when it holds fewer, then runs the FG's searches through the real code
 * path (AuditQueryService with the FG's CASL scope in SQL), prints each query's plan
 * (EXPLAIN ANALYZE), the app's mean and p99 latency over 200 runs, and pgbench running the
 * same SQL.
 * Use a scratch database: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/schakel_bench.
 */

/** The person searched for: a valid BSN (11-proef), fictional. */
const BSN = '111222333';
const PERSONS = 1_000_000;
const ORGANISATIONS = [
  'vt-rotterdam-rijnmond',
  'vt-zuid-holland-zuid',
  'politie-rotterdam',
  'zvh-rotterdam-rijnmond',
  'om-rotterdam',
  'wijkteam-rotterdam',
  'wijkteam-dordrecht',
  'wijkteam-schiedam',
  'wijkteam-vlaardingen',
  'reclassering',
];
const ACTIVITIES = [
  'zorgmelding-indienen',
  'zorgmelding-ontvangen-beoordelen',
  'zorgmelding-terugkoppeling',
  'casus-signalering-opschaling',
  'casusregie-zvh',
  'ketenpartner-deelname',
];

const ignore = (): void => undefined;

/** Keeps the last SELECT TypeORM sent, to EXPLAIN exactly what the app runs. */
class CapturingLogger implements Logger {
  last: { sql: string; params: unknown[] } | undefined;
  logQuery(sql: string, params?: unknown[]): void {
    if (/^\s*SELECT/i.test(sql)) this.last = { sql, params: params ?? [] };
  }
  logQueryError = ignore;
  logQuerySlow = ignore;
  logSchemaBuild = ignore;
  logMigration = ignore;
  log = ignore;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? '1000000');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  const logger = new CapturingLogger();
  const ds = new DataSource({
    ...dataSourceOptions(database.url, 4, ENTITIES),
    logging: ['query'],
    logger,
  });
  await ds.initialize();
  try {
    await runMigrationsLocked(ds);
    const audit = new AuditService(config);
    const [{ count } = { count: '0' }] = await ds.query<{ count: string }[]>(
      'SELECT count(*) FROM actor_audit',
    );
    const have = Number(count);
    if (have < n) await seed(ds, have, n, audit.pseudonym(BSN));
    const counted = await ds.query<{ count: string }[]>('SELECT count(*) FROM actor_audit');
    const total = Number(counted[0]?.count);
    process.stderr.write(`actor_audit: ${String(total)} records\n`);

    const fg: Actor = {
      soort: 'gebruiker',
      id: 'bench-fg',
      organisatie: { code: 'vt-rotterdam-rijnmond', naam: 'VT', type: 'veilig-thuis' },
      rollen: ['fg'],
      herkomst: {},
    };
    const ability = defineAbility(fg, { id: 'verantwoording-toezicht', versie: 1 });
    const scope = (qb: SelectQueryBuilder<ActorAudit>) =>
      applyAccessFilter(qb, ability, 'read', 'AuditRecord', AUDITRECORD_KOLOMMEN);
    const query = new AuditQueryService(ds, audit);
    const now = Date.now();
    const year = 365 * 24 * 3600 * 1000;
    const searches: [string, AuditZoekfilter][] = [
      ['person (BSN via keyed hash)', { betrokkene: BSN, limiet: 50 }],
      ['person without records', { betrokkene: '123456782', limiet: 50 }],
      ['actor (one of the own organisation)', { actorId: 'medewerker-20', limiet: 50 }],
      ['newest of the organisation', { limiet: 50 }],
      [
        'denials in one month',
        {
          resultaat: 'geweigerd',
          van: new Date(now - year),
          tot: new Date(now - year + 30 * 24 * 3600 * 1000),
          limiet: 50,
        },
      ],
      [
        'activity in a year',
        {
          activiteitId: 'casusregie-zvh',
          van: new Date(now - 2 * year),
          tot: new Date(now - year),
          limiet: 50,
        },
      ],
    ];
    const results: Record<string, unknown>[] = [];
    for (const [name, filter] of searches) {
      let rows = await query.search(filter, scope); // warm up, and capture the SQL
      const captured = logger.last;
      if (!captured) throw new Error('no query captured');
      // Second page (keyset) when there is a first page.
      const last = rows[rows.length - 1];
      const runs = 200;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        rows = await query.search(filter, scope);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      const appMs = times.reduce((a, b) => a + b, 0) / runs;
      times.sort((a, b) => a - b);
      const p99Ms = times[Math.ceil(runs * 0.99) - 1] ?? 0;
      let page2Ms: number | null = null;
      if (last && rows.length === filter.limiet) {
        const t1 = process.hrtime.bigint();
        for (let i = 0; i < runs; i++)
          await query.search({ ...filter, na: { tijd: last.tijd, id: last.id } }, scope);
        page2Ms = Number(process.hrtime.bigint() - t1) / 1e6 / runs;
      }
      const inlined = inline(captured.sql, captured.params);
      const plan = await ds.query<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN (ANALYZE, BUFFERS) ${inlined}`,
      );
      const pgbenchMs = pgbench(inlined);
      process.stdout.write(`\n== ${name}: ${String(rows.length)} rows\n`);
      process.stdout.write(`${plan.map((p) => p['QUERY PLAN']).join('\n')}\n`);
      results.push({
        search: name,
        rows: rows.length,
        appMs: round(appMs),
        appP99Ms: round(p99Ms),
        page2Ms: page2Ms === null ? null : round(page2Ms),
        pgbenchMs: pgbenchMs === null ? null : round(pgbenchMs),
        ratio: pgbenchMs ? round(appMs / pgbenchMs) : null,
      });
    }
    process.stdout.write(`\n${JSON.stringify({ records: total, results }, null, 2)}\n`);
  } finally {
    await ds.destroy();
    await database.stop();
  }
}

/** Synthetic records spread over five years: 2,000 actors, 10 organisations, 5 % denials. */
async function seed(ds: DataSource, from: number, to: number, pseudoniem: string): Promise<void> {
  const batch = 500_000;
  const t0 = Date.now();
  // A bulk load is faster without the secondary indexes: drop them, load, rebuild them as the
  // migrations defined them (the primary keys stay).
  const indexes = await ds.query<{ indexname: string; indexdef: string }[]>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.tablename IN ('actor_audit', 'verwerkingslog')
        AND i.indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))`,
  );
  for (const i of indexes) await ds.query(`DROP INDEX "${i.indexname}"`);
  for (let start = from + 1; start <= to; start += batch) {
    const end = Math.min(to, start + batch - 1);
    await ds.query(
      `WITH g AS (
         SELECT g, gen_random_uuid() AS id,
                now() - ((g::float8 / $2) * interval '5 years') AS tijd
           FROM generate_series($1::bigint, $3::bigint) g),
       a AS (
         INSERT INTO actor_audit (id, tijd, actor_id, actor_soort, organisatie_code, rollen, actie,
                                  object_type, object_id, resultaat, reden, regel, activiteit_id,
                                  activiteit_versie, velden, trace_id)
         SELECT id, tijd, 'medewerker-' || (g % 2000), 'gebruiker',
                ($4::text[])[1 + (g % 2000) % 10], '{vt-medewerker}',
                'read', 'Zorgmelding', md5(g::text),
                CASE WHEN g % 20 = 0 THEN 'geweigerd' ELSE 'toegestaan' END,
                CASE WHEN g % 20 = 0 THEN 'geen-regel' END,
                CASE WHEN g % 20 = 0 THEN NULL ELSE 'bench:regel' END,
                ($5::text[])[1 + g % 6], 1, '{status}', md5('t' || g)
           FROM g
         RETURNING id, tijd)
       INSERT INTO verwerkingslog (id, trace_id, span_id, activiteit_id, activiteit_versie,
                                   betrokkene, gegevenscategorieen, status, start_tijd,
                                   eind_tijd, audit_id)
       SELECT gen_random_uuid(), md5(a.id::text), left(md5(a.tijd::text), 16),
              'zorgmelding-ontvangen-beoordelen', 1,
              CASE WHEN (hashtext(a.id::text) & 2147483647) % $6 = 4242 THEN $7
                   ELSE md5('persoon-' || ((hashtext(a.id::text) & 2147483647) % $6)) END,
              '{identificatie}', 'geslaagd', a.tijd, a.tijd, a.id
         FROM a`,
      [start, to, end, ORGANISATIONS, ACTIVITIES, PERSONS, pseudoniem],
    );
    const done = end - from;
    const rate = Math.round(done / ((Date.now() - t0) / 1000));
    process.stderr.write(`seeded ${String(end)} / ${String(to)} (${String(rate)} records/s)\n`);
  }
  const t1 = Date.now();
  for (const i of indexes) await ds.query(i.indexdef);
  process.stderr.write(
    `rebuilt ${String(indexes.length)} indexes in ${String(Math.round((Date.now() - t1) / 1000))} s\n`,
  );
  await ds.query('ANALYZE actor_audit');
  await ds.query('ANALYZE verwerkingslog');
}

/** The SQL with its parameters as literals, for EXPLAIN and pgbench (bench data only). */
function inline(sql: string, params: unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, i: string) => {
    const v = params[Number(i) - 1];
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number') return String(v);
    const s = v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : JSON.stringify(v);
    return `'${s.replace(/'/g, "''")}'`;
  });
}

/** Mean latency (ms) of the same SQL run by pgbench for 10 s on one connection, or null. */
function pgbench(sql: string): number | null {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  const file = join(tmpdir(), `schakel-bench-${String(process.pid)}.sql`);
  writeFileSync(file, `${sql.replace(/\s+/g, ' ')};\n`);
  try {
    const out = execFileSync('pgbench', ['-n', '-T', '10', '-c', '1', '-f', file, url], {
      encoding: 'utf8',
    });
    const m = /latency average = ([\d.]+) ms/.exec(out);
    return m?.[1] ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
