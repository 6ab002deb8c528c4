import { createHash } from 'node:crypto';
import {
  CompactRange,
  consistencyProof,
  consistencyProofFrom,
  emptyRoot,
  inclusionProof,
  inclusionProofFrom,
  leafHash,
  nodeHash,
  rootOf,
  verifyConsistency,
  verifyInclusion,
  type NodeSource,
} from './merkle.js';

type Range = [start: number, end: number];

const hex = (b: Buffer): string => b.toString('hex');
const unhex = (s: string): Buffer => Buffer.from(s, 'hex');
const flipBit = (b: Buffer, byte = 0, mask = 0x10): Buffer => {
  const copy = Buffer.from(b);
  copy[byte] = (copy[byte] ?? 0) ^ mask;
  return copy;
};

// Reference: RFC 6962 section 2.1 read literally, with its own hashing, independent of the code
// under test. MTH results are memoised per range so large trees stay cheap across many sizes.
const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const refLeaf = (data: Buffer): Buffer => sha256(Buffer.of(0), data);
const refNode = (l: Buffer, r: Buffer): Buffer => sha256(Buffer.of(1), l, r);
const refSplit = (n: number): number => 2 ** Math.ceil(Math.log2(n) - 1);

function referenceTree(leaves: readonly Buffer[]) {
  const memo = new Map<string, Buffer>();
  const mth = (start: number, end: number): Buffer => {
    if (end - start === 0) return sha256();
    if (end - start === 1) return leaves[start]!;
    const key = `${start}:${end}`;
    let root = memo.get(key);
    if (!root) {
      const k = refSplit(end - start);
      root = refNode(mth(start, start + k), mth(start + k, end));
      memo.set(key, root);
    }
    return root;
  };
  // PATH(m, D[start:end]) with m relative to start.
  const path = (m: number, start: number, end: number): Buffer[] => {
    if (end - start === 1) return [];
    const k = refSplit(end - start);
    return m < k
      ? [...path(m, start, start + k), mth(start + k, end)]
      : [...path(m - k, start + k, end), mth(start, start + k)];
  };
  // SUBPROOF(m, D[start:end], b) with m relative to start.
  const subproof = (m: number, start: number, end: number, b: boolean): Buffer[] => {
    if (m === end - start) return b ? [] : [mth(start, end)];
    const k = refSplit(end - start);
    return m <= k
      ? [...subproof(m, start, start + k, b), mth(start + k, end)]
      : [...subproof(m - k, start + k, end, false), mth(start, start + k)];
  };
  return {
    mth,
    path: (m: number, n: number) => path(m, 0, n),
    proof: (m: number, n: number) => (m === 0 || m === n ? [] : subproof(m, 0, n, true)),
  };
}

/** True when the verifier rejects: returns false, or throws RangeError for an invalid claim. */
function rejects(verify: () => boolean): boolean {
  try {
    return !verify();
  } catch (e) {
    if (e instanceof RangeError) return true;
    throw e;
  }
}

