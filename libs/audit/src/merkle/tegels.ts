import { type CompactRange, nodeHash, rootOf, type NodeSource, HASH_SIZE } from './merkle.js';

/** Stands in for an entry of the level above that the caller gave (`groei`'s `hoger`). */
const GEGEVEN = Buffer.alloc(0);

/**
 * The tree as tiles, in the layout of C2SP tlog-tiles (https://c2sp.org/tlog-tiles): a tile
 * of level L and index N holds up to 256 consecutive hashes of tree level 8·L, those with
 * index N·256 … N·256+255. Level 0 holds the leaf hashes; an entry of level L+1 is the root
 * of a full tile of level L. A tile only grows (its first W hashes never change), so one row
 * per tile serves every tree size: for a tree of n leaves, tile (L, N) has
 * min(256, ⌊n / 256^L⌋ − 256·N) hashes.
 *
 * Pure functions: the caller stores and reads the tiles (`audit_tegel`).
 */
export const TEGEL_HOOGTE = 8;
export const TEGEL_BREEDTE = 256;

export interface Tegel {
  niveau: number;
  index: number;
  /** The tile's hashes, concatenated (32 bytes each). */
  hashes: Buffer;
}

/** How many entries level `niveau` has in a tree of `grootte` leaves. */
export function breedteVanNiveau(niveau: number, grootte: number): number {
  return Math.floor(grootte / TEGEL_BREEDTE ** niveau);
}

/** How many hashes tile (niveau, index) holds in a tree of `grootte` leaves (0: none yet). */
export function tegelBreedte(niveau: number, index: number, grootte: number): number {
  return Math.max(
    0,
    Math.min(TEGEL_BREEDTE, breedteVanNiveau(niveau, grootte) - index * TEGEL_BREEDTE),
  );
}

/**
 * The first tile of each level that grows when the tree goes from `oud` to `nieuw` leaves:
 * the ones whose stored hashes `groei` needs (when they are not empty).
 */
export function randTegels(oud: number, nieuw: number): { niveau: number; index: number }[] {
  const uit: { niveau: number; index: number }[] = [];
  for (let niveau = 0; breedteVanNiveau(niveau, nieuw) > breedteVanNiveau(niveau, oud); niveau++) {
    const start = breedteVanNiveau(niveau, oud);
    if (start % TEGEL_BREEDTE !== 0) {
      uit.push({ niveau, index: Math.floor(start / TEGEL_BREEDTE) });
    }
  }
  return uit;
}

/**
 * The tiles to write when `bladeren` (leaf hashes) are appended to a tree of `oud` leaves.
 * `bestaand(niveau, index)` gives the stored hashes of the tiles `randTegels` names. `hoger`,
 * when given, holds the new entries of each level above the leaves (`hoger[L]` for level L,
 * as `voegToe` collects them while folding the same leaves), so no subtree is hashed twice;
 * without it they are computed here.
 */
export function groei(
  oud: number,
  bladeren: readonly Buffer[],
  bestaand: (niveau: number, index: number) => Buffer | undefined,
  hoger?: readonly (readonly Buffer[])[],
): Tegel[] {
  const tegels: Tegel[] = [];
  let start = oud;
  let nieuw: readonly Buffer[] = bladeren;
  for (let niveau = 0; nieuw.length > 0; niveau++) {
    const eerste = Math.floor(start / TEGEL_BREEDTE);
    const voor = start - eerste * TEGEL_BREEDTE;
    const oudeHashes = voor > 0 ? bestaand(niveau, eerste) : undefined;
    if (voor > 0 && (oudeHashes?.length ?? 0) < voor * HASH_SIZE) {
      throw new Error(`tile ${String(niveau)}/${String(eerste)} is missing or too short`);
    }
    const alle = [...(oudeHashes ? splits(oudeHashes).slice(0, voor) : []), ...nieuw];
    const volgende: Buffer[] = [];
    for (let i = 0; i * TEGEL_BREEDTE < alle.length; i++) {
      const deel = alle.slice(i * TEGEL_BREEDTE, (i + 1) * TEGEL_BREEDTE);
      tegels.push({ niveau, index: eerste + i, hashes: Buffer.concat(deel) });
      // A tile that became full in this step gives one entry of the level above.
      if (deel.length === TEGEL_BREEDTE) volgende.push(hoger ? GEGEVEN : rootOf(deel));
    }
    start = Math.floor(start / TEGEL_BREEDTE);
    if (hoger) {
      const gegeven = hoger[niveau + 1] ?? [];
      if (gegeven.length !== volgende.length) {
        throw new Error(
          `level ${String(niveau + 1)} has ${String(gegeven.length)} new entries, not ${String(volgende.length)}`,
        );
      }
      nieuw = gegeven;
    } else {
      nieuw = volgende;
    }
  }
  return tegels;
}

/**
 * Appends `bladeren` to `range` and returns the new entries of every tile level above the
 * leaves (index L for level L; 0 is empty), for `groei`: one hash per leaf for both the tree
 * and its tiles.
 */
