import { herleid, schermAf, type AfgeschermdeTabel, type RuweTabel } from './afscherming.js';

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function willekeurig(zaad: number): () => number {
  let s = zaad >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A group of tables over one population per period: each table splits it differently. */
function groepVan(rnd: () => number, tabellen: number, perioden: number): RuweTabel[] {
  const records = Array.from({ length: perioden }, () => Math.floor(rnd() * 40));
  return Array.from({ length: tabellen }, () => {
    const rijen = 2 + Math.floor(rnd() * 4);
    const cellen = Array.from({ length: rijen }, () => new Array<number>(perioden).fill(0));
    records.forEach((aantal, j) => {
      // Skewed: some rows get most records, so small cells are common.
      for (let r = 0; r < aantal; r++) {
        const i = Math.min(rijen - 1, Math.floor(rnd() ** 2 * rijen));
        const rij = cellen[i];
        if (rij) rij[j] = (rij[j] ?? 0) + 1;
      }
    });
    return { cellen, totalen: records };
  });
}

describe('schermAf: small numbers stay hidden', () => {
  it('hides every value below the threshold and never one that is 0 or at least the threshold without need', () => {
    const [t] = schermAf(
      [
        {
          cellen: [
            [0, 5, 3],
            [10, 6, 20],
          ],
          totalen: [10, 11, 23],
        },
      ],
      5,
    );
    expect(t?.cellen[0]).toEqual([0, 5, null]);
    // Secondary: period 3 had one unknown (3), so the smallest other value goes too.
    expect(t?.cellen[1]).toEqual([10, 6, null]);
    expect(t?.totalen).toEqual([10, 11, 23]);
  });

  it('an attacker recomputes a cell when only primary suppression is applied (the test can fail)', () => {
    // True values: 3 and 20, total 23; only the 3 (below 5) is hidden.
    const naief: AfgeschermdeTabel = { cellen: [[null], [20]], totalen: [23] };
    expect(herleid([naief])).toEqual([{ tabel: 0, rij: 0, periode: 0, waarde: 3 }]);
  });

  it('over 500 random groups of tables, nothing suppressed can be recomputed from what is shown', () => {
    const rnd = willekeurig(17);
    let afgeschermd = 0;
    for (let g = 0; g < 500; g++) {
      const drempel = 3 + Math.floor(rnd() * 8);
      const ruw = groepVan(rnd, 1 + Math.floor(rnd() * 3), 1 + Math.floor(rnd() * 6));
      const uit = schermAf(ruw, drempel);
      uit.forEach((t, ti) => {
        const r = ruw[ti];
        t.cellen.forEach((rij, i) => {
          rij.forEach((v, j) => {
            const echt = r?.cellen[i]?.[j] ?? 0;
            if (v === null) afgeschermd++;
            // Shown values are the true ones, and never a small number.
            else expect(v).toBe(echt);
            if (echt > 0 && echt < drempel) expect(v).toBeNull();
          });
        });
        t.totalen.forEach((v, j) => {
          const echt = r?.totalen[j] ?? 0;
          if (v !== null) expect(v).toBe(echt);
          if (echt > 0 && echt < drempel) expect(v).toBeNull();
        });
      });
      expect(herleid(uit)).toEqual([]);
    }
    // The generator does make small numbers: the test exercised suppression.
    expect(afgeschermd).toBeGreaterThan(500);
  });

  it('hides a half year when one of its quarters is small, and shares hidden totals in a group', () => {
    const uit = schermAf(
      [
        { cellen: [[12], [8]], totalen: [20], vooraf: [[true], [false]] },
        { cellen: [[15], [5]], totalen: [20] },
      ],
      5,
    );
    expect(uit[0]?.cellen.map((r) => r[0])).toEqual([null, null]);
    expect(uit[0]?.totalen).toEqual([20]);
    expect(uit[1]?.cellen.map((r) => r[0])).toEqual([15, 5]);
    const verborgenTotaal = schermAf(
      [
        { cellen: [[2], [1]], totalen: [3] },
        { cellen: [[3], [0]], totalen: [3] },
      ],
      5,
    );
    expect(verborgenTotaal[1]?.totalen).toEqual([null]);
    expect(herleid(verborgenTotaal)).toEqual([]);
  });
});
