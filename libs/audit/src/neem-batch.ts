import { setTimeout as wacht } from 'node:timers/promises';
import type { EntityManager, QueryRunner } from 'typeorm';
import { Verzegelfout } from './boom-toestand.js';
import { HASH_SIZE } from './merkle/merkle.js';
import { eersteSpook, OUDE_VERZEGEL_SQL, VERZEGEL_SQL } from './verzegel-sql.js';

/**
 * Taking a batch off the sequencer's queue (`VERZEGEL_SQL`) in a transaction of its own, and
 * the batches a sealing pass has under way (ADR 0038, 0039). The sequencer completes them in
 * position order.
 */

/** A batch taken off the queue in an open transaction on `runner`. */
export interface GenomenBatch {
  runner: QueryRunner;
  /** The position of its first record. */
  van: number;
  /** The leaf hashes, in position order. */
  hashes: Buffer[];
  /** The last queue id taken: the next batch, taken while this one is open, starts after it. */
  tot: string;
}

/** A batch being taken: where its positions start, the queue id its entries come after. */
export interface Onderweg {
  van: number;
  na: string;
  runner: QueryRunner;
  batch: Promise<GenomenBatch>;
}

/** Waits for the batches still being taken and rolls their transactions back. */
export async function rolTerug(onderweg: Onderweg[]): Promise<void> {
  for (const o of onderweg.splice(0)) {
    const b = await o.batch.catch(() => undefined);
    if (b?.runner.isTransactionActive) await b.runner.rollbackTransaction();
  }
}

/** How often `wachtOp` looks whether two batches wait on each other. */
const WAAK_MS = 200;

/**
 * Awaits the earlier batch's statement. When a later batch is under way and its range
 * overlaps (its snapshot saw entries committed late inside the earlier range), the later
 * statement can reach the overlap first: the earlier one then waits on its row locks, while
 * the later transaction waits in the sequencer for the earlier one's commit. PostgreSQL cannot
 * see that cycle, so every WAAK_MS `wachtOpLater` looks for it; when found, the later batch is
 * rolled back (`teruggenomen` hears of it) and taken afresh once the earlier one is done.
 */
export async function wachtOp(
  eerste: Onderweg,
  onderweg: Onderweg[],
  wachtOpLater: (eerste: Onderweg, later: Onderweg) => Promise<boolean>,
  teruggenomen: (later: Onderweg) => void,
): Promise<GenomenBatch> {
  const later = onderweg[0];
  if (!later) return eerste.batch;
  const stop = new AbortController();
  /** Set while the later batch is being rolled back: the earlier one waits for it to end. */
  let terug: Promise<void> | undefined;
  const waak = async () => {
    for (;;) {
      await wacht(WAAK_MS, undefined, { signal: stop.signal });
      const ja = await wachtOpLater(eerste, later);
      if (stop.signal.aborted) return;
      if (ja && onderweg[0] === later) {
        teruggenomen(later);
        terug = rolTerug(onderweg);
        return;
      }
    }
  };
  // Stopped, or a failed look: that only ends the watch (the statement timeout still bounds
  // the wait).
  waak().catch(() => undefined);
  try {
    return await eerste.batch;
  } finally {
    stop.abort();
    await terug?.catch(() => undefined);
  }
}

/**
 * Opens a transaction on `runner` and takes the next batch off the queue in it: the batch
 * after queue id `na`, with positions from `van` (the way before issue 12's throughput work
 * when `oudeManier`).
 */
export async function neemBatch(
  runner: QueryRunner,
  van: number,
  na: string,
  oudeManier: boolean,
): Promise<GenomenBatch> {
  await runner.startTransaction();
  try {
    if (oudeManier) {
      const rijen = await runner.manager.query<{ positie: string; leaf_hash: Buffer }[]>(
        OUDE_VERZEGEL_SQL,
        [van, na],
      );
      const hashes: Buffer[] = new Array<Buffer>(rijen.length);
      for (const r of rijen) hashes[Number(r.positie) - van] = r.leaf_hash;
      return { runner, van, hashes, tot: na };
    }
    const [rij] = await runner.manager.query<
      { n: number; van: string | null; hashes: Buffer | null; tot: string | null }[]
    >(VERZEGEL_SQL, [van, na]);
    const n = rij?.n ?? 0;
    const alle = rij?.hashes ?? Buffer.alloc(0);
    if (alle.length !== n * HASH_SIZE || (n > 0 && Number(rij?.van) !== van)) {
      throw new Error(`sealing statement returned ${String(n)} positions not from ${String(van)}`);
    }
    const hashes: Buffer[] = new Array<Buffer>(n);
    for (let i = 0; i < n; i++) hashes[i] = alle.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE);
    return { runner, van, hashes, tot: rij?.tot ?? na };
  } catch (err) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    // A queue entry whose record is gone yields a NULL leaf hash, which NOT NULL refuses:
    // the whole batch rolls back and sealing stops, naming the entry.
    if ((err as { code?: string }).code === '23502') throw await spookFout(runner.manager, van, na);
    throw err;
  }
}

/**
 * Finds the first queue entry after queue id `na` without its record: sealing it would seal a
 * phantom. Its position counts from `size`, the first position of the failed batch.
 */
async function spookFout(m: EntityManager, size: number, na: string): Promise<Verzegelfout> {
  const row = await eersteSpook(m, na);
  if (!row) return new Verzegelfout('een wachtrij-item kon niet verzegeld worden', size);
  return new Verzegelfout(
    `wachtrij-item ${row.id} verwijst naar ${row.tabel} ${row.record_id}, dat niet bestaat: het record is verwijderd`,
    size + Number(row.rang),
  );
}
