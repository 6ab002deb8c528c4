import 'reflect-metadata';
import { CijfersRepository, regioCijfers, regioOpdracht } from '@schakel/cijfers';
import {
  dataSourceOptions,
  loadConfig,
  openDatabase,
  runMigrationsLocked,
} from '@schakel/platform';
import { DataSource } from 'typeorm';
import { genereerCijferdata } from './cijfers-data.js';
import { ENTITIES } from './entities.js';

/**
 * `npm run bench:cijfers -- <reports>`: the figures' aggregate queries on a large data set.
 * Generates <reports> zorgmeldingen (and a quarter as many casussen, half as many exchanges)
 * with generate_series when the database holds fewer, then times the regional picture
 * (Rotterdam and Dordrecht, eight quarters; and all municipalities) and a VT's figures through
 * the real code path (SQL aggregates, tables, small-number protection), 5 runs each.
 * Use a scratch database: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/schakel_bench.
 */

const RUNS = 5;

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const p = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return `mean ${mean.toFixed(1)} ms, p50 ${p(0.5).toFixed(1)} ms, max ${p(1).toFixed(1)} ms`;
}

async function tijd(f: () => Promise<unknown>): Promise<number[]> {
  await f(); // warm-up
  const uit: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await f();
    uit.push(performance.now() - t0);
  }
  return uit;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? '200000');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  const ds = new DataSource(dataSourceOptions(database.url, 4, ENTITIES));
  await ds.initialize();
  try {
    await runMigrationsLocked(ds);
    const [{ count } = { count: '0' }] = await ds.query<{ count: string }[]>(
      'SELECT count(*) FROM zorgmelding',
    );
    if (Number(count) < n) {
      const t0 = performance.now();
      await genereerCijferdata(ds, {
        meldingen: n,
        casussen: Math.round(n / 4),
        uitwisselingen: Math.round(n / 2),
      });
      await ds.query('ANALYZE');
      process.stdout.write(
        `generated ${String(n)} reports, ${String(Math.round(n / 4))} casussen, ${String(Math.round(n / 2))} exchanges in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
      );
    }
    const repository = new CijfersRepository();
    const drempel = config.CIJFERS_DREMPEL;
    const twee = regioOpdracht({ gemeenten: 'GM0599,GM0505', van: '2025-K1', tot: '2026-K4' });
    const alle = regioOpdracht({
      gemeenten:
        'GM0599,GM0505,GM0606,GM1924,GM0622,GM0613,GM0489,GM0502,GM0542,GM1621,GM0556,GM1930,GM0597',
      van: '2025-K1',
      tot: '2026-K4',
    });
    const half = regioOpdracht({
      gemeenten: 'GM0599,GM0505',
      van: '2025-K1',
      tot: '2026-K4',
      indeling: 'halfjaar',
    });
    const tijdvak = { van: '2025-01-01', totNa: '2027-01-01' };
    const metingen: [string, () => Promise<unknown>][] = [
      // The same run's yardstick: one plain count over the whole table (the machine is shared).
      [
        'yardstick: count per municipality over all reports',
        () => ds.query('SELECT gemeentecode, count(*) FROM zorgmelding GROUP BY 1'),
      ],
      [
        'regio: Rotterdam + Dordrecht, 8 quarters',
        () => regioCijfers(repository, ds.manager, twee, drempel),
      ],
      [
        'regio: 13 municipalities, 8 quarters',
        () => regioCijfers(repository, ds.manager, alle, drempel),
      ],
      [
        'regio: Rotterdam + Dordrecht, 4 half years',
        () => regioCijfers(repository, ds.manager, half, drempel),
      ],
      [
        '  of which reports (kind, VT, repeat)',
        () => repository.meldingen(ds.manager, ['GM0599', 'GM0505'], tijdvak),
      ],
      [
        '  of which assessments',
        () => repository.beoordelingen(ds.manager, 'gemeente', ['GM0599', 'GM0505'], tijdvak),
      ],
      [
        'VT Zuid-Holland Zuid, assessments, 8 quarters',
        () => repository.beoordelingen(ds.manager, 'vt', ['vt-zuid-holland-zuid'], tijdvak),
      ],
    ];
    for (const [naam, f] of metingen) {
      process.stdout.write(`${naam}: ${stats(await tijd(f))}\n`);
    }
  } finally {
    await ds.destroy();
    await database.stop();
  }
}

await main();