export function voegToe(range: CompactRange, bladeren: readonly Buffer[]): Buffer[][] {
  const hoger: Buffer[][] = [[]];
  const opVol = (hoogte: number, hash: Buffer) => {
    if (hoogte % TEGEL_HOOGTE !== 0) return;
    const niveau = hoogte / TEGEL_HOOGTE;
    (hoger[niveau] ??= []).push(hash);
  };
  for (const b of bladeren) range.append(b, opVol);
  return hoger;
}

/** The hashes of a tile, one Buffer each. */
export function splits(hashes: Buffer): Buffer[] {
  const uit: Buffer[] = [];
  for (let i = 0; i + HASH_SIZE <= hashes.length; i += HASH_SIZE) {
    uit.push(hashes.subarray(i, i + HASH_SIZE));
  }
  return uit;
}

/**
 * The tiles that the proof `vraag` builds from will read: it runs once against a source that
 * records the ranges asked for. One tile per complete subtree, whatever its size, so a proof
 * reads O(log n) tiles; the caller fetches them in one query, then runs the proof for real.
 */
export async function benodigdeTegels(
  vraag: (bron: NodeSource) => Promise<unknown>,
): Promise<{ niveau: number; index: number }[]> {
  const nodig = new Map<string, { niveau: number; index: number }>();
  await vraag((start, end) => {
    for (const [s, e] of volledigeDelen(start, end)) {
      const { niveau, index } = plaats(s, e);
      nodig.set(`${String(niveau)}/${String(index)}`, { niveau, index });
    }
    return Buffer.alloc(HASH_SIZE);
  });
  return [...nodig.values()];
}

/**
 * A NodeSource over tiles: MTH of [start, end) from the tile that holds the complete subtree,
 * or, for a range that ends at the tree size, from its complete parts.
 */
export function tegelBron(
  tegel: (niveau: number, index: number) => Buffer | undefined,
): NodeSource {
  const wortel = (start: number, end: number): Buffer => {
    const delen = volledigeDelen(start, end);
    const roots = delen.map(([s, e]) => {
      const { niveau, index, offset, aantal } = plaats(s, e);
      const hashes = tegel(niveau, index);
      if (!hashes || hashes.length < (offset + aantal) * HASH_SIZE) {
        throw new Error(`tile ${String(niveau)}/${String(index)} is missing or too short`);
      }
      return rootOf(splits(hashes).slice(offset, offset + aantal));
    });
    // MTH of a range that is not a complete subtree: the complete parts, folded from the right.
    const r = roots.reduceRight<Buffer | undefined>(
      (rechts, links) => (rechts ? nodeHash(links, rechts) : links),
      undefined,
    );
    if (!r) throw new RangeError('empty range');
    return r;
  };
  return wortel;
}

/** [start, end) as complete subtrees, largest first (RFC 6962's split, leftmost parts). */
function volledigeDelen(start: number, end: number): [number, number][] {
  const delen: [number, number][] = [];
  let s = start;
  while (s < end) {
    let k = 1;
    while (k * 2 <= end - s) k *= 2;
    delen.push([s, s + k]);
    s += k;
  }
  return delen;
}

/** Where the complete subtree [s, e) lives: its tile, and its nodes' offset and count there. */
function plaats(
  s: number,
  e: number,
): { niveau: number; index: number; offset: number; aantal: number } {
  const grootte = e - s;
  const hoogte = Math.round(Math.log2(grootte));
  if (2 ** hoogte !== grootte || s % grootte !== 0) {
    throw new RangeError(`[${String(s)}, ${String(e)}) is not a complete subtree`);
  }
  const niveau = Math.floor(hoogte / TEGEL_HOOGTE);
  const eenheid = TEGEL_BREEDTE ** niveau;
  const eerste = s / eenheid;
  return {
    niveau,
    index: Math.floor(eerste / TEGEL_BREEDTE),
    offset: eerste % TEGEL_BREEDTE,
    aantal: grootte / eenheid,
  };
}

/** The C2SP path of a tile: `tile/<L>/<N>[.p/<W>]`, N in groups of three digits. */
export function tegelPad(niveau: number, index: number, breedte: number): string {
  const cijfers = String(index).padStart(3 * Math.ceil(String(index).length / 3), '0');
  const groepen = cijfers.match(/.{3}/g) ?? ['000'];
  const n = groepen.map((g, i) => (i < groepen.length - 1 ? `x${g}` : g)).join('/');
  return `tile/${String(niveau)}/${n}${breedte < TEGEL_BREEDTE ? `.p/${String(breedte)}` : ''}`;
}

/** Parses the part of a tile path after `tile/`; undefined when it is not one. */
export function leesTegelPad(
  pad: string,
): { niveau: number; index: number; breedte: number } | undefined {
  const m = /^(\d{1,2})\/((?:x\d{3}\/)*\d{3})(?:\.p\/(\d{1,3}))?$/.exec(pad);
  if (!m) return undefined;
  const niveau = Number(m[1]);
  const index = Number(m[2]?.replaceAll('x', '').replaceAll('/', ''));
  const breedte = m[3] === undefined ? TEGEL_BREEDTE : Number(m[3]);
  if (!Number.isSafeInteger(index) || breedte < 1 || breedte > TEGEL_BREEDTE - (m[3] ? 1 : 0)) {
    return undefined;
  }
  return { niveau, index, breedte };
}
