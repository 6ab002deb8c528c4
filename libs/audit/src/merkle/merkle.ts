import { hash } from 'node:crypto';

/**
 * RFC 6962 (Certificate Transparency) Merkle tree over SHA-256, as restated in RFC 9162
 * section 2.1. Pure functions on Buffers; leaves are passed as leaf hashes (see `leafHash`).
 *
 * Sizes and indexes are plain numbers and must be safe integers (< 2^53): the arithmetic
 * below avoids bitwise operators, which would truncate them to 32 bits.
 */

/** Length in bytes of every hash in the tree. */
export const HASH_SIZE = 32;

/** A half-open leaf range [start, end). */
type Range = readonly [start: number, end: number];

/**
 * Serves MTH(D[start:end]), the root of the leaves with index in [start, end), from wherever
 * the caller keeps them. Proof functions ask only for ranges that are either a complete
 * subtree (end - start a power of two and start a multiple of it) or end at the tree size,
 * so a store can cache the complete ones.
 */
export type NodeSource = (start: number, end: number) => Buffer | Promise<Buffer>;

/** The persisted form of a `CompactRange`: its size and its frontier hashes, left to right. */
export interface CompactRangeJSON {
  size: number;
  hashes: string[];
}

/** Leaf hash: SHA-256(0x00 || data). */
export function leafHash(data: Buffer): Buffer {
  const input = Buffer.allocUnsafe(1 + data.length);
  input[0] = 0x00;
  data.copy(input, 1);
  return hash('sha256', input, 'buffer');
}

/** Interior node hash: SHA-256(0x01 || left || right). */
export function nodeHash(left: Buffer, right: Buffer): Buffer {
  const input = Buffer.allocUnsafe(1 + left.length + right.length);
  input[0] = 0x01;
  left.copy(input, 1);
  right.copy(input, 1 + left.length);
  return hash('sha256', input, 'buffer');
}

/** Root of the empty tree: SHA-256 of the empty string. */
export function emptyRoot(): Buffer {
  return hash('sha256', Buffer.alloc(0), 'buffer');
}

/** MTH(D[n]) of RFC 6962 section 2.1, over leaf hashes. O(n). */
export function rootOf(leafHashes: readonly Buffer[]): Buffer {
  if (leafHashes.length === 0) return emptyRoot();
  return Buffer.from(rangeRoot(leafHashes, 0, leafHashes.length));
}

/**
 * PATH(index, D[n]) of RFC 6962 section 2.1.1 for the tree of all `leafHashes`:
 * sibling hashes from the leaf up to the root.
 */
export function inclusionProof(index: number, leafHashes: readonly Buffer[]): Buffer[] {
  return inclusionRanges(index, leafHashes.length).map(([start, end]) =>
    Buffer.from(rangeRoot(leafHashes, start, end)),
  );
}

/** Like `inclusionProof`, for a tree of `size` leaves whose subtree roots come from `source`. */
export async function inclusionProofFrom(
  index: number,
  size: number,
  source: NodeSource,
): Promise<Buffer[]> {
  return fetchAll(inclusionRanges(index, size), source);
}

/**
 * PROOF(oldSize, D[n]) of RFC 6962 section 2.1.2: proves that the tree of the first `oldSize`
 * leaves is a prefix of the tree of all `leafHashes`. Empty when oldSize is 0 or equals n.
 */
export function consistencyProof(oldSize: number, leafHashes: readonly Buffer[]): Buffer[] {
  return consistencyRanges(oldSize, leafHashes.length).map(([start, end]) =>
    Buffer.from(rangeRoot(leafHashes, start, end)),
  );
}

/** Like `consistencyProof`, for trees whose subtree roots come from `source`. */
export async function consistencyProofFrom(
  oldSize: number,
  newSize: number,
  source: NodeSource,
): Promise<Buffer[]> {
  return fetchAll(consistencyRanges(oldSize, newSize), source);
}

