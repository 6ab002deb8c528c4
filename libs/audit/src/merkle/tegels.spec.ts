import {
  CompactRange,
  consistencyProof,
  consistencyProofFrom,
  inclusionProof,
  inclusionProofFrom,
  leafHash,
  rootOf,
} from './merkle.js';
import {
  benodigdeTegels,
  groei,
  leesTegelPad,
  randTegels,
  splits,
  tegelBreedte,
  tegelBron,
  tegelPad,
  type Tegel,
  voegToe,
} from './tegels.js';

const blad = (i: number) => leafHash(Buffer.from(`record ${String(i)}`));

/** Grows a tile store in batches of the given sizes, as the sequencer does. */
function bouw(batches: number[]): {
  store: Map<string, Buffer>;
  leaves: Buffer[];
  writes: Tegel[][];
} {
  const store = new Map<string, Buffer>();
  const leaves: Buffer[] = [];
  const writes: Tegel[][] = [];
  for (const n of batches) {
    const oud = leaves.length;
    const nieuw = Array.from({ length: n }, (_, i) => blad(oud + i));
    const nodig = randTegels(oud, oud + n);
    const tegels = groei(oud, nieuw, (niveau, index) => {
      expect(nodig).toContainEqual({ niveau, index });
      return store.get(`${String(niveau)}/${String(index)}`);
    });
    for (const t of tegels) store.set(`${String(t.niveau)}/${String(t.index)}`, t.hashes);
    leaves.push(...nieuw);
    writes.push(tegels);
  }
  return { store, leaves, writes };
}

describe('tiles (C2SP tlog-tiles layout)', () => {
  // 70,000 leaves reach level 2 (256^2 = 65,536); uneven batches cross tile edges.
  const batches = [1, 255, 1, 300, 4096, 999, 60000, 3000, 1348];
  const { store, leaves, writes } = bouw(batches);
  const bron = tegelBron((n, i) => store.get(`${String(n)}/${String(i)}`));

  it('stores level 0 as the leaf hashes and each higher entry as the root of a full tile', () => {
    expect(leaves.length).toBe(70000);
    expect(splits(store.get('0/0')!)).toEqual(leaves.slice(0, 256));
    expect(splits(store.get('1/0')!)[3]).toEqual(rootOf(leaves.slice(768, 1024)));
    const l2 = splits(store.get('2/0')!);
    expect(l2).toHaveLength(1);
    expect(l2[0]).toEqual(rootOf(leaves.slice(0, 65536)));
    // The right edge: a partial tile at each level.
    expect(tegelBreedte(0, 273, 70000)).toBe(70000 - 273 * 256);
    expect(store.get('0/273')!.length).toBe(tegelBreedte(0, 273, 70000) * 32);
    expect(store.get('1/1')!.length).toBe(tegelBreedte(1, 1, 70000) * 32);
  });

  it('grows the same tiles from the entries the tree folding closes (voegToe), one hash per leaf', () => {
    const range = CompactRange.empty();
    const zelf = new Map<string, Buffer>();
    let oud = 0;
    for (const n of batches) {
      const nieuw = leaves.slice(oud, oud + n);
      const hoger = voegToe(range, nieuw);
      const tegels = groei(
        oud,
        nieuw,
        (niveau, index) => zelf.get(`${String(niveau)}/${String(index)}`),
        hoger,
      );
      for (const t of tegels) zelf.set(`${String(t.niveau)}/${String(t.index)}`, t.hashes);
      oud += n;
      expect(range.root()).toEqual(rootOf(leaves.slice(0, oud)));
    }
    expect(zelf).toEqual(store);
    // Entries that do not match the tiles that became full are refused, not written.
    const r = CompactRange.empty();
    const hoger = voegToe(r, leaves.slice(0, 512));
    expect(() => groei(0, leaves.slice(0, 512), () => undefined, [[], hoger[1]!.slice(1)])).toThrow(
      /level 1 has 1 new entries, not 2/,
    );
  });

  it('writes only the tiles at the right edge per batch', () => {
    batches.forEach((n, i) => {
      expect(writes[i]?.length).toBeLessThanOrEqual(Math.ceil(n / 256) + 4);
    });
    expect(writes[0]).toEqual([{ niveau: 0, index: 0, hashes: leaves[0] }]);
  });

  it('gives the same inclusion proofs as the leaves, for every older tree size', async () => {
    const sizes = [1, 2, 255, 256, 257, 1000, 4097, 65535, 65536, 65537, 69999, 70000];
    for (const size of sizes) {
      for (const index of [0, 1, size - 1, Math.floor(size / 3), Math.floor(size / 2)]) {
        if (index < 0 || index >= size) continue;
        const verwacht = inclusionProof(index, leaves.slice(0, size));
        await expect(inclusionProofFrom(index, size, bron)).resolves.toEqual(verwacht);
      }
    }
  });

  it('gives the same consistency proofs as the leaves', async () => {
    const pairs: [number, number][] = [
      [1, 2],
      [255, 257],
      [256, 70000],
      [1000, 65536],
      [65536, 65537],
      [4097, 69999],
      [69999, 70000],
    ];
    for (const [a, b] of pairs) {
      const verwacht = consistencyProof(a, leaves.slice(0, b));
      await expect(consistencyProofFrom(a, b, bron)).resolves.toEqual(verwacht);
    }
  });

  it('reads O(log n) tiles per proof', async () => {
    const tegels = await benodigdeTegels((b) => inclusionProofFrom(12345, 70000, b));
    expect(tegels.length).toBeLessThanOrEqual(6);
    const c = await benodigdeTegels((b) => consistencyProofFrom(4097, 69999, b));
    expect(c.length).toBeLessThanOrEqual(8);
  });

  it('refuses to grow from a missing edge tile rather than seal a wrong one', () => {
    expect(() => groei(300, [blad(300)], () => undefined)).toThrow(/missing/);
  });

  it('writes and reads C2SP tile paths', () => {
    expect(tegelPad(0, 0, 256)).toBe('tile/0/000');
    expect(tegelPad(1, 1234067, 8)).toBe('tile/1/x001/x234/067.p/8');
    expect(leesTegelPad('1/x001/x234/067.p/8')).toEqual({ niveau: 1, index: 1234067, breedte: 8 });
    expect(leesTegelPad('0/000')).toEqual({ niveau: 0, index: 0, breedte: 256 });
    for (const fout of [
      '0/1',
      '0/0000',
      '0/000.p/0',
      '0/000.p/256',
      '0/x000',
      'a/000',
      '0/../000',
    ]) {
      expect(leesTegelPad(fout)).toBeUndefined();
    }
  });
});
