import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { volledigeMelding } from '@schakel/zorgmeldingen';
import pg from 'pg';
import {
  cpuMs,
  DIST,
  login,
  rssMiB,
  S3_PAD,
  S4_BSNS,
  S4_PAD,
  s1Eenmaal,
  s1Verzoeken,
  s4Verzoek,
  startProces,
  wacht,
} from './bench-hulp.js';
import { pgbench, pgbenchPad, plafond, vang, type Plafond } from './bench-plafond.js';

/**
 * `npm run bench [-- --seed S|M --duur 15 --verbindingen 32]`: the scenarios of issue 16 and
 * docs quality.md against a real PostgreSQL (DATABASE_URL names the server; a fresh database
 * is made per run): seeds the data set, starts the API and a worker as separate processes
 * (SCHAKEL_ROL, ADR 0029), drives S1-S4 with autocannon, measures S5 on the worker, runs
 * pgbench with the SQL statements the API sent for one request of each of S1-S4 (the
 * database's ceiling for the same work; L is S2's ratio), samples the API's resident memory (R)
 * and CPU time, verifies the audit trail, prints a table and writes bench/results/<date>.json
 * and .md. `--database <name>` names the (new) database; otherwise schakel_lastmeting_<time>.
 */

const BEOORDELEN = 'zorgmelding-ontvangen-beoordelen';
const INDIENEN = 'zorgmelding-indienen';

interface Regel {
  id: string;
  scenario: string;
  doorvoer: number | null;
  eenheid: string;
  p50: number | null;
  p99: number | null;
  fouten: number;
  rssMiB: number | null;
  lat?: string;
  /** pgbench's rate with the statements of one request (S1: one report), same connections. */
  plafond?: number | null;
  /** The app's rate over `plafond`. */
  verhouding?: number | null;
  /** CPU time of the API process per request (S1: per report), in ms. */
  apiCpuMs?: number | null;
  norm: string;
  gehaald: boolean | null;
  toelichting?: string;
}

function argument(naam: string, standaard: string): string {
  const i = process.argv.indexOf(naam);
  return i >= 0 ? (process.argv[i + 1] ?? standaard) : standaard;
}

/** One autocannon run, sampling the API's memory meanwhile. */
async function belast(
  opties: autocannon.Options,
  pid: number | undefined,
): Promise<{ r: Result; rss: number; cpu: number }> {
  let rss = rssMiB(pid);
  const cpu = cpuMs(pid);
  const t = setInterval(() => {
    rss = Math.max(rss, rssMiB(pid));
  }, 250);
  try {
    const r = await autocannon(opties);
    return { r, rss: Math.max(rss, rssMiB(pid)), cpu: cpuMs(pid) - cpu };
  } finally {
    clearInterval(t);
  }
}