/**
 * Checks an inclusion proof with the algorithm of RFC 9162 section 2.1.3.2. Returns false when
 * the proof does not prove inclusion (including hashes of the wrong length); throws RangeError
 * when index/size are not a valid position (not safe non-negative integers, index >= size).
 */
export function verifyInclusion(
  index: number,
  size: number,
  leafHash: Buffer,
  proof: readonly Buffer[],
  root: Buffer,
): boolean {
  checkCount('index', index);
  checkCount('size', size);
  if (index >= size) throw new RangeError(`index ${index} is not below size ${size}`);
  if (!isHash(leafHash) || !isHash(root) || !proof.every(isHash)) return false;

  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.equals(root);
}

/**
 * Checks a consistency proof with the algorithm of RFC 9162 section 2.1.4.2. Equal sizes need
 * an empty proof and equal roots; oldSize 0 needs an empty proof and oldRoot = `emptyRoot()`.
 * Returns false when the proof fails; throws RangeError when the sizes are not safe
 * non-negative integers or oldSize > newSize.
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Buffer,
  newRoot: Buffer,
  proof: readonly Buffer[],
): boolean {
  checkSizes(oldSize, newSize);
  if (!isHash(oldRoot) || !isHash(newRoot) || !proof.every(isHash)) return false;
  if (oldSize === newSize) return proof.length === 0 && oldRoot.equals(newRoot);
  if (oldSize === 0) return proof.length === 0 && oldRoot.equals(emptyRoot());

  if (proof.length === 0) return false;

  // A power-of-two old tree is itself a node of the new tree, so the proof omits it.
  const [first, ...rest] = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : proof;
  if (first === undefined) return false;

  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = first;
  let sr = first;
  for (const c of rest) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && fr.equals(oldRoot) && sr.equals(newRoot);
}

/**
 * The right frontier of an append-only tree: one hash per set bit of `size`, the roots of the
 * complete subtrees that make up the tree, left to right. Appending costs O(log n) hashes
 * amortised O(1); `root()` costs O(log n). Persist it with `toJSON()` (JSON.stringify calls
 * it) and resume with `CompactRange.fromJSON`.
 */
export class CompactRange {
  private constructor(
    private count: number,
    private readonly hashes: Buffer[],
  ) {}

  /** The range of the empty tree. */
  static empty(): CompactRange {
    return new CompactRange(0, []);
  }

  /** Restores a range saved with `toJSON()`; throws TypeError/RangeError on malformed input. */
  static fromJSON(json: unknown): CompactRange {
    if (typeof json !== 'object' || json === null) {
      throw new TypeError('compact range must be an object');
    }
    const { size, hashes } = json as Partial<Record<keyof CompactRangeJSON, unknown>>;
    if (typeof size !== 'number') throw new TypeError('compact range size must be a number');
    checkCount('compact range size', size);
    if (!Array.isArray(hashes)) throw new TypeError('compact range hashes must be an array');
    if (hashes.length !== bitCount(size)) {
      throw new RangeError(`a compact range of size ${size} has ${bitCount(size)} hashes`);
    }
    const decoded = hashes.map((h: unknown) => {
      if (typeof h !== 'string' || !/^[0-9a-f]{64}$/.test(h)) {
        throw new TypeError('compact range hashes must be 64 lowercase hex characters');
      }
      return Buffer.from(h, 'hex');
    });
    return new CompactRange(size, decoded);
  }

  /** Number of leaves appended so far. */
  get size(): number {
    return this.count;
  }

  /**
   * Appends one leaf hash (see `leafHash`). `opVol(hoogte, hash)` hears of every complete
   * subtree of 2^hoogte leaves (hoogte > 0) that this append closes, lowest first: the tiles'
   * entries of the levels above the leaves, without hashing them a second time.
   */
  append(leafHash: Buffer, opVol?: (hoogte: number, hash: Buffer) => void): void {
    checkHash('leaf hash', leafHash);
    if (this.count === Number.MAX_SAFE_INTEGER) throw new RangeError('compact range is full');
    let node: Buffer = Buffer.from(leafHash);
    let hoogte = 0;
    // Each trailing 1 bit of the old size is a complete subtree that now gets a right sibling.
    for (let s = this.count; isOdd(s); s = half(s)) {
      const left = this.hashes.pop();
      if (left === undefined) throw new Error('compact range hashes do not match its size');
      node = nodeHash(left, node);
      hoogte++;
      opVol?.(hoogte, node);
    }
    this.hashes.push(node);
    this.count += 1;
  }

