import 'reflect-metadata';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { volledigeMelding } from '@schakel/zorgmeldingen';
import pg from 'pg';
import {
  cpuMs,
  DIST,
  inline,
  login,
  S3_PAD,
  S4_BSNS,
  S4_PAD,
  s1Eenmaal,
  s1Verzoeken,
  s4Verzoek,
  startProces,
  wacht,
} from './bench-hulp.js';

/**
 * `npm run bench:profiel -- --scenario S1|S2|S3|S4 [--duur 10] [--verbindingen 16]`: where one
 * scenario's time goes (issue 16). Against a database `npm run seed` filled (DATABASE_URL, and
 * the seed's DATA_DIR for its keys), it starts the API role with `--cpu-prof`, captures the SQL
 * statements of one request (the bench's capture hook), drives the scenario with autocannon,
 * stops the API and prints throughput, the statements per request and the functions with the
 * most self time. The profile stays in the printed directory (open it in Chrome DevTools).
 */

interface Knoop {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

function argument(naam: string, standaard: string): string {
  const i = process.argv.indexOf(naam);
  return i >= 0 ? (process.argv[i + 1] ?? standaard) : standaard;
}

/** Self time per function (and per file), from a V8 .cpuprofile. */
function zelftijd(bestand: string, top: number): string[] {
  const profiel = JSON.parse(readFileSync(bestand, 'utf8')) as {
    nodes: Knoop[];
    startTime: number;
    endTime: number;
    samples: number[];
  };
  const totaal = profiel.samples.length || 1;
  const perFunctie = new Map<string, number>();
  const perBestand = new Map<string, number>();
  for (const k of profiel.nodes) {
    const n = k.hitCount ?? 0;
    if (n === 0) continue;
    const url = k.callFrame.url.replace(/^file:\/\//, '').replace(process.cwd(), '.');
    const sleutel = `${k.callFrame.functionName || '(anoniem)'} ${url}:${String(k.callFrame.lineNumber + 1)}`;
    perFunctie.set(sleutel, (perFunctie.get(sleutel) ?? 0) + n);
    const map = url.includes('node_modules')
      ? url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
      : url.startsWith('node:')
        ? 'node:*'
        : url || k.callFrame.functionName;
    perBestand.set(map, (perBestand.get(map) ?? 0) + n);
  }
  const lijst = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([s, n]) => `${((100 * n) / totaal).toFixed(1).padStart(5)} %  ${s}`);
  return ['per functie:', ...lijst(perFunctie), '', 'per pakket of bestand:', ...lijst(perBestand)];
}

async function main(): Promise<number> {
  const scenario = argument('--scenario', 'S2').toUpperCase();
  const duur = Number(argument('--duur', '10'));
  const verbindingen = Number(argument('--verbindingen', '16'));
  const url = process.env.DATABASE_URL;
  if (!url || !['S1', 'S2', 'S3', 'S4'].includes(scenario)) {
    console.error(
      'Gebruik: DATABASE_URL=... DATA_DIR=... npm run bench:profiel -- --scenario S1|S2|S3|S4',
    );
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), 'schakel-profiel-'));
  const opname = join(dir, 'sql.jsonl');
  // A worker seals and delivers as in production (the API role does neither).
  const worker = await startProces('worker', { SCHAKEL_ROL: 'worker', LOG_LEVEL: 'warn' });
  const api = await startProces(
    'api',
    {
      SCHAKEL_ROL: 'api',
      SCHAKEL_SQL_OPNAME: opname,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...Object.fromEntries(
        ['API', 'LOGIN', 'BSN', 'ZOEKEN', 'BEWIJS', 'SCHEMA'].map((l) => [
          `RATE_LIMIT_${l}`,
          '1000000',
        ]),
      ),
    },
    ['--import', join(DIST, 'sql-opnemen.js'), '--cpu-prof', '--cpu-prof-dir', dir],
  ).catch(async (err: unknown) => {
    await worker.stop();
    throw err;
  });
  try {
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM zorgmelding WHERE vt_organisatie = 'vt-rotterdam-rijnmond'
          AND status NOT IN ('concept', 'routeringsuitzondering') ORDER BY id LIMIT 1000`,
    );
    await db.end();
    const ids = rows.map((r) => r.id);
    let volgende = 0;
    const melding = () => ids[volgende++ % ids.length] ?? '';
    const vt = await login(api.url, 'demo-vt-rr-medewerker');
    const politie = await login(api.url, 'demo-politie-1');
    const inhoud = JSON.stringify(volledigeMelding());
    const s1Headers = {
      cookie: politie.cookie,
      'x-csrf-token': politie.csrf,
      'content-type': 'application/json',
      verwerkingsactiviteit: 'zorgmelding-indienen',
    };
    const s2Headers = {
      cookie: vt.cookie,
      verwerkingsactiviteit: 'zorgmelding-ontvangen-beoordelen',
    };
    const fg = scenario === 'S4' ? await login(api.url, 'demo-fg-vt-rr') : undefined;
    const s4Headers = {
      cookie: fg?.cookie ?? '',
      'x-csrf-token': fg?.csrf ?? '',
      'content-type': 'application/json',
      verwerkingsactiviteit: 'verantwoording-toezicht',
    };
    let b = 0;
    const bsn = () => S4_BSNS[b++ % S4_BSNS.length] ?? '';
    const eenmaal = async (): Promise<number[]> => {
      if (scenario !== 'S1') {
        const r =
          scenario === 'S4'
            ? await fetch(`${api.url}${S4_PAD}`, {
                method: 'POST',
                headers: s4Headers,
                body: JSON.stringify({ bsn: bsn() }),
              })
            : await fetch(
                `${api.url}${scenario === 'S3' ? S3_PAD : `/api/v1/vt/zorgmeldingen/${melding()}`}`,
                { headers: s2Headers },
              );
        await r.arrayBuffer();
        return [r.status];
      }
      return (await s1Eenmaal(api.url, s1Headers, inhoud, 'profiel')).statussen;
    };
    // Warm, then the statements of one request.
    for (let i = 0; i < 20; i++) await eenmaal();
    writeFileSync(opname, '');
    api.kind.kill('SIGUSR2');
    await wacht(100);
    const statussen = await eenmaal();
    await wacht(100);
    api.kind.kill('SIGUSR2');
    const opgenomen = readFileSync(opname, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; waarden: unknown[] });
    const statements = opgenomen.map((o) => o.text.replace(/\s+/g, ' ').trim());
    // With their parameters, for EXPLAIN (ANALYZE, BUFFERS) by hand.
    writeFileSync(
      join(dir, 'statements.sql'),
      opgenomen.map((o) => `${inline(o.text, o.waarden)};\n`).join(''),
    );
    const cpuVoor = cpuMs(api.kind.pid);
    const basis = { url: api.url, connections: verbindingen, duration: duur };
    const verzoeken: Record<string, autocannon.Options> = {
      S1: { ...basis, requests: s1Verzoeken(s1Headers, inhoud, 'profiel') },
      S2: {
        ...basis,
        headers: s2Headers,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({ ...req, path: `/api/v1/vt/zorgmeldingen/${melding()}` }),
          },
        ],
      },
      S3: { ...basis, url: `${api.url}${S3_PAD}`, headers: s2Headers },
      S4: { ...basis, headers: s4Headers, requests: [s4Verzoek(bsn)] },
    };
    const r = await autocannon(verzoeken[scenario] ?? basis);
    const cpu = cpuMs(api.kind.pid) - cpuVoor;
    await api.stop();
    const profiel = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const per = scenario === 'S1' ? 2 : 1;
    console.log(
      [
        `${scenario}: ${(r.requests.total / per / duur).toFixed(0)} ${scenario === 'S1' ? 'meldingen' : 'verzoeken'}/s, p50 ${String(r.latency.p50)} ms, p99 ${String(r.latency.p99)} ms, ${String(r.non2xx + r.errors)} fouten; ${String(verbindingen)} verbindingen, ${String(duur)} s; load ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
        `CPU van het API-proces: ${(cpu / Math.max(1, r.requests.total / per)).toFixed(2)} ms per ${scenario === 'S1' ? 'melding' : 'verzoek'} (${String(cpu)} ms over ${String(r.requests.total / per)}; minder gevoelig voor de belasting van de machine dan de doorvoer)`,
        `statements van één ${scenario === 'S1' ? 'melding (concept + indienen)' : 'verzoek'} (status ${statussen.join(', ')}): ${String(statements.length)}`,
        ...statements.map((s, i) => `  ${String(i + 1).padStart(2)}. ${s.slice(0, 160)}`),
        '',
        ...(profiel ? zelftijd(join(dir, profiel), 25) : ['geen profiel geschreven']),
        '',
        `profiel: ${profiel ? join(dir, profiel) : dir}`,
      ].join('\n'),
    );
    return 0;
  } finally {
    await api.stop();
    await worker.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  },
);
