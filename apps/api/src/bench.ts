import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { demoBsn } from '@schakel/platform';
import { volledigeMelding } from '@schakel/zorgmeldingen';
import pg from 'pg';
import {
  DIST,
  inline,
  login,
  nieuweIds,
  rssMiB,
  s1Verzoeken,
  startProces,
  wacht,
} from './bench-hulp.js';

/**
 * `npm run bench [-- --seed S|M --duur 15 --verbindingen 32]`: the scenarios of issue 16 and
 * docs quality.md against a real PostgreSQL (DATABASE_URL names the server; a fresh database
 * is made per run): seeds the data set, starts the API and a worker as separate processes
 * (SCHAKEL_ROL, ADR 0029), drives S1-S4 with autocannon, measures S5 on the worker, runs
 * pgbench with the SQL statements the API sent for one S2 request (L), samples the API's
 * resident memory (R), verifies the audit trail, prints a table and writes
 * bench/results/<date>.json and .md.
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
): Promise<{ r: Result; rss: number }> {
  let rss = rssMiB(pid);
  const t = setInterval(() => {
    rss = Math.max(rss, rssMiB(pid));
  }, 250);
  try {
    const r = await autocannon(opties);
    return { r, rss: Math.max(rss, rssMiB(pid)) };
  } finally {
    clearInterval(t);
  }
}

function pgbenchPad(): string {
  for (const p of ['/usr/lib/postgresql/15/bin/pgbench', 'pgbench']) {
    const r = spawnSync(p, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return p;
  }
  throw new Error('pgbench niet gevonden');
}

function pgbench(url: string, args: string[]): { tps: number; latMs: number; uitvoer: string } {
  const r = spawnSync(pgbenchPad(), [...args, url], { encoding: 'utf8' });
  const uitvoer = `${r.stdout}${r.stderr}`;
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(uitvoer)?.[1] ?? 0);
  const latMs = Number(/latency average = ([\d.]+) ms/.exec(uitvoer)?.[1] ?? 0);
  if (r.status !== 0 || tps === 0) throw new Error(`pgbench mislukte:\n${uitvoer}`);
  return { tps, latMs, uitvoer };
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
  const naam = `schakel_lastmeting_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
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
  const scriptPad = join(dataDir, 's2.sql');
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
      ['--import', join(DIST, 'sql-opnemen.js')],
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
      norm: '>= 1.500/s, p99 <= 25 ms',
      gehaald: s2.r.requests.average >= 1500 && s2.r.latency.p99 <= 25,
    });

    process.stderr.write('S3\n');
    // S3: the VT inbox, 10 per page.
    const s3 = await belast(
      {
        ...basis,
        url: `${api.url}/api/v1/vt/inbox?limiet=10`,
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
      norm: '>= 800/s, p99 <= 50 ms',
      gehaald: s3.r.requests.average >= 800 && s3.r.latency.p99 <= 50,
    });

    process.stderr.write('S4\n');
    // S4: the FG searches the logs by person (BSN in the body).
    const bsns = Array.from({ length: 50 }, (_, i) => demoBsn(60_000_000 + i * 7));
    let b = 0;
    const s4 = await belast(
      {
        ...basis,
        url: api.url,
        headers: {
          cookie: fg.cookie,
          'x-csrf-token': fg.csrf,
          'content-type': 'application/json',
          verwerkingsactiviteit: 'verantwoording-toezicht',
        },
        requests: [
          {
            method: 'POST',
            path: '/api/v1/verantwoording/zoeken',
            setupRequest: (req) => ({
              ...req,
              body: JSON.stringify({ bsn: bsns[b++ % bsns.length] }),
            }),
          },
        ],
      },
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

    process.stderr.write('L\n');
    // L: pgbench with the statements of one S2 request, captured from the API process.
    writeFileSync(opname, '');
    api.kind.kill('SIGUSR2');
    await wacht(200);
    const lees = await fetch(`${api.url}/api/v1/vt/zorgmeldingen/${melding()}`, {
      headers: { cookie: vt.cookie, verwerkingsactiviteit: BEOORDELEN },
    });
    await lees.arrayBuffer();
    await wacht(200);
    api.kind.kill('SIGUSR2');
    const statements = readFileSync(opname, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; waarden: unknown[] });
    // Committing the audit inserts again would collide on their ids: the statements run in one
    // transaction that ends in ROLLBACK (no commit flush), which flatters pgbench, so the ratio
    // is conservative. The app's own BEGIN/COMMIT are left out for that.
    const script = [
      'BEGIN;',
      ...statements
        .map((s) => nieuweIds(s.text, s.waarden, inline(s.text, s.waarden)))
        .filter((s) => !/^(BEGIN|START TRANSACTION|COMMIT|ROLLBACK)\b/i.test(s))
        .map((s) => `${s};`),
      'ROLLBACK;',
    ].join('\n');
    writeFileSync(scriptPad, `${script}\n`);
    // Kept outside the results (dist/ is not committed) for a look when pgbench fails.
    writeFileSync(resolve('dist/bench-laatste-s2.sql'), `${script}\n`);
    const l = pgbench(url, [
      '-n',
      '-c',
      String(verbindingen),
      '-j',
      '2',
      '-T',
      String(duur),
      '-f',
      scriptPad,
    ]);
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
      toelichting: `verhouding ${ratio.toFixed(2)}; ${String(statements.length)} statements per verzoek (${statements.filter((s) => /^\s*(BEGIN|START TRANSACTION|COMMIT)/i.test(s.text)).length.toString()} daarvan transactiebesturing); pgbench -S (select-only, schaal 10) ${Math.round(selTps).toLocaleString('nl-NL')} tps`,
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
      toelichting: `in rust ${String(rustRss)} MiB, hoogste over alle scenario's ${String(Math.max(...regels.map((r) => r.rssMiB ?? 0)))} MiB`,
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
    // The statements of one S2 request as pgbench ran them (synthetic data; no plaintext person
    // data reaches the database anyway), for whoever wants to look where S2's time goes.
    writeFileSync(join(dir, `${stempel}-s2.sql`), readFileSync(scriptPad, 'utf8'));
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

function markdown(regels: Regel[], omgeving: Record<string, unknown>): string {
  const getal = (x: number | null) => (x === null ? '–' : x.toLocaleString('nl-NL'));
  const rijen = regels.map(
    (r) =>
      `| ${r.id} | ${r.scenario} | ${getal(r.doorvoer)} ${r.eenheid} | ${r.lat ?? getal(r.p50)} | ${getal(r.p99)} | ${getal(r.rssMiB)} | ${String(r.fouten)} | ${r.norm} | ${r.gehaald === null ? '–' : r.gehaald ? 'gehaald' : 'niet gehaald'} | ${r.toelichting ?? ''} |`,
  );
  return [
    `# npm run bench, ${String(omgeving.datum)}`,
    '',
    `Data set ${String(omgeving.dataSet)}, ${String(omgeving.verbindingen)} verbindingen, ${String(omgeving.duurPerScenarioS)} s per scenario, Node ${String(omgeving.node)}, ${String(omgeving.cpus)} cores (load ${JSON.stringify(omgeving.loadavg)} aan het eind), API en worker als aparte processen, client en server op dezelfde machine. Auditspoor na de run: ${omgeving.auditVerify ? 'klopt' : 'FOUT'}.`,
    '',
    '| id | scenario | doorvoer | p50 (ms) | p99 (ms) | RSS (MiB) | fouten | norm | uitkomst | toelichting |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
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