  /** MTH of the leaves appended so far. */
  root(): Buffer {
    let root: Buffer | undefined;
    for (const h of this.hashes.toReversed()) root = root === undefined ? h : nodeHash(h, root);
    return root === undefined ? emptyRoot() : Buffer.from(root);
  }

  toJSON(): CompactRangeJSON {
    return { size: this.count, hashes: this.hashes.map((h) => h.toString('hex')) };
  }
}

/** The ranges whose roots make up PATH(index, D[size]), in proof order. */
function inclusionRanges(index: number, size: number): Range[] {
  checkCount('index', index);
  checkCount('size', size);
  if (index >= size) throw new RangeError(`index ${index} is not below size ${size}`);
  const ranges: Range[] = [];
  // Walk down from the root; each step records the sibling of the subtree holding index.
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const split = start + largestPowerOfTwoBelow(end - start);
    if (index < split) {
      ranges.push([split, end]);
      end = split;
    } else {
      ranges.push([start, split]);
      start = split;
    }
  }
  return ranges.reverse();
}

/** The ranges whose roots make up PROOF(oldSize, D[newSize]), in proof order. */
function consistencyRanges(oldSize: number, newSize: number): Range[] {
  checkSizes(oldSize, newSize);
  if (oldSize === 0 || oldSize === newSize) return [];
  // SUBPROOF(oldSize, D[start:end], b) of RFC 6962 2.1.2, walked down from the root.
  const ranges: Range[] = [];
  let start = 0;
  let end = newSize;
  let complete = true;
  while (oldSize !== end) {
    const split = start + largestPowerOfTwoBelow(end - start);
    if (oldSize <= split) {
      ranges.push([split, end]);
      end = split;
    } else {
      ranges.push([start, split]);
      start = split;
      complete = false;
    }
  }
  if (!complete) ranges.push([start, end]);
  return ranges.reverse();
}

/** MTH(D[start:end]) from leaf hashes in memory; for a single leaf, the caller's own Buffer. */
function rangeRoot(leafHashes: readonly Buffer[], start: number, end: number): Buffer {
  if (end - start === 1) {
    const leaf = leafHashes[start];
    if (leaf === undefined) throw new RangeError(`no leaf hash at index ${start}`);
    checkHash(`leaf hash ${start}`, leaf);
    return leaf;
  }
  const split = start + largestPowerOfTwoBelow(end - start);
  return nodeHash(rangeRoot(leafHashes, start, split), rangeRoot(leafHashes, split, end));
}

async function fetchAll(ranges: readonly Range[], source: NodeSource): Promise<Buffer[]> {
  return Promise.all(
    ranges.map(async ([start, end]) => {
      const h = await source(start, end);
      checkHash(`node source hash for [${start}, ${end})`, h);
      return h;
    }),
  );
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}

function bitCount(n: number): number {
  let bits = 0;
  for (let s = n; s > 0; s = half(s)) bits += s % 2;
  return bits;
}

function isOdd(n: number): boolean {
  return n % 2 === 1;
}

function half(n: number): number {
  return Math.floor(n / 2);
}

function isHash(h: Buffer): boolean {
  return h.length === HASH_SIZE;
}

function checkHash(name: string, h: Buffer): void {
  if (!isHash(h)) throw new RangeError(`${name} must be ${HASH_SIZE} bytes, got ${h.length}`);
}

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative safe integer, got ${value}`);
  }
}

function checkSizes(oldSize: number, newSize: number): void {
  checkCount('oldSize', oldSize);
  checkCount('newSize', newSize);
  if (oldSize > newSize) throw new RangeError(`oldSize ${oldSize} exceeds newSize ${newSize}`);
}