async function main(): Promise<number> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    console.error('npm run bench meet tegen een echte PostgreSQL: zet DATABASE_URL (de server).');
    return 2;
  }
  const maat = argument('--seed', 'S');
  const duur = Number(argument('--duur', '15'));
  const verbindingen = Number(argument('--verbindingen', '32'));
  // Its own prefix: other tools clean up schakel_bench_* databases.
  const naam = argument(
    '--database',
    `schakel_lastmeting_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`,
  );
  if (!/^schakel_[a-z0-9_]+$/.test(naam)) {
    console.error('--database: een nieuwe database schakel_<naam> (kleine letters, cijfers, _).');
    return 2;
  }
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${naam}"`);
  await admin.end();
  const dbUrl = new URL(server);
  dbUrl.pathname = `/${naam}`;
  const url = dbUrl.toString();
  const dataDir = mkdtempSync(join(tmpdir(), 'schakel-bench-'));
  const opname = join(dataDir, 'sql.jsonl');
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: url,
    DATA_DIR: dataDir,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ...Object.fromEntries(
      ['API', 'LOGIN', 'BSN', 'ZOEKEN', 'BEWIJS', 'SCHEMA'].map((l) => [
        `RATE_LIMIT_${l}`,
        '1000000',
      ]),
    ),
  };
  const processen: { stop(): Promise<void> }[] = [];
  const regels: Regel[] = [];
  const t0 = Date.now();
  try {
    process.stderr.write(`Database ${naam}; data set ${maat} laden\n`);
    const seed = spawnSync(process.execPath, [join(DIST, 'seed.js'), '--size', maat], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    if (seed.status !== 0) throw new Error('seed mislukte');
    const seedUitkomst = JSON.parse(seed.stdout.trim().split('\n').at(-1) ?? '{}') as Record<
      string,
      unknown
    >;

    const worker = await startProces('worker', { ...env, SCHAKEL_ROL: 'worker' });
    processen.push(worker);
    const api = await startProces(
      'api',
      { ...env, SCHAKEL_ROL: 'api', SCHAKEL_SQL_OPNAME: opname },
      // BENCH_API_NODE_ARGS: V8 or Node flags for the API process only (memory experiments, R).
      [
        ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
        '--import',
        join(DIST, 'sql-opnemen.js'),
      ],
    );
    processen.push(api);
    const apiPid = api.kind.pid;
    const rustRss = rssMiB(apiPid);

    const politie = await login(api.url, 'demo-politie-1');
    const vt = await login(api.url, 'demo-vt-rr-medewerker');
    const fg = await login(api.url, 'demo-fg-vt-rr');
    const db = new pg.Client({ connectionString: url });
    db.on('error', (err) => {
      process.stderr.write(`Verbinding van de meting verbroken: ${err.message}\n`);
    });
    await db.connect();
    const { rows: meldingen } = await db.query<{ id: string }>(
      `SELECT id FROM zorgmelding WHERE vt_organisatie = 'vt-rotterdam-rijnmond'
          AND status NOT IN ('concept', 'routeringsuitzondering') ORDER BY id LIMIT 1000`,
    );
    const ids = meldingen.map((m) => m.id);
    if (ids.length === 0) throw new Error('geen meldingen voor VT Rotterdam Rijnmond in de seed');
    let volgende = 0;
    const melding = () => ids[volgende++ % ids.length] ?? '';
    const basis = {
      connections: verbindingen,
      duration: duur,
      pipelining: 1,
    } satisfies Partial<autocannon.Options>;

    // Warm-up (JIT, pools, caches), not counted.
    await autocannon({
      url: `${api.url}/api/v1/vt/zorgmeldingen/${melding()}`,
      connections: 4,
      duration: 3,
      headers: { cookie: vt.cookie, verwerkingsactiviteit: BEOORDELEN },
    });

    process.stderr.write('S1\n');
    // S1: police file a report: concept, then submit (two requests per report).
    // A full report as the schema's corpus has it (risk assessment, reporter, persons).
    const inhoud = JSON.stringify(volledigeMelding());
    const s1Headers = {
      cookie: politie.cookie,
      'x-csrf-token': politie.csrf,
      'content-type': 'application/json',
      verwerkingsactiviteit: INDIENEN,
    };
    const s1 = await belast(
      {
        ...basis,
        url: api.url,
        requests: s1Verzoeken(s1Headers, inhoud, 'bench'),
      },
      apiPid,
    );
    const s1Meldingen = s1.r.requests.total / 2 / duur;
    regels.push({
      id: 'S1',
      scenario: 'politie dient een zorgmelding in (concept + indienen)',
      doorvoer: Math.round(s1Meldingen),
      eenheid: 'meldingen/s',
      p50: s1.r.latency.p50,
      p99: s1.r.latency.p99,
      fouten: s1.r.non2xx + s1.r.errors,
      rssMiB: s1.rss,
      apiCpuMs: s1.cpu / Math.max(1, s1.r.requests.total / 2),
      norm: '>= 300/s, p99 <= 100 ms',
      gehaald: s1Meldingen >= 300 && s1.r.latency.p99 <= 100,
    });

    process.stderr.write('S2\n');
    // S2: VT reads one report (a different one each request).
    const s2 = await belast(
      {
        ...basis,
        url: api.url,
        headers: { cookie: vt.cookie, verwerkingsactiviteit: BEOORDELEN },
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({ ...req, path: `/api/v1/vt/zorgmeldingen/${melding()}` }),
          },
        ],
      },
      apiPid,
    );
    regels.push({
      id: 'S2',
      scenario: 'VT leest één zorgmelding',
      doorvoer: Math.round(s2.r.requests.average),
      eenheid: 'verzoeken/s',
      p50: s2.r.latency.p50,
      p99: s2.r.latency.p99,
      fouten: s2.r.non2xx + s2.r.errors,
      rssMiB: s2.rss,
      apiCpuMs: s2.cpu / Math.max(1, s2.r.requests.total),
      norm: '>= 1.500/s, p99 <= 25 ms',
      gehaald: s2.r.requests.average >= 1500 && s2.r.latency.p99 <= 25,
    });

    // R: where the API's memory is, right after S2 (its own metrics, prom-client's defaults).
    const s2Geheugen = await geheugen(api.url);

    process.stderr.write('S3\n');
    // S3: the VT inbox, 10 per page.
    const s3 = await belast(
      {
        ...basis,
        url: `${api.url}${S3_PAD}`,
        headers: { cookie: vt.cookie, verwerkingsactiviteit: BEOORDELEN },
      },
      apiPid,
    );
    regels.push({
      id: 'S3',
      scenario: 'VT-inbox, pagina van 10',
      doorvoer: Math.round(s3.r.requests.average),
      eenheid: 'verzoeken/s',
      p50: s3.r.latency.p50,
      p99: s3.r.latency.p99,
      fouten: s3.r.non2xx + s3.r.errors,
      rssMiB: s3.rss,
      apiCpuMs: s3.cpu / Math.max(1, s3.r.requests.total),
      norm: '>= 800/s, p99 <= 50 ms',
      gehaald: s3.r.requests.average >= 800 && s3.r.latency.p99 <= 50,
    });

    process.stderr.write('S4\n');
    // S4: the FG searches the logs by person (BSN in the body).
    let b = 0;
    const bsn = () => S4_BSNS[b++ % S4_BSNS.length] ?? '';
    const s4Headers = {
      cookie: fg.cookie,
      'x-csrf-token': fg.csrf,
      'content-type': 'application/json',
      verwerkingsactiviteit: 'verantwoording-toezicht',
    };
    const s4 = await belast(
      { ...basis, url: api.url, headers: s4Headers, requests: [s4Verzoek(bsn)] },
      apiPid,
    );
    regels.push({
      id: 'S4',
      scenario: 'FG zoekt in de logs op persoon',
      doorvoer: Math.round(s4.r.requests.average),
      eenheid: 'verzoeken/s',
      p50: s4.r.latency.p50,
      p99: s4.r.latency.p99,
      fouten: s4.r.non2xx + s4.r.errors,
      rssMiB: s4.rss,
      apiCpuMs: s4.cpu / Math.max(1, s4.r.requests.total),
      norm: 'p99 <= 50 ms',
      gehaald: s4.r.latency.p99 <= 50,
    });

    // S5: the worker seals a burst of records; the largest wait of a queued record.
    process.stderr.write('S5: sequencer op de worker\n');
    const burst = Number(argument('--s5', maat === 'M' ? '500000' : '20000'));
    await db.query(
      `WITH ins AS (
         INSERT INTO actor_audit (id, tijd, actor_id, actor_soort, organisatie_code, rollen, actie, object_type,
           object_id, resultaat, regel, activiteit_id, activiteit_versie, velden, trace_id)
         SELECT gen_random_uuid(), now(), 'demo-vt-rr-medewerker', 'gebruiker', 'vt-rotterdam-rijnmond',
                '{vt-medewerker}', 'read', 'Zorgmelding', gen_random_uuid()::text, 'toegestaan',
                'vt:eigen-meldingen', '${BEOORDELEN}', 1, '{}', md5(g::text)
           FROM generate_series(1, $1::int) g
         RETURNING id)
       INSERT INTO audit_wachtrij (tabel, record_id) SELECT 'actor_audit', id FROM ins`,
      [burst],
    );
    const ts = Date.now();
    let maxLag = 0;
    let over = burst;
    // A loaded machine may seal slowly: after three minutes the rate so far counts.
    while (over > 0 && Date.now() - ts < 180_000) {
      const { rows } = await db.query<{ n: string; lag: number | null }>(
        `SELECT count(*) AS n, EXTRACT(EPOCH FROM now() - min(tijd))::float8 AS lag FROM audit_wachtrij`,
      );
      maxLag = Math.max(maxLag, rows[0]?.lag ?? 0);
      over = Number(rows[0]?.n);
      if (over > 0) await wacht(100);
    }
    const s5Rate = (burst - over) / ((Date.now() - ts) / 1000);

    // L: pgbench with the statements of one request of each scenario, captured from the API
    // process: the database's ceiling for the same work beside the app's rate.
    const s2Headers = { cookie: vt.cookie, verwerkingsactiviteit: BEOORDELEN };
    const eenmaal: Record<string, () => Promise<string[] | undefined>> = {
      S1: async () => [(await s1Eenmaal(api.url, s1Headers, inhoud, 'bench-opname')).idempotentie],
      S2: async () => {
        const r = await fetch(`${api.url}/api/v1/vt/zorgmeldingen/${melding()}`, {
          headers: s2Headers,
        });
        await r.arrayBuffer();
        return undefined;
      },
      S3: async () => {
        const r = await fetch(`${api.url}${S3_PAD}`, { headers: s2Headers });
        await r.arrayBuffer();
        return undefined;
      },
      S4: async () => {
        const r = await fetch(`${api.url}${S4_PAD}`, {
          method: 'POST',
          headers: s4Headers,
          body: JSON.stringify({ bsn: bsn() }),
        });
        await r.arrayBuffer();
        return undefined;
      },
    };
    const plafonds = new Map<string, Plafond>();
    for (const [id, verzoek] of Object.entries(eenmaal)) {
      process.stderr.write(`L: ${id} in pgbench\n`);
      const opnamen = await vang(api.kind, opname, verzoek);
      try {
        plafonds.set(id, plafond(url, opnamen, join(dataDir, `${id}.sql`), verbindingen, duur));
      } finally {
        // Kept outside the results (dist/ is not committed) for a look when pgbench fails.
        writeFileSync(
          resolve(`dist/bench-laatste-${id.toLowerCase()}.sql`),
          readFileSync(join(dataDir, `${id}.sql`), 'utf8'),
        );
      }
    }
    for (const r of regels) {
      const p = plafonds.get(r.id);
      if (!p || r.doorvoer === null) continue;
      r.plafond = Math.round(p.tps);
      r.verhouding = Number((r.doorvoer / p.tps).toFixed(2));
      r.toelichting = toelichting(r, p);
    }
    // The reference of issue 16: pgbench's own select-only run, on its own tables (scale 10).
    let selTps = 0;
    try {
      spawnSync(pgbenchPad(), ['-i', '-q', '-s', '10', url], { encoding: 'utf8' });
      const sel = pgbench(url, [
        '-n',
        '-S',
        '-c',
        String(verbindingen),
        '-j',
        '2',
        '-T',
        String(Math.min(duur, 10)),
      ]);
      selTps = sel.tps;
    } catch (err) {
      process.stderr.write(`pgbench -S: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    const l = plafonds.get('S2');
    if (!l) throw new Error('geen plafond voor S2');
    const ratio = s2.r.requests.average / l.tps;

    // Stop (the worker seals the rest first), then verify the audit trail as an operator would.
    process.stderr.write('verify\n');
    await api.stop();
    await worker.stop();
    processen.length = 0;
    const tv = Date.now();
    const verify = spawnSync(process.execPath, [join(DIST, 'audit-verify.js')], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    const verifySeconden = (Date.now() - tv) / 1000;
    const verifyOk = verify.status === 0;
    const records = Number(/klopt: (\d+) records/.exec(verify.stdout)?.[1] ?? 0);

    regels.push({
      id: 'S5',
      scenario: `sequencer verzegelt ${burst.toLocaleString('nl-NL')} records / verify herberekent`,
      doorvoer: Math.round(s5Rate),
      eenheid: 'records/s',
      p50: null,
      p99: null,
      fouten: 0,
      rssMiB: null,
      norm: '>= 50.000 rec/s, alles binnen 3 s / verify >= 200.000 rec/s',
      gehaald: s5Rate >= 50_000 && maxLag <= 3 && records / verifySeconden >= 200_000,
      toelichting: `${over > 0 ? `na 180 s nog ${over.toLocaleString('nl-NL')} in de wachtrij; ` : ''}langste wachttijd ${maxLag.toFixed(1)} s; verify ${verifyOk ? 'klopt' : 'FOUT'}: ${records.toLocaleString('nl-NL')} records in ${verifySeconden.toFixed(1)} s (${Math.round(records / verifySeconden).toLocaleString('nl-NL')} rec/s, incl. processtart)`,
    });
    regels.push({
      id: 'L',
      scenario: 'S2 tegen pgbench met dezelfde SQL',
      doorvoer: Math.round(l.tps),
      eenheid: 'transacties/s (pgbench)',
      p50: null,
      p99: null,
      fouten: 0,
      rssMiB: null,
      lat: `${l.latMs.toFixed(1)} ms gem.`,
      norm: 'S2/pgbench >= 0,5',
      gehaald: ratio >= 0.5,
      toelichting: `verhouding ${ratio.toFixed(2)}; ${String(l.statements)} statements per verzoek (${String(l.besturing)} daarvan transactiebesturing); pgbench -S (select-only, schaal 10) ${Math.round(selTps).toLocaleString('nl-NL')} tps`,
    });
    regels.push({
      id: 'R',
      scenario: 'geheugen (RSS) van de API onder S2',
      doorvoer: null,
      eenheid: '',
      p50: null,
      p99: null,
      fouten: 0,
      rssMiB: s2.rss,
      norm: '<= 300 MiB',
      gehaald: s2.rss <= 300,
      toelichting: `in rust ${String(rustRss)} MiB; na S2 ${s2Geheugen}; hoogste over alle scenario's ${String(Math.max(...regels.map((r) => r.rssMiB ?? 0)))} MiB`,
    });
    await db.end();

    const omgeving = {
      datum: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      geheugenGiB: Math.round(totalmem() / 2 ** 30),
      loadavg: loadavg().map((x) => Number(x.toFixed(2))),
      postgres: server.replace(/\/\/[^@]*@/, '//'),
      dataSet: maat,
      seed: seedUitkomst,
      duurPerScenarioS: duur,
      verbindingen,
      auditVerify: verifyOk,
      totaalSeconden: Math.round((Date.now() - t0) / 1000),
    };
    const md = markdown(regels, omgeving);
    process.stdout.write(`\n${md}\n`);
    const dir = resolve('bench/results');
    mkdirSync(dir, { recursive: true });
    const stempel = omgeving.datum.slice(0, 16).replace(/:/g, '');
    writeFileSync(
      join(dir, `${stempel}.json`),
      `${JSON.stringify({ omgeving, regels }, null, 2)}\n`,
    );
    writeFileSync(join(dir, `${stempel}.md`), md);
    // The statements of one request per scenario as pgbench ran them (synthetic data; no plaintext person
    // data reaches the database anyway), for whoever wants to look where the time goes.
    for (const id of plafonds.keys()) {
      writeFileSync(
        join(dir, `${stempel}-${id.toLowerCase()}.sql`),
        readFileSync(join(dataDir, `${id}.sql`), 'utf8'),
      );
    }
    // In the project's format, so `npm run lint:format` passes with the results committed.
    spawnSync(
      'npx',
      ['prettier', '--write', join(dir, `${stempel}.json`), join(dir, `${stempel}.md`)],
      {
        stdio: 'ignore',
      },
    );
    process.stderr.write(`Geschreven: bench/results/${stempel}.json en .md\n`);
    return verifyOk ? 0 : 1;
  } finally {
    await Promise.all(processen.map((p) => p.stop()));
    const a = new pg.Client({ connectionString: server });
    await a.connect();
    if (process.env.BENCH_BEWAAR_DATABASE !== '1') {
      await a.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`);
    }
    await a.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The API's memory by kind from its `/metrics` (open outside production): the V8 heap (used
 * of reserved), memory outside it (Buffers, external strings) and the rest of the RSS (code,
 * stacks, native allocations), in MiB.
 */
async function geheugen(base: string): Promise<string> {
  const tekst = await fetch(`${base}/metrics`)
    .then((r) => r.text())
    .catch(() => '');
  const mib = (naam: string) =>
    Math.round(Number(new RegExp(`^${naam} ([\\d.e+]+)`, 'm').exec(tekst)?.[1] ?? NaN) / 2 ** 20);
  const rss = mib('process_resident_memory_bytes');
  const heap = mib('nodejs_heap_size_total_bytes');
  const extern = mib('nodejs_external_memory_bytes');
  if (Number.isNaN(rss)) return 'geheugen per soort onbekend (geen /metrics)';
  return `RSS ${String(rss)} MiB: V8-heap ${String(heap)} (gebruikt ${String(mib('nodejs_heap_size_used_bytes'))}), extern ${String(extern)}, rest (code, stacks, native) ${String(rss - heap - extern)}`;
}

/** The rate each bar asks (S4's bar is latency only). */
const NORM_DOORVOER: Record<string, number> = { S1: 300, S2: 1500, S3: 800 };

/** What the ceiling says about a scenario: the database's share, or the app's. */
function toelichting(r: Regel, p: Plafond): string {
  const traag = p.traagst
    .slice(0, 3)
    .map((t) => `${t.wat} ${t.ms.toFixed(1)}`)
    .join(', ');
  const sql = `${String(p.statements)} statements per ${r.id === 'S1' ? 'melding' : 'verzoek'} (${String(p.besturing)} transactiebesturing); pgbench ${p.latMs.toFixed(1)} ms gem., traagst (ms): ${traag}`;
  const norm = NORM_DOORVOER[r.id];
  if (r.gehaald || norm === undefined) return sql;
  return p.tps < norm
    ? `${sql}; de database haalt met dezelfde SQL zelf geen ${norm.toLocaleString('nl-NL')}/s: minder statements of een snellere database nodig`
    : `${sql}; de database kan ${Math.round(p.tps).toLocaleString('nl-NL')}/s met dezelfde SQL: de API (${(r.apiCpuMs ?? 0).toFixed(1)} ms CPU per ${r.id === 'S1' ? 'melding' : 'verzoek'}) is de grens`;
}

function markdown(regels: Regel[], omgeving: Record<string, unknown>): string {
  const getal = (x: number | null | undefined) =>
    x === null || x === undefined ? '–' : x.toLocaleString('nl-NL');
  const rijen = regels.map(
    (r) =>
      `| ${r.id} | ${r.scenario} | ${getal(r.doorvoer)} ${r.eenheid} | ${getal(r.plafond)} | ${getal(r.verhouding)} | ${r.apiCpuMs ? r.apiCpuMs.toFixed(1) : '–'} | ${r.lat ?? getal(r.p50)} | ${getal(r.p99)} | ${getal(r.rssMiB)} | ${String(r.fouten)} | ${r.norm} | ${r.gehaald === null ? '–' : r.gehaald ? 'gehaald' : 'niet gehaald'} | ${r.toelichting ?? ''} |`,
  );
  return [
    `# npm run bench, ${String(omgeving.datum)}`,
    '',
    `Data set ${String(omgeving.dataSet)}, ${String(omgeving.verbindingen)} verbindingen, ${String(omgeving.duurPerScenarioS)} s per scenario, Node ${String(omgeving.node)}, ${String(omgeving.cpus)} cores (load ${JSON.stringify(omgeving.loadavg)} aan het eind), API en worker als aparte processen, client en server op dezelfde machine. Auditspoor na de run: ${omgeving.auditVerify ? 'klopt' : 'FOUT'}.`,
    '',
    '| id | scenario | doorvoer | pgbench, zelfde SQL (/s) | verhouding | API-CPU (ms per eenheid) | p50 (ms) | p99 (ms) | RSS (MiB) | fouten | norm | uitkomst | toelichting |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rijen,
    '',
  ].join('\n');
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  },
);