// Test data of transparency-dev/merkle (formerly Trillian's merkle package, taken from the
// Certificate Transparency C++ tests): testonly/constants.go and proof/verify_test.go.
const CT_INPUTS = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map(unhex);
const CT_LEAVES = CT_INPUTS.map(leafHash);
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
/** NodeHashes(): complete subtree hashes of the 8-leaf tree by level, left to right. */
const CT_NODES = [
  [
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
    '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
  ],
  [
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
  ],
  [
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
  ],
  ['5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'],
];
const node = (level: number, i: number): string => CT_NODES[level]![i]!;
/** CompactTrees(): the frontier after each size 0..8, as [level, index] of CT_NODES. */
const CT_FRONTIERS: [number, number][][] = [
  [],
  [[0, 0]],
  [[1, 0]],
  [
    [1, 0],
    [0, 2],
  ],
  [[2, 0]],
  [
    [2, 0],
    [0, 4],
  ],
  [
    [2, 0],
    [1, 2],
  ],
  [
    [2, 0],
    [1, 2],
    [0, 6],
  ],
  [[3, 0]],
];
/** inclusionProofs of verify_test.go, with the 1-based leaf number turned into an index. */
const CT_INCLUSION: [index: number, size: number, proof: string[]][] = [
  [0, 1, []],
  [
    0,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    5,
    8,
    [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [
    1,
    5,
    [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
];
/** consistencyProofs of verify_test.go. */
const CT_CONSISTENCY: [oldSize: number, newSize: number, proof: string[]][] = [
  [1, 1, []],
  [
    1,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    6,
    8,
    [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [
    2,
    5,
    [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
  [
    6,
    7,
    [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
];
/** sha256SomeHash of verify_test.go. */
const SOME_HASH = unhex('abacaba000000000000000000000000000000000000000000060061e00123456');

// Generated leaves for property tests.
const MAX_SIZE = 2048;
const LEAVES = Array.from({ length: MAX_SIZE }, (_, i) => refLeaf(Buffer.from(`leaf ${i}`)));
const ref = referenceTree(LEAVES);
const source: NodeSource = (start, end) => Promise.resolve(ref.mth(start, end));

/** Deterministic pseudo-random integers in [0, n) (mulberry32). */
function random(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}
const rnd = random(6962);
const RANDOM_SIZES = Array.from({ length: 300 }, () => 71 + rnd(MAX_SIZE - 70));

describe('hashing (rfc6962/rfc6962_test.go)', () => {
  it.each<[string, () => Buffer, string]>([
    ['empty root', emptyRoot, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    [
      'empty leaf',
      () => leafHash(Buffer.alloc(0)),
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    ],
    [
      'leaf',
      () => leafHash(Buffer.from('L123456')),
      '395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56',
    ],
    [
      'node',
      () => nodeHash(Buffer.from('N123'), Buffer.from('N456')),
      'aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb',
    ],
  ])('%s', (_, compute, want) => {
    expect(hex(compute())).toBe(want);
  });

  it('orders children and separates leaves from nodes', () => {
    const [a, b] = [leafHash(Buffer.from('Hello')), leafHash(Buffer.from('World'))];
    expect(nodeHash(a, b).equals(nodeHash(b, a))).toBe(false);
    expect(nodeHash(a, b).equals(leafHash(Buffer.concat([a, b])))).toBe(false);
  });
});

describe('CT test vectors (transparency-dev/merkle)', () => {
  it('publishes the roots quoted in the brief', () => {
    expect(CT_ROOTS[0]).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(CT_ROOTS[1]).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    expect(CT_ROOTS[8]).toBe('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
  });

  it.each(CT_ROOTS.map((root, size) => [size, root] as const))(
    'root of size %i is %s',
    (size, root) => {
      expect(hex(rootOf(CT_LEAVES.slice(0, size)))).toBe(root);
      const range = CompactRange.empty();
      CT_LEAVES.slice(0, size).forEach((l) => {
        range.append(l);
      });
      expect(hex(range.root())).toBe(root);
      expect(range.toJSON().hashes).toEqual(
        CT_FRONTIERS[size]!.map(([level, i]) => node(level, i)),
      );
    },
  );

  it('matches every complete subtree hash (NodeHashes)', () => {
    CT_NODES.forEach((level, l) => {
      level.forEach((want, i) => {
        expect(hex(rootOf(CT_LEAVES.slice(i * 2 ** l, (i + 1) * 2 ** l)))).toBe(want);
      });
    });
  });

  it.each(CT_INCLUSION)('inclusion proof of leaf %i in size %i', async (index, size, want) => {
    const leaves = CT_LEAVES.slice(0, size);
    const root = unhex(CT_ROOTS[size]!);
    const proof = inclusionProof(index, leaves);
    expect(proof.map(hex)).toEqual(want);
    expect(
      (await inclusionProofFrom(index, size, (s, e) => rootOf(leaves.slice(s, e)))).map(hex),
    ).toEqual(want);
    expect(verifyInclusion(index, size, CT_LEAVES[index]!, proof, root)).toBe(true);
    for (const [desc, probe] of corruptInclusion(index, size, CT_LEAVES[index]!, proof, root)) {
      expect([desc, rejects(probe)]).toEqual([desc, true]);
    }
  });

  it.each(CT_CONSISTENCY)('consistency proof from %i to %i', async (oldSize, newSize, want) => {
    const leaves = CT_LEAVES.slice(0, newSize);
    const [oldRoot, newRoot] = [unhex(CT_ROOTS[oldSize]!), unhex(CT_ROOTS[newSize]!)];
    const proof = consistencyProof(oldSize, leaves);
    expect(proof.map(hex)).toEqual(want);
    const fromSource = await consistencyProofFrom(oldSize, newSize, (s, e) =>
      rootOf(leaves.slice(s, e)),
    );
    expect(fromSource.map(hex)).toEqual(want);
    expect(verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof)).toBe(true);
    if (proof.length === 0) return;
    for (const [desc, probe] of corruptConsistency(oldSize, newSize, oldRoot, newRoot, proof)) {
      expect([desc, rejects(probe)]).toEqual([desc, true]);
    }
  });
});

// Proof shapes of transparency-dev/merkle proof/proof_test.go (TestInclusion, TestConsistency),
// written as the leaf range [start, end) each proof hash covers.
describe('proof shapes (proof/proof_test.go)', () => {
  it.each<[number, number, Range[]]>([
    [0, 1, []],
    [0, 2, [[1, 2]]],
    [1, 2, [[0, 1]]],
    [
      1,
      3,
      [
        [0, 1],
        [2, 3],
      ],
    ],
    [
      0,
      7,
      [
        [1, 2],
        [2, 4],
        [4, 7],
      ],
    ],
    [
      1,
      7,
      [
        [0, 1],
        [2, 4],
        [4, 7],
      ],
    ],
    [
      2,
      7,
      [
        [3, 4],
        [0, 2],
        [4, 7],
      ],
    ],
    [
      3,
      7,
      [
        [2, 3],
        [0, 2],
        [4, 7],
      ],
    ],
    [
      4,
      7,
      [
        [5, 6],
        [6, 7],
        [0, 4],
      ],
    ],
    [
      5,
      7,
      [
        [4, 5],
        [6, 7],
        [0, 4],
      ],
    ],
    [
      6,
      7,
      [
        [4, 6],
        [0, 4],
      ],
    ],
    [
      2,
      4,
      [
        [3, 4],
        [0, 2],
      ],
    ],
    [
      3,
      5,
      [
        [2, 3],
        [0, 2],
        [4, 5],
      ],
    ],
    [
      3,
      6,
      [
        [2, 3],
        [0, 2],
        [4, 6],
      ],
    ],
    [
      4,
      6,
      [
        [5, 6],
        [0, 4],
      ],
    ],
    [
      10,
      15,
      [
        [11, 12],
        [8, 10],
        [12, 15],
        [0, 8],
      ],
    ],
    [
      24,
      31,
      [
        [25, 26],
        [26, 28],
        [28, 31],
        [16, 24],
        [0, 16],
      ],
    ],
    [
      81,
      95,
      [
        [80, 81],
        [82, 84],
        [84, 88],
        [88, 95],
        [64, 80],
        [0, 64],
      ],
    ],
  ])('inclusion of %i in size %i', (index, size, ranges) => {
    const want = ranges.map(([s, e]) => hex(ref.mth(s, e)));
    expect(inclusionProof(index, LEAVES.slice(0, size)).map(hex)).toEqual(want);
  });

  it.each<[number, number, Range[]]>([
    [1, 2, [[1, 2]]],
    [
      1,
      4,
      [
        [1, 2],
        [2, 4],
      ],
    ],
    [
      1,
      6,
      [
        [1, 2],
        [2, 4],
        [4, 6],
      ],
    ],
    [2, 3, [[2, 3]]],
    [
      2,
      8,
      [
        [2, 4],
        [4, 8],
      ],
    ],
    [
      3,
      7,
      [
        [2, 3],
        [3, 4],
        [0, 2],
        [4, 7],
      ],
    ],
    [4, 7, [[4, 7]]],
    [
      5,
      7,
      [
        [4, 5],
        [5, 6],
        [6, 7],
        [0, 4],
      ],
    ],
    [
      6,
      7,
      [
        [4, 6],
        [6, 7],
        [0, 4],
      ],
    ],
    [
      7,
      8,
      [
        [6, 7],
        [7, 8],
        [4, 6],
        [0, 4],
      ],
    ],
    [1, 1, []],
    [2, 2, []],
    [3, 3, []],
    [4, 4, []],
    [5, 5, []],
    [7, 7, []],
    [8, 8, []],
    [2, 4, [[2, 4]]],
    [
      3,
      5,
      [
        [2, 3],
        [3, 4],
        [0, 2],
        [4, 5],
      ],
    ],
    [
      3,
      6,
      [
        [2, 3],
        [3, 4],
        [0, 2],
        [4, 6],
      ],
    ],
    [4, 6, [[4, 6]]],
    [
      1,
      7,
      [
        [1, 2],
        [2, 4],
        [4, 7],
      ],
    ],
    [
      10,
      15,
      [
        [8, 10],
        [10, 12],
        [12, 15],
        [0, 8],
      ],
    ],
    [
      24,
      31,
      [
        [16, 24],
        [24, 31],
        [0, 16],
      ],
    ],
    [
      81,
      95,
      [
        [80, 81],
        [81, 82],
        [82, 84],
        [84, 88],
        [88, 95],
        [64, 80],
        [0, 64],
      ],
    ],
  ])('consistency from %i to %i', (oldSize, newSize, ranges) => {
    const want = ranges.map(([s, e]) => hex(ref.mth(s, e)));
    expect(consistencyProof(oldSize, LEAVES.slice(0, newSize)).map(hex)).toEqual(want);
  });
});

describe('verifier edge cases (after proof/verify_test.go)', () => {
  const leaf = leafHash(Buffer.from('data'));

  it.each<[string, number, number, Buffer, Buffer[], Buffer, boolean]>([
    ['single leaf', 0, 1, leaf, [], leaf, true],
    ['single leaf, wrong root', 0, 1, leaf, [], SOME_HASH, false],
    ['single leaf, empty leaf', 0, 1, Buffer.alloc(0), [], leaf, false],
    ['single leaf, empty root', 0, 1, leaf, [], Buffer.alloc(0), false],
    ['single leaf, extra element', 0, 1, leaf, [leaf], leaf, false],
    ['short leaf hash', 0, 1, leaf.subarray(1), [], leaf.subarray(1), false],
  ])('inclusion: %s', (_, index, size, leafH, proof, root, ok) => {
    expect(verifyInclusion(index, size, leafH, proof, root)).toBe(ok);
  });

  const [r1, r2, empty] = [SOME_HASH, leaf, emptyRoot()];
  it.each<[string, number, number, Buffer, Buffer, Buffer[], boolean]>([
    ['0 to 0, same root', 0, 0, empty, empty, [], true],
    ['0 to 0, different roots', 0, 0, empty, r2, [], false],
    ['1 to 1, same root', 1, 1, r2, r2, [], true],
    ['1 to 1, different roots', 1, 1, r1, r2, [], false],
    ['0 to 1', 0, 1, empty, r2, [], true],
    ['0 to 1, old root not empty', 0, 1, r1, r2, [], false],
    ['0 to 1, non-empty proof', 0, 1, empty, r2, [empty], false],
    ['1 to 1, non-empty proof', 1, 1, r2, r2, [empty], false],
    ['1 to 2, empty proof', 1, 2, r1, r2, [], false],
    ['short root', 1, 1, r2.subarray(1), r2.subarray(1), [], false],
  ])('consistency: %s', (_, oldSize, newSize, oldRoot, newRoot, proof, ok) => {
    expect(verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof)).toBe(ok);
  });
});

describe('inclusion properties', () => {
  const cases = Array.from({ length: 70 }, (_, i) => i + 1).flatMap((size) =>
    Array.from({ length: size }, (_, index) => [index, size] as const),
  );

  it(`matches the reference and verifies for all ${cases.length} leaves of sizes 1..70`, async () => {
    for (const [index, size] of cases) {
      const leaves = LEAVES.slice(0, size);
      const root = ref.mth(0, size);
      const proof = inclusionProof(index, leaves);
      expect(proof.map(hex)).toEqual(ref.path(index, size).map(hex));
      expect((await inclusionProofFrom(index, size, source)).map(hex)).toEqual(proof.map(hex));
      expect(verifyInclusion(index, size, LEAVES[index]!, proof, root)).toBe(true);
      for (const [desc, probe] of corruptInclusion(index, size, LEAVES[index]!, proof, root)) {
        if (!rejects(probe)) throw new Error(`size ${size} index ${index}: accepted ${desc}`);
      }
    }
  });

  it(`holds for ${RANDOM_SIZES.length} random sizes up to ${MAX_SIZE}`, async () => {
    for (const size of RANDOM_SIZES) {
      const root = ref.mth(0, size);
      if (size % 4 === 0) expect(hex(rootOf(LEAVES.slice(0, size)))).toBe(hex(root));
      for (const index of [0, size - 1, rnd(size)]) {
        const proof = await inclusionProofFrom(index, size, source);
        expect(proof.map(hex)).toEqual(ref.path(index, size).map(hex));
        expect(verifyInclusion(index, size, LEAVES[index]!, proof, root)).toBe(true);
        const other = index === 0 ? 1 : index - 1;
        expect(verifyInclusion(other, size, LEAVES[index]!, proof, root)).toBe(false);
        expect(verifyInclusion(index, size, LEAVES[other]!, proof, root)).toBe(false);
        expect(verifyInclusion(index, size, LEAVES[index]!, proof, flipBit(root))).toBe(false);
        proof.forEach((_, i) => {
          const bad = proof.with(i, flipBit(proof[i]!, 31, 1));
          expect(verifyInclusion(index, size, LEAVES[index]!, bad, root)).toBe(false);
        });
      }
      if (size % 4 === 0) {
        const index = rnd(size);
        expect(inclusionProof(index, LEAVES.slice(0, size)).map(hex)).toEqual(
          ref.path(index, size).map(hex),
        );
      }
    }
  });
});

describe('consistency properties', () => {
  const pairs = Array.from({ length: 65 }, (_, n) =>
    Array.from({ length: n + 1 }, (_, m) => [m, n] as const),
  ).flat();

  it(`matches the reference and verifies for all ${pairs.length} pairs up to 64`, async () => {
    for (const [oldSize, newSize] of pairs) {
      const [oldRoot, newRoot] = [ref.mth(0, oldSize), ref.mth(0, newSize)];
      const proof = consistencyProof(oldSize, LEAVES.slice(0, newSize));
      expect(proof.map(hex)).toEqual(ref.proof(oldSize, newSize).map(hex));
      expect((await consistencyProofFrom(oldSize, newSize, source)).map(hex)).toEqual(
        proof.map(hex),
      );
      expect(verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof)).toBe(true);
      expect(verifyConsistency(oldSize, newSize, flipBit(oldRoot), newRoot, proof)).toBe(false);
      // The empty tree is a prefix of every tree, whatever its root.
      if (oldSize > 0) {
        expect(verifyConsistency(oldSize, newSize, oldRoot, flipBit(newRoot), proof)).toBe(false);
      }
      if (proof.length === 0) continue;
      for (const [desc, probe] of corruptConsistency(oldSize, newSize, oldRoot, newRoot, proof)) {
        if (!rejects(probe)) throw new Error(`${oldSize} to ${newSize}: accepted ${desc}`);
      }
    }
  });

  it(`holds for ${RANDOM_SIZES.length} random pairs up to ${MAX_SIZE}`, async () => {
    for (const newSize of RANDOM_SIZES) {
      const oldSize = 1 + rnd(newSize - 1);
      const [oldRoot, newRoot] = [ref.mth(0, oldSize), ref.mth(0, newSize)];
      const proof = await consistencyProofFrom(oldSize, newSize, source);
      expect(proof.map(hex)).toEqual(ref.proof(oldSize, newSize).map(hex));
      expect(verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof)).toBe(true);
      expect(verifyConsistency(oldSize, newSize, flipBit(oldRoot), newRoot, proof)).toBe(false);
      expect(verifyConsistency(oldSize, newSize, oldRoot, flipBit(newRoot), proof)).toBe(false);
      proof.forEach((_, i) => {
        const bad = proof.with(i, flipBit(proof[i]!, 31, 1));
        expect(verifyConsistency(oldSize, newSize, oldRoot, newRoot, bad)).toBe(false);
      });
    }
  });
});

describe('NodeSource', () => {
  it('asks only for complete subtrees or ranges that end at the tree size', async () => {
    const odd: string[] = [];
    for (let size = 1; size <= 70; size++) {
      const spy: NodeSource = (s, e) => {
        const width = e - s;
        const complete = Number.isInteger(Math.log2(width)) && s % width === 0;
        if (!complete && e !== size) odd.push(`[${s}, ${e}) of ${size}`);
        return ref.mth(s, e);
      };
      for (let index = 0; index < size; index++) await inclusionProofFrom(index, size, spy);
      for (let old = 0; old <= size; old++) await consistencyProofFrom(old, size, spy);
    }
    expect(odd).toEqual([]);
  });

  it('rejects a source that returns something other than a 32-byte hash', async () => {
    await expect(inclusionProofFrom(0, 2, () => Buffer.alloc(31))).rejects.toThrow(RangeError);
    await expect(consistencyProofFrom(1, 2, () => Buffer.alloc(0))).rejects.toThrow(RangeError);
  });

  it('passes errors of the source on', async () => {
    const failing: NodeSource = () => Promise.reject(new Error('database down'));
    await expect(inclusionProofFrom(0, 2, failing)).rejects.toThrow('database down');
  });
});

describe('CompactRange', () => {
  it(`has the reference root at every size up to ${MAX_SIZE}, across JSON round trips`, () => {
    let range = CompactRange.empty();
    expect(range.size).toBe(0);
    expect(range.root()).toEqual(emptyRoot());
    for (let size = 1; size <= MAX_SIZE; size++) {
      range.append(LEAVES[size - 1]!);
      expect(range.size).toBe(size);
      expect(hex(range.root())).toBe(hex(ref.mth(0, size)));
      range = CompactRange.fromJSON(JSON.parse(JSON.stringify(range)));
      expect(range.size).toBe(size);
    }
    expect(range.root()).toEqual(rootOf(LEAVES));
  });

  it('keeps its own copies of the hashes it is given and returns', () => {
    const range = CompactRange.empty();
    const leaf = Buffer.from(LEAVES[0]!);
    range.append(leaf);
    leaf.fill(0);
    range.root().fill(0);
    expect(range.root()).toEqual(LEAVES[0]);
  });

  it('serialises as size and hex hashes', () => {
    const range = CompactRange.empty();
    CT_LEAVES.slice(0, 7).forEach((l) => {
      range.append(l);
    });
    expect(JSON.parse(JSON.stringify(range))).toEqual({
      size: 7,
      hashes: [node(2, 0), node(1, 2), node(0, 6)],
    });
  });

  it.each<[string, unknown, typeof RangeError | typeof TypeError]>([
    ['null', null, TypeError],
    ['a string', '{"size":0,"hashes":[]}', TypeError],
    ['no size', { hashes: [] }, TypeError],
    ['a negative size', { size: -1, hashes: [] }, RangeError],
    ['a fractional size', { size: 1.5, hashes: [node(0, 0)] }, RangeError],
    ['an unsafe size', { size: 2 ** 53, hashes: [node(0, 0)] }, RangeError],
    ['no hashes', { size: 0 }, TypeError],
    ['too few hashes', { size: 3, hashes: [node(1, 0)] }, RangeError],
    ['too many hashes', { size: 4, hashes: [node(1, 0), node(1, 1)] }, RangeError],
    ['a short hash', { size: 1, hashes: ['abcd'] }, TypeError],
    ['upper-case hex', { size: 1, hashes: [node(0, 0).toUpperCase()] }, TypeError],
    ['a non-string hash', { size: 1, hashes: [42] }, TypeError],
  ])('fromJSON refuses %s', (_, json, error) => {
    expect(() => CompactRange.fromJSON(json)).toThrow(error);
  });

  it('refuses a leaf hash that is not 32 bytes', () => {
    expect(() => {
      CompactRange.empty().append(Buffer.alloc(31));
    }).toThrow(RangeError);
  });
});

describe('returned hashes', () => {
  it('can be changed by the caller without changing the leaves', () => {
    const leaves = LEAVES.slice(0, 2).map((l) => Buffer.from(l));
    rootOf(leaves.slice(0, 1)).fill(0);
    inclusionProof(0, leaves).forEach((h) => h.fill(0));
    consistencyProof(1, leaves).forEach((h) => h.fill(0));
    expect(leaves).toEqual(LEAVES.slice(0, 2));
  });
});

describe('input validation', () => {
  const l4 = LEAVES.slice(0, 4);
  const [r, leaf] = [ref.mth(0, 4), LEAVES[0]!];
  it.each<[string, () => unknown]>([
    ['inclusionProof, index = size', () => inclusionProof(4, l4)],
    ['inclusionProof, empty tree', () => inclusionProof(0, [])],
    ['inclusionProof, negative index', () => inclusionProof(-1, l4)],
    ['inclusionProof, fractional index', () => inclusionProof(0.5, l4)],
    ['inclusionProof, NaN index', () => inclusionProof(NaN, l4)],
    ['inclusionProof, short leaf hash', () => inclusionProof(0, [leaf, Buffer.alloc(1)])],
    ['rootOf, short leaf hash', () => rootOf([leaf, Buffer.alloc(1)])],
    ['consistencyProof, oldSize > size', () => consistencyProof(5, l4)],
    ['consistencyProof, negative oldSize', () => consistencyProof(-1, l4)],
    ['consistencyProof, fractional oldSize', () => consistencyProof(1.5, l4)],
    ['verifyInclusion, index = size', () => verifyInclusion(4, 4, leaf, [], r)],
    ['verifyInclusion, size 0', () => verifyInclusion(0, 0, leaf, [], r)],
    ['verifyInclusion, negative index', () => verifyInclusion(-1, 4, leaf, [], r)],
    ['verifyInclusion, fractional size', () => verifyInclusion(0, 4.5, leaf, [], r)],
    ['verifyInclusion, unsafe size', () => verifyInclusion(0, 2 ** 53, leaf, [], r)],
    ['verifyConsistency, oldSize > newSize', () => verifyConsistency(5, 4, r, r, [])],
    ['verifyConsistency, negative oldSize', () => verifyConsistency(-1, 4, r, r, [])],
    ['verifyConsistency, fractional newSize', () => verifyConsistency(1, 4.5, r, r, [])],
    ['verifyConsistency, infinite newSize', () => verifyConsistency(1, Infinity, r, r, [])],
  ])('%s throws RangeError', (_, call) => {
    expect(call).toThrow(RangeError);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['inclusionProofFrom, index = size', () => inclusionProofFrom(3, 3, source)],
    ['inclusionProofFrom, negative size', () => inclusionProofFrom(0, -1, source)],
    ['consistencyProofFrom, oldSize > newSize', () => consistencyProofFrom(4, 3, source)],
    ['consistencyProofFrom, fractional', () => consistencyProofFrom(0.5, 3, source)],
  ])('%s rejects with RangeError', async (_, call) => {
    await expect(call()).rejects.toThrow(RangeError);
  });
});

type Probe = [desc: string, verify: () => boolean];

/** The corrupted inclusion claims of corruptInclusionProof in proof/verify_test.go. */
function corruptInclusion(
  index: number,
  size: number,
  leaf: Buffer,
  proof: Buffer[],
  root: Buffer,
): Probe[] {
  const v = (i: number, s: number, l: Buffer, p: Buffer[], r: Buffer) => () =>
    verifyInclusion(i, s, l, p, r);
  const probes: Probe[] = [
    ['index - 1', v(index - 1, size, leaf, proof, root)],
    ['index + 1', v(index + 1, size, leaf, proof, root)],
    ['index ^ 2', v(index ^ 2, size, leaf, proof, root)],
    ['size * 2', v(index, size * 2, leaf, proof, root)],
    ['size / 2', v(index, Math.floor(size / 2), leaf, proof, root)],
    ['wrong leaf bytes', v(index, size, Buffer.from('WrongLeaf'), proof, root)],
    ['wrong leaf', v(index, size, leafHash(Buffer.from('WrongLeaf')), proof, root)],
    ['empty root', v(index, size, leaf, proof, emptyRoot())],
    ['random root', v(index, size, leaf, proof, SOME_HASH)],
    ['trailing garbage', v(index, size, leaf, [...proof, Buffer.alloc(0)], root)],
    ['trailing root', v(index, size, leaf, [...proof, root], root)],
    ['preceding garbage', v(index, size, leaf, [Buffer.alloc(0), ...proof], root)],
    ['preceding root', v(index, size, leaf, [root, ...proof], root)],
  ];
  proof.forEach((p, i) => {
    probes.push([
      `modified proof[${i}]`,
      v(index, size, leaf, proof.with(i, flipBit(p, 0, 8)), root),
    ]);
  });
  if (proof.length > 0)
    probes.push(['removed component', v(index, size, leaf, proof.slice(0, -1), root)]);
  if (proof.length > 1) {
    const inserted = [proof[0]!, SOME_HASH, ...proof.slice(1)];
    probes.push(['inserted component', v(index, size, leaf, inserted, root)]);
  }
  return probes;
}

/** The corrupted consistency claims of corruptConsistencyProof in proof/verify_test.go. */
function corruptConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Buffer,
  newRoot: Buffer,
  proof: Buffer[],
): Probe[] {
  const v = (m: number, n: number, r1: Buffer, r2: Buffer, p: Buffer[]) => () =>
    verifyConsistency(m, n, r1, r2, p);
  const wrong = Buffer.from('WrongRoot');
  const probes: Probe[] = [
    ['oldSize - 1', v(oldSize - 1, newSize, oldRoot, newRoot, proof)],
    ['oldSize + 1', v(oldSize + 1, newSize, oldRoot, newRoot, proof)],
    ['oldSize ^ 2', v(oldSize ^ 2, newSize, oldRoot, newRoot, proof)],
    ['newSize * 2', v(oldSize, newSize * 2, oldRoot, newRoot, proof)],
    ['newSize / 2', v(oldSize, Math.floor(newSize / 2), oldRoot, newRoot, proof)],
    ['wrong old root', v(oldSize, newSize, wrong, newRoot, proof)],
    ['wrong new root', v(oldSize, newSize, oldRoot, wrong, proof)],
    ['swapped roots', v(oldSize, newSize, newRoot, oldRoot, proof)],
    ['empty proof', v(oldSize, newSize, oldRoot, newRoot, [])],
    ['trailing garbage', v(oldSize, newSize, oldRoot, newRoot, [...proof, Buffer.alloc(0)])],
    ['trailing old root', v(oldSize, newSize, oldRoot, newRoot, [...proof, oldRoot])],
    ['trailing new root', v(oldSize, newSize, oldRoot, newRoot, [...proof, newRoot])],
    ['preceding garbage', v(oldSize, newSize, oldRoot, newRoot, [Buffer.alloc(0), ...proof])],
    ['preceding old root', v(oldSize, newSize, oldRoot, newRoot, [oldRoot, ...proof])],
    ['preceding new root', v(oldSize, newSize, oldRoot, newRoot, [newRoot, ...proof])],
    ['preceding proof[0]', v(oldSize, newSize, oldRoot, newRoot, [proof[0]!, ...proof])],
    ['truncated proof', v(oldSize, newSize, oldRoot, newRoot, proof.slice(0, -1))],
  ];
  proof.forEach((p, i) => {
    const bad = proof.with(i, flipBit(p, 0, 16));
    probes.push([`modified proof[${i}]`, v(oldSize, newSize, oldRoot, newRoot, bad)]);
  });
  return probes;
}
