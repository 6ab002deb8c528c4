import { spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { inline, wacht } from './bench-hulp.js';

/**
 * The database's ceiling for one scenario (issue 16, scenario L generalised): the SQL
 * statements the API sent for one request, captured in the API process (sql-opnemen.ts), run
 * by pgbench with the same connections and duration. The app's rate over pgbench's rate is the
 * share of the database's ceiling the app reaches for the same work.
 */

export interface Opname {
  text: string;
  waarden: unknown[];
}

/**
 * The statements the API process sends while `verzoek` runs (SIGUSR2 toggles the capture), and
 * the values the request brought that must be new each time (an idempotency key).
 */
export async function vang(
  kind: ChildProcess,
  bestand: string,
  verzoek: () => Promise<string[] | undefined>,
): Promise<{ opnamen: Opname[]; nieuw: string[] }> {
  // Once before, uncaptured: what a process writes now and then (the session's idle expiry, at
  // most once a minute per session) is written then, so the captured request is a usual one.
  await verzoek();
  writeFileSync(bestand, '');
  kind.kill('SIGUSR2');
  await wacht(200);
  let nieuw: string[] | undefined;
  try {
    nieuw = await verzoek();
    await wacht(200);
  } finally {
    kind.kill('SIGUSR2');
  }
  const opnamen = readFileSync(bestand, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Opname);
  return { opnamen, nieuw: nieuw ?? [] };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const KENMERK = /ZM-\d{4}-\d{6}/g;
const SCHRIJFT = /^\s*(WITH\b[\s\S]*\bINSERT\b|INSERT\b|UPDATE\b)/i;
const BESTURING = /^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK)\b/i;

/**
 * A pgbench script of the captured statements, as the app ran them: its transactions as
 * transactions that commit, the statements outside them on their own. What the request made
 * new (an id that first appears in a writing statement, a kenmerk) gets a value per pgbench
 * transaction, as do the ids in `eigen` (what the request brought, such as its idempotency key):
 * the last 12 digits of such an id and a kenmerk's number become the variable `:nieuw`, drawn
 * per transaction, so pgbench's clients neither collide on unique keys nor wait for each
 * other's locks where the app's requests did not.
 */
export function pgbenchScript(opnamen: readonly Opname[], eigen: readonly string[] = []): string {
  const gezien = new Set<string>();
  const nieuw = new Set<string>(eigen.flatMap((w) => w.match(UUID) ?? []));
  const regels = opnamen.map((o) => {
    const sql = inline(o.text, o.waarden);
    for (const id of sql.match(UUID) ?? []) {
      if (!gezien.has(id) && SCHRIJFT.test(o.text)) nieuw.add(id);
      gezien.add(id);
    }
    return sql;
  });
  const kenmerken = new Set(
    opnamen
      .filter((o) => SCHRIJFT.test(o.text))
      .flatMap((o) => inline(o.text, o.waarden).match(KENMERK) ?? []),
  );
  const vervang = (sql: string) => {
    let uit = sql;
    for (const id of nieuw) uit = uit.split(id).join(`${id.slice(0, 24)}:nieuw`);
    for (const k of kenmerken) uit = uit.split(k).join(`${k.slice(0, 8)}:nieuw`);
    return uit;
  };
  return [
    '\\set nieuw random(100000000000, 999999999999)',
    ...regels.map((s) => `${vervang(s)};`),
    '',
  ].join('\n');
}

export function pgbenchPad(): string {
  for (const p of ['/usr/lib/postgresql/15/bin/pgbench', 'pgbench']) {
    const r = spawnSync(p, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return p;
  }
  throw new Error('pgbench niet gevonden');
}

export function pgbench(
  url: string,
  args: string[],
): { tps: number; latMs: number; uitvoer: string } {
  const r = spawnSync(pgbenchPad(), [...args, url], { encoding: 'utf8' });
  const uitvoer = `${r.stdout}${r.stderr}`;
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(uitvoer)?.[1] ?? 0);
  const latMs = Number(/latency average = ([\d.]+) ms/.exec(uitvoer)?.[1] ?? 0);
  if (r.status !== 0 || tps === 0) throw new Error(`pgbench mislukte:\n${uitvoer}`);
  return { tps, latMs, uitvoer };
}

export interface Plafond {
  tps: number;
  latMs: number;
  statements: number;
  besturing: number;
  script: string;
  /** pgbench's mean latency per statement (-r), slowest first, with a short name. */
  traagst: { ms: number; wat: string }[];
}

/** A statement's short name: its verb and table ('INSERT INTO verzoeklimiet', 'COMMIT'). */
export function kortNaam(sql: string): string {
  const m =
    /^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK)\b/i.exec(sql) ??
    /\b(INSERT INTO \S+|UPDATE \S+|DELETE FROM \S+)/i.exec(sql) ??
    /\b(FROM "[^"]+") "[^"]+"/.exec(sql) ?? // TypeORM's main table and alias
    /\b(FROM \S+)/i.exec(sql);
  return (m?.[1] ?? sql.slice(0, 30)).replace(/"/g, '').replace(/\(.*$/, '');
}

/** pgbench on `opnamen` (written to `scriptPad`) with `verbindingen` clients for `duur` s. */
export function plafond(
  url: string,
  { opnamen, nieuw }: { opnamen: readonly Opname[]; nieuw: readonly string[] },
  scriptPad: string,
  verbindingen: number,
  duur: number,
): Plafond {
  const script = pgbenchScript(opnamen, nieuw);
  writeFileSync(scriptPad, script);
  const r = pgbench(url, [
    '-n',
    '-c',
    String(verbindingen),
    '-j',
    '2',
    '-T',
    String(duur),
    '-r',
    '-f',
    scriptPad,
  ]);
  // -r prints one line per command in the script's order (pgbench cuts long statements).
  const commando = script.split('\n').filter(Boolean);
  const traagst = [...r.uitvoer.matchAll(/^\s+([\d.]+)\s+\d+\s+\S.*$/gm)]
    .map((m, i) => ({ ms: Number(m[1]), wat: kortNaam(commando[i] ?? '') }))
    .sort((a, b) => b.ms - a.ms);
  return {
    traagst,
    tps: r.tps,
    latMs: r.latMs,
    statements: opnamen.length,
    besturing: opnamen.filter((o) => BESTURING.test(o.text)).length,
    script,
  };
}
