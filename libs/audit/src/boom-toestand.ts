import type { EntityManager } from 'typeorm';
import { AuditCheckpoint } from './audit.entities.js';
import { CompactRange, consistencyProofFrom, type NodeSource, rootOf } from './merkle/merkle.js';
import { groeiTegels, tegelGrootte } from './tegel-opslag.js';

/**
 * What the sequencer reads of the sealed tree before it seals on: the log's size, the latest
 * checkpoint's frontier, the tiles it still has to build, whether every witnessed checkpoint
 * is still there with the same root, and consistency proofs from a witnessed size. Each throws
 * `Verzegelfout` where the log no longer extends what a witness cosigned.
 */

/** A checkpoint a witness cosigned: its size and root. */
interface Getuigd {
  grootte: number;
  wortel: Buffer;
}

/** Sealing stopped: the log is no longer an extension of what a witness cosigned. */
export class Verzegelfout extends Error {
  constructor(
    readonly reden: string,
    readonly positie: number,
  ) {
    super(reden);
  }
}

/** The leaf ranges [start, end) of the complete subtrees that make up a tree of `size`. */
function frontierRanges(size: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1; bit /= 2) {
    if (start + bit <= size) {
      ranges.push([start, start + bit]);
      start += bit;
    }
  }
  return ranges;
}

/** How many positions the log has (one more than the highest). */
export async function logGrootte(m: EntityManager): Promise<number> {
  const [row] = await m.query<{ n: string | null }[]>(
    'SELECT max(positie) + 1 AS n FROM audit_positie',
  );
  return Number(row?.n ?? 0);
}

/** The compact range of the latest checkpoint (the empty tree when there is none). */
export async function laatsteFrontier(m: EntityManager): Promise<CompactRange> {
  const latest = await m
    .getRepository(AuditCheckpoint)
    .find({ order: { treeSize: 'DESC' }, take: 1 });
  return latest[0] ? CompactRange.fromJSON(latest[0].frontier) : CompactRange.empty();
}

/**
 * Builds the tiles a log sealed before them (or by an older version) is missing, from the
 * leaf hashes, in steps of 65,536 positions. Sealing then grows them batch by batch.
 */
export async function tegelsInhalen(
  m: EntityManager,
  meld: (van: number, tot: number) => void,
): Promise<void> {
  const grootte = await logGrootte(m);
  let t = await tegelGrootte(m);
  if (t > grootte) {
    throw new Verzegelfout(
      `het log is ingekort: de tegels bevatten ${String(t)} posities, het log ${String(grootte)}`,
      grootte,
    );
  }
  if (t < grootte) meld(t, grootte);
  while (t < grootte) {
    const tot = Math.min(grootte, t + 65_536);
    const rows = await m.query<{ leaf_hash: Buffer }[]>(
      'SELECT leaf_hash FROM audit_positie WHERE positie >= $1 AND positie < $2 ORDER BY positie',
      [t, tot],
    );
    if (rows.length !== tot - t) {
      throw new Verzegelfout(`posities tussen ${String(t)} en ${String(tot)} ontbreken`, t);
    }
    await groeiTegels(
      m,
      t,
      rows.map((r) => r.leaf_hash),
    );
    t = tot;
  }
}

/**
 * Every checkpoint the local witness cosigned must still be in the database with the same
 * root. When one is not, finds where the log differs and throws Verzegelfout.
 */
