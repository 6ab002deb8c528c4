import type { EntityManager } from 'typeorm';
import { HASH_SIZE, type NodeSource } from './merkle/merkle.js';
import {
  benodigdeTegels,
  groei,
  randTegels,
  TEGEL_BREEDTE,
  tegelBron,
  type Tegel,
} from './merkle/tegels.js';

const sleutel = (niveau: number, index: number) => `${String(niveau)}/${String(index)}`;

/** Reads tiles in one statement, keyed `niveau/index`. */
export async function leesTegels(
  m: EntityManager,
  welke: readonly { niveau: number; index: number }[],
): Promise<Map<string, Buffer>> {
  if (welke.length === 0) return new Map();
  const rows = await m.query<{ niveau: number; index: string; hashes: Buffer }[]>(
    `SELECT t.niveau, t.index::text AS index, t.hashes
       FROM unnest($1::smallint[], $2::bigint[]) AS w(niveau, index)
       JOIN audit_tegel t ON t.niveau = w.niveau AND t.index = w.index`,
    [welke.map((w) => w.niveau), welke.map((w) => String(w.index))],
  );
  return new Map(rows.map((r) => [sleutel(r.niveau, Number(r.index)), r.hashes]));
}

/** Writes tiles in one statement; a tile only grows, so the longer content wins. */
export async function schrijfTegels(m: EntityManager, tegels: readonly Tegel[]): Promise<void> {
  if (tegels.length === 0) return;
  await m.query(
    `INSERT INTO audit_tegel (niveau, index, hashes)
     SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])
     ON CONFLICT (niveau, index) DO UPDATE SET hashes = EXCLUDED.hashes
      WHERE length(EXCLUDED.hashes) > length(audit_tegel.hashes)`,
    [tegels.map((t) => t.niveau), tegels.map((t) => String(t.index)), tegels.map((t) => t.hashes)],
  );
}

/**
 * Appends leaf hashes to the tiles of a tree of `oud` leaves: two statements. `hoger`: the
 * entries above the leaves when the caller already folded them (`voegToe`). Returns a
 * NodeSource over the tiles it wrote, which serves any subtree of leaves from `oud` on in
 * about one hash per 256 leaves (the sequencer's consistency proof for the batch).
 */
export async function groeiTegels(
  m: EntityManager,
  oud: number,
  bladeren: readonly Buffer[],
  hoger?: readonly (readonly Buffer[])[],
): Promise<NodeSource> {
  const rand = await leesTegels(m, randTegels(oud, oud + bladeren.length));
  const tegels = groei(oud, bladeren, (n, i) => rand.get(sleutel(n, i)), hoger);
  await schrijfTegels(m, tegels);
  const geschreven = new Map(tegels.map((t) => [sleutel(t.niveau, t.index), t.hashes]));
  return tegelBron((n, i) => geschreven.get(sleutel(n, i)));
}

/** How many leaves the tiles hold (level 0), so a log from before the tiles can catch up. */
export async function tegelGrootte(m: EntityManager): Promise<number> {
  const [row] = await m.query<{ n: string | null }[]>(
    `SELECT (index * ${String(TEGEL_BREEDTE)} + length(hashes) / ${String(HASH_SIZE)})::text AS n
       FROM audit_tegel WHERE niveau = 0 ORDER BY index DESC LIMIT 1`,
  );
  return Number(row?.n ?? 0);
}

/** A NodeSource for one proof: finds the tiles it needs, reads them in one statement. */
export async function tegelBronVoor(
  m: EntityManager,
  bewijs: (bron: NodeSource) => Promise<unknown>,
): Promise<NodeSource> {
  const tegels = await leesTegels(m, await benodigdeTegels(bewijs));
  return tegelBron((n, i) => tegels.get(sleutel(n, i)));
}