export async function bewaak(m: EntityManager, getuigd: readonly Getuigd[]): Promise<void> {
  if (getuigd.length === 0) return;
  const [bad] = await m.query<{ s: string }[]>(
    `SELECT w.s::text AS s
       FROM unnest($1::bigint[], $2::bytea[]) AS w(s, r)
       LEFT JOIN audit_checkpoint c ON c.tree_size = w.s
      WHERE c.root_hash IS DISTINCT FROM w.r
      ORDER BY w.s LIMIT 1`,
    [getuigd.map((g) => g.grootte), getuigd.map((g) => g.wortel)],
  );
  if (!bad) return;
  const s = Number(bad.s);
  const n = await logGrootte(m);
  if (n < s) {
    throw new Verzegelfout(
      `het log is teruggedraaid of herschreven: de getuige medeondertekende ${String(s)} posities, de database heeft er ${String(n)}`,
      n,
    );
  }
  const leaves = await m.query<{ leaf_hash: Buffer }[]>(
    'SELECT leaf_hash FROM audit_positie WHERE positie < $1 ORDER BY positie',
    [s],
  );
  const w = getuigd.find((g) => g.grootte === s);
  if (w && rootOf(leaves.map((l) => l.leaf_hash)).equals(w.wortel)) {
    throw new Verzegelfout(
      `checkpoint ${String(s)}, door de getuige medeondertekend, ontbreekt in de database of is gewijzigd`,
      s - 1,
    );
  }
  const vorige = getuigd.filter((g) => g.grootte < s).at(-1)?.grootte ?? 0;
  throw new Verzegelfout(
    `het log is herschreven tussen positie ${String(vorige)} en ${String(s - 1)}: de boom van ${String(s)} wijkt af van wat de getuige medeondertekende`,
    vorige,
  );
}

/**
 * The consistency proof from `oud` to `grootte`: the nodes left of `oud` are the frontier
 * of checkpoint `oud`, the others come from the leaf hashes in [oud, grootte).
 */
export async function bewijsVan(
  m: EntityManager,
  oud: number,
  grootte: number,
  bekend?: { van: number; hashes: readonly Buffer[]; tegels?: NodeSource },
): Promise<Buffer[]> {
  if (oud === 0 || oud === grootte) return [];
  if (oud > grootte) {
    throw new Verzegelfout(
      `het log is teruggedraaid: de getuige kent ${String(oud)} posities, het log ${String(grootte)}`,
      grootte,
    );
  }
  const [row] = await m.query<{ frontier: unknown }[]>(
    'SELECT frontier FROM audit_checkpoint WHERE tree_size = $1',
    [oud],
  );
  if (!row) {
    throw new Verzegelfout(
      `checkpoint ${String(oud)}, door de getuige medeondertekend, ontbreekt in de database`,
      oud - 1,
    );
  }
  const hashes = CompactRange.fromJSON(row.frontier)
    .toJSON()
    .hashes.map((h) => Buffer.from(h, 'hex'));
  const nodes = new Map(
    frontierRanges(oud).map(([a, b], i) => [`${String(a)}:${String(b)}`, hashes[i]]),
  );
  // The batch just sealed holds the leaf hashes from `oud` on: no need to read them back.
  const leaves =
    bekend?.van === oud && bekend.hashes.length === grootte - oud
      ? bekend.hashes
      : (
          await m.query<{ leaf_hash: Buffer }[]>(
            'SELECT leaf_hash FROM audit_positie WHERE positie >= $1 AND positie < $2 ORDER BY positie',
            [oud, grootte],
          )
        ).map((r) => r.leaf_hash);
  if (leaves.length !== grootte - oud) {
    throw new Verzegelfout(`posities tussen ${String(oud)} en ${String(grootte)} ontbreken`, oud);
  }
  return consistencyProofFrom(oud, grootte, (start, end) => {
    const node = nodes.get(`${String(start)}:${String(end)}`);
    if (node) return node;
    if (start < oud) throw new Error(`no frontier node [${String(start)}, ${String(end)})`);
    // The batch's tiles hold the roots of its 256-leaf blocks: a large subtree costs a hash
    // per block instead of one per leaf.
    if (bekend?.tegels && bekend.van === oud) {
      try {
        return bekend.tegels(start, end);
      } catch {
        // a tile it needs was not written in this batch: from the leaf hashes below
      }
    }
    return rootOf(leaves.slice(start - oud, end - oud));
  });
}
